"""Actors: the parties, alliances and candidates of a sentence, a party folded into its candidate.

A party right before a candidate ("BJP's Mriganka Singh", "समाजवादी पार्टी के नईमुल हसन", "RLD
प्रत्याशी तबस्सुम") is that candidate's party; the candidate is the actor.  The postposition after
an actor says its role in Hindi: ``ने`` the agent, ``को`` the one something happened to,
``की/के/का`` a genitive.  People the reference does not know, where the text leaves no doubt
that they are candidates, become candidate mentions with no record ids.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.model import Mention
from claims.patterns_loader import load, nukta_agnostic, with_first_char_test
from claims.sentence_input import SentenceInput
from claims.triggers import STOP
from reference_db.names import romanize


ACTOR_KINDS = ("party", "candidate", "alliance")
# What may stand between a party and its candidate: "'s", "के", "की", "candidate", "प्रत्याशी" …
_PARTY_LINK = re.compile(
    r"^\s*(?:['’]s?|के|की|का|से)?\s*(?:(?:candidate|nominee|leader|MLA|MP|chief|minister|"
    r"प्रत्याशी|उम्मीदवार|कैंडिडेट|नेता|विधायक|सांसद|दिवंगत|पूर्व|सीएम|मुख्यमंत्री|the|and|former|sitting|"
    r"from [\w\s]{0,30}?(?:seat|constituency)|[\w\u0900-\u0963\u0966-\u097F]{1,12})\s*){0,6}$",
    re.IGNORECASE,
)
# Hindi: a party's candidate is "सपा के नईमुल हसन", "बीजेपी के दिवंगत विधायक X", "RLD प्रत्याशी X",
# "कांग्रेस की उम्मीदवार X" — the genitive and title words only ("सपा के सहयोगी दल अखिलेश यादव
# की …" is SP's allies, then Akhilesh Yadav: no link).
_PARTY_LINK_HI = re.compile(
    r"^\s*(?:(?:के|की|का|से|की ओर से|की तरफ से|(?:के|की) (?:उम्मीदवार|प्रत्याशी|कैंडिडेट|नेता|विधायक|सांसद|"
    r"दिवंगत|पूर्व|सीएम|मुख्यमंत्री|प्रमुख|अध्यक्ष|वरिष्ठ|युवा|महिला|बागी))\s*)?"
    r"(?:(?:उम्मीदवार|प्रत्याशी|कैंडिडेट|नेता|विधायक|सांसद|दिवंगत|पूर्व|सीएम|मुख्यमंत्री|प्रमुख|अध्यक्ष|वरिष्ठ|"
    r"candidate|MLA|MP|CM|नेता)\s*){0,3}$")
_OF_PARTY = re.compile(r",?\s+of\s+(?:the\s+)?")  # "X of the SP", "X, of the BJP"
_CANDIDACY_CUE = re.compile(r"candidate|nominee|प्रत्याशी|उम्मीदवार|कैंडिडेट", re.IGNORECASE)
_HELD_CUE = with_first_char_test(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:MLA|MP|विधायक|सांसद|legislator)(?![\w\u0900-\u0963\u0966-\u097F])")
_PAREN_PARTY = re.compile(r"^\s*\(([^)]{1,40})\)")
_SPEAKER = re.compile(r"\s*(?:का दावा|ने दावा|का आरोप|ने आरोप)(?![\w\u0900-\u0963\u0966-\u097F])")
# the candidate nouns of the Hindi pattern file ("उम्मीदवार", "प्रत्याशी", …)
CANDIDATE_NOUNS_HI = load("hi").candidacy_words.pattern
_CANDIDATE_NOUN = re.compile(rf"^\s*(?:के\s+|की\s+)?{CANDIDATE_NOUNS_HI}(?=\s)")
_AGAINST = re.compile(nukta_agnostic(r"^\s*(?:के (?:खिलाफ|ख़िलाफ|विरुद्ध|सामने))"), re.IGNORECASE)
_REBEL = re.compile(r"\s*(?:rebels?|dissidents?|turncoats?|बागी|बागियों)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)
_JOINED = re.compile(r"\b(?:joined|quit|left|deserted|switched\s+to|defected\s+to|moved\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former|ex-)\s*$", re.IGNORECASE)
_KIN = re.compile(r"^\s*(?:के|की|का|['’]s)\s+(?:बेटे|बेटा|बेटी|पत्नी|पति|बहू|भाई|बहन|पिता|मां|माँ|बेटे-बहू|पति-ससुर|"
                  r"परिवार|son|daughter|wife|husband|father|mother|brother|sister|family|nephew)",
                  re.IGNORECASE)
_MARKERS = (("ने", "erg"), ("को", "dat"), ("की", "gen"), ("के", "gen"), ("का", "gen"), ("से", "abl"),
            ("पर", "loc"))
_ROLE_OF = dict(_MARKERS)
# Right after an actor (matched on the text that follows it): a "(BJP)" gloss or a candidate noun
# ("कांग्रेस कैंडिडेट से"), the first of the two that fits and never revisited (the atomic group),
# then the postposition, if one stands there as a word of its own (group "marker").
_AFTER_ACTOR = re.compile(
    rf"(?>(?:{_PAREN_PARTY.pattern[1:]}|{_CANDIDATE_NOUN.pattern[1:]})?)\s*"
    rf"(?:(?P<marker>{'|'.join(w for w, _ in _MARKERS)})(?![^\W_]|[\u0900-\u0963\u0966-\u097F]))?")


@dataclass
class Actor:
    head: Mention
    party: Mention | None = None
    start: int = 0
    end: int = 0
    marker: str | None = None
    candidacy_cue: bool = False
    held_cue: bool = False
    used: bool = False
    object_of: int | None = None  # the trigger this actor was the object of ("X loses to Y, trails …")


_ONE_WORD = re.compile(r"([\u0900-\u0963\u0966-\u097F]+)\s+")
_NOT_SURNAME = {"ने", "को", "की", "के", "का", "से", "पर", "में", "और", "भी", "ही", "तो", "नेता", "विधायक", "सांसद",
                "उम्मीदवार", "प्रत्याशी", "जी"}


def _marker_after(text: str, pos: int, limit: int, surname: bool = False) -> tuple[str | None, int]:
    """The Hindi postposition right after ``pos`` (skipping a "(BJP)" gloss), and where it ends."""
    rest = text[pos:min(limit, pos + 80)]
    m = _AFTER_ACTOR.match(rest)
    if m["marker"]:
        return _ROLE_OF[m["marker"]], pos + m.end("marker")
    if surname:
        # "सुरजीत कुमार ज्ञानी को": a surname the record lacks may stand before the postposition.
        m2 = _ONE_WORD.match(rest, m.end())
        if m2 and m2.group(1) not in _NOT_SURNAME:
            role, end = _marker_after(text, pos + m2.end(), limit, surname=False)
            if role in ("erg", "dat"):
                return role, end
    return None, pos


_UNKNOWN_AFTER_PARTY = {
    "en": re.compile(r"(?:['’]s?|\s+Party(?:['’]?s)?|\s+(?:candidate|nominee))\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)(?![\w'’])"),
    # "कांग्रेस की उम्मीदवार निर्मला गहतोडी की …": an explicit candidate word, then two or three
    # words, then a postposition
    "hi": re.compile(r"\s+(?:के|की)\s+(?:उम्मीदवार|प्रत्याशी|कैंडिडेट)\s+((?:[\u0900-\u0963\u0966-\u097F]{2,}\s+){1,2}[\u0900-\u0963\u0966-\u097F]{2,})"
                     r"(?=\s+(?:ने|को|की|का|के)(?![\u0900-\u0963\u0966-\u097F]))"),
}
# English people the text itself marks as candidates, with no party word before them: "its
# nominee Uma Thomas won", "his nearest rival Gangotri Kujur", "Pathak polled 40,319 votes".
_NOT_A_NAME = (r"(?!(?:The|A|An|In|On|At|He|She|They|It|This|That|Who|But|And|After|Since|While|Party|Congress"
               r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
               r"|June|July|August|September|October|November|December)\b)")
_UNKNOWN_CUED_EN = (
    re.compile(r"(?<![\w'’])(?:[Nn]ominee|[Cc]andidate|[Rr]ival)\s+,?\s*" + _NOT_A_NAME
               + r"((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)(?![\w'’])"),
    re.compile(r"(?<![\w'’.])" + _NOT_A_NAME + r"((?:[A-Z][a-z]{2,}\s+){0,2}[A-Z][a-z]{2,})\s+"
               r"(?:polled|bagged|secured|garnered|received)\s+(?:about\s+|over\s+|nearly\s+)?\d"),
)
_TITLED_INITIALS = re.compile(
    r"(?:Minister|MLA|MP|CM|[Ll]eader|[Cc]andidate|[Nn]ominee|legislator|Dr\.?|Shri|Smt\.?)\s+"
    r"((?:[A-Z]\.?\s?){1,3}\s*[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)(?![\w'’])")
_NOT_NAME_WORDS = {"ने", "को", "की", "का", "के", "से", "में", "पर", "है", "हैं", "था", "थी", "थे", "जीत", "हार", "भी",
                   "ही", "और", "तो", "नहीं", "चुनाव", "सीट", "वोट", "दर्ज", "हासिल", "रहे", "रही", "गई", "गए"}


def unknown_people(s: SentenceInput) -> list[Mention]:
    """People the reference does not know, where the text leaves no doubt that they are
    candidates: "BJP's Satyajeet Kadam", "BJP candidate Radharani Panda", and in Hindi only after an
    explicit candidate word and before a postposition (Hindi has no capitals to tell a name from
    the words around it).  They become candidate mentions with no record ids, so their claims
    are found and answered NOT_ENOUGH_INFO instead of being lost or pinned on the party."""
    pat = _UNKNOWN_AFTER_PARTY.get(s.lang)
    if pat is None:
        return []
    taken = [(m.start, m.end, m.kind) for m in s.mentions]
    out = []
    for p in s.mentions:
        if p.kind != "party":
            continue
        m = pat.match(s.text, p.end, min(s.end, p.end + 80))
        if not m:
            continue
        a, b = m.span(1)
        if s.lang == "hi" and any(w in _NOT_NAME_WORDS for w in m.group(1).split()):
            continue
        if any(x < b and a < y for x, y, kind in taken
               if not (s.lang == "hi" and kind == "constituency" and a <= x and y <= b)):
            continue  # (in Hindi a "place" inside the name is part of it: निर्मला is not Nirmal)
        written = s.text[a:b]
        # a Hindi name the reference lacks is given in Latin letters too, as the records write names
        name = romanize(written).title() if s.lang == "hi" else written
        out.append(Mention(kind="candidate", start=a, end=b, text=written, ids=(), name=name, score=0.0))
    if s.lang == "en":
        for pat in _UNKNOWN_CUED_EN:
            for m in pat.finditer(s.text, s.start, s.end):
                a, b = m.span(1)
                if not any(x < b and a < y for x, y, _kind in taken) and not any(u.start < b and a < u.end for u in out):
                    out.append(Mention(kind="candidate", start=a, end=b, text=s.text[a:b], ids=(),
                                       name=s.text[a:b], score=0.0))
        # "Minister O P Soni", "CM K Chandrashekar Rao": initials after a title (the index does not
        # hold names by their initials; the resolver matches initials within a contest)
        for m in _TITLED_INITIALS.finditer(s.text, s.start, s.end):
            a, b = m.span(1)
            if not any(x < b and a < y for x, y, _kind in taken):
                out.append(Mention(kind="candidate", start=a, end=b, text=s.text[a:b], ids=(),
                                   name=s.text[a:b], score=0.0))
    return out


def _merge_split_names(s: SentenceInput, ms: list[Mention]) -> list[Mention]:
    """Two candidate names side by side are one name found in two pieces ("देवेंद्र सिंह" +
    "गुबाया" = DAVINDER SINGH GHUBAYA): keep the piece whose record name is the fuller, spanning both."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == m.kind == "candidate" and 0 <= m.start - prev.end <= 1
                and not s.text[prev.end:m.start].strip()):
            keep = m if len(m.name.split()) >= len(prev.name.split()) else prev
            out[-1] = Mention(kind="candidate", start=prev.start, end=m.end, text=s.text[prev.start:m.end],
                              ids=keep.ids, name=keep.name, score=min(prev.score, m.score))
            continue
        out.append(m)
    return out


# Fronts written as parties in the reference's party list
_BLOCS = {"UDF", "LDF", "NDA", "UPA", "MVA", "INDIA", "MGB", "MAHAYUTI"}


def _fold_compounds(s: SentenceInput, ms: list[Mention]) -> list[Mention]:
    """One actor for a party written with its bloc or a bloc word before it: "Congress-UDF",
    "Congress-MVA" are the Congress (the party that contested); "the opposition Congress" is
    the Congress."""
    if s.lang != "en":
        return ms  # (Hindi "संयुक्त विपक्ष बीजेपी पर भारी पड़ा" is two actors)
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and m.kind in ("party", "alliance") and prev.kind in ("party", "alliance"):
            gap = s.text[prev.end:m.start]
            bloc = m.kind == "alliance" or str(m.ids[0] if m.ids else "") in _BLOCS
            if gap in ("-", "–") and prev.kind == "party" and bloc:
                continue  # "Congress-UDF": keep the party, drop its bloc
            if gap == " " and prev.kind == "alliance" and m.kind == "party" \
                    and str(prev.ids[0] if prev.ids else "") == "OPPOSITION":
                out[-1] = m  # "the opposition Congress"
                continue
        out.append(m)
    return out


def group_actors(s: SentenceInput) -> list[Actor]:
    """Parties, alliances and candidates of one sentence, a party folded into its candidate."""
    ms = _merge_split_names(s, [m for m in s.mentions if m.kind in ACTOR_KINDS])
    ms = _fold_compounds(s, ms)
    actors: list[Actor] = []
    i = 0
    while i < len(ms):
        m = ms[i]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if m.kind in ("party", "alliance") and nxt is not None and nxt.kind == "candidate":
            gap = s.text[m.end:nxt.start]
            link = _PARTY_LINK_HI if s.lang == "hi" else _PARTY_LINK
            if len(gap) <= 60 and not STOP.search(gap) and "," not in gap and link.match(gap):
                actors.append(Actor(head=nxt, party=m, start=m.start, end=nxt.end,
                                    candidacy_cue=bool(_CANDIDACY_CUE.search(gap)),
                                    held_cue=bool(_HELD_CUE.search(gap))))
                i += 2
                continue
        if (m.kind == "candidate" and nxt is not None and nxt.kind == "party" and s.lang == "en"
                and _OF_PARTY.fullmatch(s.text, m.end, nxt.start)):
            # "Awadhesh Prasad of the SP defeated …": the party is the candidate's
            actors.append(Actor(head=m, party=nxt, start=m.start, end=nxt.end))
            i += 2
            continue
        actors.append(Actor(head=m, start=m.start, end=m.end))
        i += 1
    for a in actors:
        after = s.text[a.end:min(s.end, a.end + 60)]  # the text after the actor the rules below read
        if a.head.kind == "candidate" and a.party is None:
            # "Tabassum Hasan (RLD)" / "भगवंत मान (AAP)"
            pm = _PAREN_PARTY.match(after)
            if pm:
                for m in s.mentions:
                    if m.kind == "party" and a.end < m.start < a.end + pm.end():
                        a.party = m
        if s.lang == "hi":
            a.marker, _ = _marker_after(s.text, a.end, s.end, surname=a.head.kind == "candidate")
        if _SPEAKER.match(after, 0, 40):
            a.marker = "kin"  # "सपा का दावा- …", "SP claimed that …": who says it, not whom it is about
        elif _KIN.match(after):
            a.marker = "kin"  # "कड़िया मुंडा के बेटे-बहू भी हार गए": the claim is not about X
        elif _AGAINST.match(after):
            a.marker = "against"  # "अखिलेश यादव के खिलाफ … लड़ा था लेकिन हार गए": X is the rival
        elif a.head.kind in ("party", "alliance") and (
                _REBEL.match(s.text, a.end)
                or (s.latin_in(max(s.start, a.start - 30), a.start)
                    and _JOINED.search(s.text[max(s.start, a.start - 30):a.start]))):
            a.marker = "kin"  # "lost to an NCP rebel", "had joined the NCP": not the party's own result
        elif a.head.kind == "party" and s.latin_in(max(s.start, a.start - 12), a.start) \
                and _FORMER.search(s.text[max(s.start, a.start - 12):a.start]):
            a.marker = "kin"  # "Roy, a former BJP vice-president, …": a person's past title
    return actors


_MORE_NAME = re.compile(r"(?:\s+(?!(?:On|In|At|From|And|But|The|By|Of|For|With|To|Who|Was|Is|Has|Had|Won|Lost)\b)"
                        r"[A-Z][a-z]+)+")


def written_name(text: str, m: Mention) -> str:
    """A name as the text writes it: a Latin mention followed by more capitalised words
    ("Suresh Chandra" + "Mathur") is part of a longer name, which the record must fit."""
    if not m.text.isascii():
        return m.text
    more = _MORE_NAME.match(text, m.end)
    return m.text + more.group(0) if more else m.text
