"""Claim patterns applied to one sentence: triggers, who they are about, where, and what figure.

The rules, in the order they run:

1. **Actors.** Party, alliance and candidate mentions are grouped: a party right before a
   candidate ("BJP's Mriganka Singh", "समाजवादी पार्टी के नईमुल हसन", "RLD प्रत्याशी तबस्सुम") is
   that candidate's party; the candidate is the actor.  The postposition after an actor says its
   role in Hindi: ``ने`` the agent, ``को`` the one something happened to, ``की/के/का`` a genitive.
2. **Triggers.** Each language's trigger expressions (``claims/patterns/*.json``) are found;
   overlapping matches keep the earliest and longest.  An outcome verb followed by a figure of
   votes or seats ("won 92 seats", "bagged 96,176 votes") is a seats/votes phrase, not an outcome.
3. **Roles.** A trigger's window runs back to the previous trigger or clause break; its subject is
   the agent / dative / genitive the trigger wants (Hindi) or the nearest actor before it (English;
   after it for passives).  Coordinated actors ("X, Y और Z हार गए") are each a subject.  A clause
   with no actor of its own carries the previous clause's subject.
4. **Places and figures.** Constituencies in the trigger's window (before or after it) give one
   claim each ("BJP lost Phulpur and Gorakhpur"); the number a trigger needs is the nearest one
   in its window.

What is left for the document context (``claims.context``): the election (year, kind, house),
"here"/"यहां", and constituencies named in earlier sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.model import Claim, ElectionHints, Mention, NumberMention
from claims.patterns_loader import Patterns, Trigger
from reference_db.names import romanize

ACTOR_KINDS = ("party", "candidate", "alliance")
# A news sentence states a handful of results; past this many triggers the rest of a sentence
# is not read (it keeps pathological input linear: one 100,000-character "sentence" of claims).
MAX_TRIGGERS = 40
MAX_MENTIONS = 400

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
_CANDIDACY_CUE = re.compile(r"candidate|nominee|प्रत्याशी|उम्मीदवार|कैंडिडेट", re.IGNORECASE)
_HELD_CUE = re.compile(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:MLA|MP|विधायक|सांसद|legislator)(?![\w\u0900-\u0963\u0966-\u097F])")
_PAREN_PARTY = re.compile(r"^\s*\(([^)]{1,40})\)")
_GEN_LOSS = re.compile(r"\s*(?:के|की|का)\s+(?:[\u0900-\u0963\u0966-\u097F]+\s+){1,3}")
_SPEAKER = re.compile(r"\s*(?:का दावा|ने दावा|का आरोप|ने आरोप)(?![\w\u0900-\u0963\u0966-\u097F])")
_CANDIDATE_NOUN = re.compile(r"^\s*(?:के\s+|की\s+)?(?:उम्मीदवार|प्रत्याशी|कैंडिडेट|नेता)(?=\s)")
_AGAINST = re.compile(r"^\s*(?:के (?:खिलाफ|ख़िलाफ|विरुद्ध|सामने))", re.IGNORECASE)
_KIN = re.compile(r"^\s*(?:के|की|का|['’]s)\s+(?:बेटे|बेटा|बेटी|पत्नी|पति|बहू|भाई|बहन|पिता|मां|माँ|बेटे-बहू|पति-ससुर|"
                  r"परिवार|son|daughter|wife|husband|father|mother|brother|sister|family|nephew)",
                  re.IGNORECASE)
_MARKERS = (("ने", "erg"), ("को", "dat"), ("की", "gen"), ("के", "gen"), ("का", "gen"), ("से", "abl"),
            ("पर", "loc"))
_RELATIVE_START = re.compile(r"^\W*(?:who|which|जो|जिन्होंने|जिसने)\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(
    r"^\s*(?:in|on|from|of|पर)?\s*(?:just|only|over|nearly|about|around|all|सभी|the)?\s*"
    r"(?:[\d०-९][\d०-९,.]*|[\w\u0900-\u0963\u0966-\u097F-]+)\s*(?:lakh|thousand|हजार|हज़ार|लाख)?\s*"
    r"(?:votes|seats|others|more|वोट|मत|सीट|अन्य)", re.IGNORECASE)
# A result reported as just happened: "जीत दर्ज की है", "हरा दिया है", "has won".
_PRESENT_PERFECT = re.compile(
    r"^\s*(?:[\u0900-\u0963\u0966-\u097F]+\s+){0,3}?(?:है|हैं)(?![\w\u0900-\u0963\u0966-\u097F])|^\s*(?:has|have)\b", re.IGNORECASE)
_OTHERS = re.compile(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:others|other parties|the rest|independents|अन्य|बाकी|बाक़ी)(?![\w\u0900-\u0963\u0966-\u097F])",
                     re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s*,?\s*(?:who|whom|जो|जिन्होंने|जिन्हें)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\s*(?:being|having|getting|\w+ing)\b", re.IGNORECASE)
_FRONTED_PARTICIPLE = re.compile(r"\s*(?:(?:Since|After|By|On)\s+)?(?:winning|losing|bagging|securing|having won)\b",
                                 re.IGNORECASE)
_PRONOUN = re.compile(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:उसे|उसने|उसको|इसे|इसने|उन्हें|उन्होंने|वह|वो|it|its|they|their|he|she|himself|herself)"
                      r"(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)
_MODAL = re.compile(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:होंगी|होगी|होंगे|करनी|करने होंगे|ज़रूरत|जरूरत|needs?|required|must|magic number|जादुई)(?![\w\u0900-\u0963\u0966-\u097F])",
                    re.IGNORECASE)
_CM_CANDIDATE = re.compile(r"(?:सीएम|CM|मुख्यमंत्री|प्रधानमंत्री|PM|chief ministerial|prime ministerial)\s*(?:पद के\s*)?$",
                           re.IGNORECASE)
_GENITIVE_GAP = re.compile(r"^\s*(?:के|की|का)\s*$")
_CONTEST_WORDS = re.compile(r"चुनाव|उपचुनाव|मुकाबल|सीट|मैदान|प्रत्याशी|उम्मीदवार|विधानसभा|लोकसभा")
_ELECTION_WORD = re.compile(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:election|polls?|चुनाव|इलेक्शन)", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"^\s*(?:[\u0900-\u0963\u0966-\u097F]+\s+){0,3}?(?:था|थी|थे|थीं)(?![\w\u0900-\u0963\u0966-\u097F])")
_TOTAL_SEATS_HI = re.compile(r"^\s*(?:सीटों|सीट) (?:में|वाले|वाली)(?! जीत)")
_OF_TOTAL_EN = re.compile(r"(?:of|out of)\s+(?:the\s+)?(?:total\s+)?$", re.IGNORECASE)
# Clause boundaries: ":", ";", dandas, a dash, and a comma that opens a new clause ("won Kairana
# by N votes, and in Palghar the Shiv Sena candidate finished second").
_STOP = re.compile(r"[:;|।॥]|\s(?:[-–—]|--)\s|,\s+(?:and|but|while|whereas|और|लेकिन|जबकि)\s")
_POLLED_OR_FIELDED = re.compile(
    r"\s*(?:पर|में)\s+(?:[\u0900-\u0963\u0966-\u097F]+\s+){0,2}?(?:चुनाव|उपचुनाव|मतदान|वोटिंग|उम्मीदवार|प्रत्याशी)\s+"
    r"(?:हुए|हुआ|होंगे|होगा|होने|हो|उतारे|उतार|खड़े)(?![\u0900-\u0963\u0966-\u097F])")
_SEAT_WORD_HI = re.compile(r"सीट|सीटों|सीटें|क्षेत्र|गढ़|किला")
_VOTES_AFTER = re.compile(r"\s*(?:and\s+[\d,]+\s+)?(?:votes?|वोट|मत)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s+by\s+(?:[a-z]+\s+){0,3}[\d.]+\s*(?:per\s?cent|percent|%)", re.IGNORECASE)
_POSSESSIVE_NOUN = re.compile(r"\b(?:its|their|his|her|our|election|poll|recent)\s+$", re.IGNORECASE)
_WON_BY = re.compile(r"\s+won\s+by\s+(?:the\s+)?", re.IGNORECASE)
_SEATS_WON_BY = re.compile(r"seats?\s+won\s+by\b", re.IGNORECASE)
# What an English "won"/"lost" may take as its object when it reports a result
_OBJECT_AFTER = re.compile(r"\s+(?:the|its|his|her|their)\s+([A-Za-z]+)")
_RESULT_OBJECTS = {
    "seat", "seats", "election", "elections", "poll", "polls", "bypoll", "bypolls", "by-election", "by-elections",
    "contest", "race", "constituency", "constituencies", "assembly", "state", "deposit", "majority", "mandate",
    "battle", "fight", "lok", "vidhan", "crucial", "prestigious", "key", "party's", "family", "home", "stronghold",
    "bastion", "pocket", "first", "second", "third", "last", "previous", "2017", "ward", "parliamentary", "segment",
    "reserved", "high-stakes", "keenly", "closely", "remaining", "other", "rest", "lone", "only", "most", "maximum",
    "highest", "same", "sixth", "fifth", "fourth", "general", "upcoming", "people", "vote", "votes", "lone",
}
_COMMA_GAP = re.compile(r"\s*,\s*")
_STOP_RIGHT = re.compile(r"[:;|।॥]|\s(?:[-–—]|--)\s|,\s")


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


@dataclass
class SentenceInput:
    text: str  # the whole document text
    start: int
    end: int
    lang: str
    mentions: list[Mention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    years: list[tuple[int, int, int]] = field(default_factory=list)
    # the document's trigger matches inside this sentence, ``(trigger, start, end)``, when the
    # caller searched the whole text once (see :func:`document_triggers`); None: search here
    trigger_matches: list[tuple[Trigger, int, int]] | None = None
    # which of the sentence-level word lists occur here (:meth:`Patterns.cues`), found on first use
    cues: frozenset[str] | None = None

    def has(self, pats: Patterns, cue: str) -> bool:
        """Whether the sentence holds a word of the named list (``"kind.bye"``, ``"not_a_claim"`` …):
        ``pats.kind["bye"].search(sentence)``, with every list looked for in one pass."""
        if self.cues is None:
            self.cues = pats.cues(self.text[self.start:self.end])
        return cue in self.cues


def document_triggers(text: str, pats: Patterns) -> list[tuple[Trigger, int, int]]:
    """Every trigger match in the whole text, by start (ties in pattern-file order): one search
    per document rather than one per pattern per sentence (a sentence keeps the matches inside
    it).  The same matches as ``t.regex.finditer(text)`` for each trigger, found in one pass."""
    found = []
    end_of_last = [0] * len(pats.triggers)  # finditer resumes after a trigger's previous match
    for i, a, b in pats.trigger_scan.matches(text):
        if a == b:
            return _triggers_one_by_one(text, pats)  # an empty match: finditer's own rules apply
        if a >= end_of_last[i]:
            found.append((pats.triggers[i], a, b))
            end_of_last[i] = b
    return found


def _triggers_one_by_one(text: str, pats: Patterns) -> list[tuple[Trigger, int, int]]:
    found = [(t, m.start(), m.end()) for t in pats.triggers for m in t.regex.finditer(text)]
    found.sort(key=lambda x: x[1])
    return found


_ONE_WORD = re.compile(r"([\u0900-\u0963\u0966-\u097F]+)\s+")
_NOT_SURNAME = {"ने", "को", "की", "के", "का", "से", "पर", "में", "और", "भी", "ही", "तो", "नेता", "विधायक", "सांसद",
                "उम्मीदवार", "प्रत्याशी", "जी"}


def _marker_after(text: str, pos: int, limit: int, surname: bool = False) -> tuple[str | None, int]:
    """The Hindi postposition right after ``pos`` (skipping a "(BJP)" gloss), and where it ends."""
    rest = text[pos:min(limit, pos + 80)]
    m = _PAREN_PARTY.match(rest) or _CANDIDATE_NOUN.match(rest)
    skip = m.end() if m else 0  # "(BJP)", "कांग्रेस कैंडिडेट से": the marker is the phrase's
    rest2 = rest[skip:].lstrip()
    lead = len(rest) - skip - len(rest2)
    for word, role in _MARKERS:
        if rest2.startswith(word) and (len(rest2) == len(word) or not rest2[len(word)].isalnum()
                                       and not ("\u0900" <= rest2[len(word)] <= "\u097F" and rest2[len(word)] not in "।॥")):
            return role, pos + skip + lead + len(word)
    if surname:
        # "सुरजीत कुमार ज्ञानी को": a surname the record lacks may stand before the postposition.
        m2 = _ONE_WORD.match(rest2)
        if m2 and m2.group(1) not in _NOT_SURNAME:
            role, end = _marker_after(text, pos + skip + lead + m2.end(), limit, surname=False)
            if role in ("erg", "dat"):
                return role, end
    return None, pos


_UNKNOWN_AFTER_PARTY = {
    "en": re.compile(r"(?:['’]s?|\s+(?:candidate|nominee))\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)(?![\w'’])"),
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
_BARE_NAME = re.compile(r"(?<![\w'’])((?!(?:The|A|An|In|On|At|He|She|They|It|This|That|Who|But|And|After|Since)\b)"
                        r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2})\s*,?\s*(?:who\s+|which\s+)?(?:has\s+|had\s+)?$")
_TITLED_INITIALS = re.compile(
    r"(?:Minister|MLA|MP|CM|[Ll]eader|[Cc]andidate|[Nn]ominee|legislator|Dr\.?|Shri|Smt\.?)\s+"
    r"((?:[A-Z]\.?\s?){1,3}\s*[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)(?![\w'’])")
_NOT_NAME_WORDS = {"ने", "को", "की", "का", "के", "से", "में", "पर", "है", "हैं", "था", "थी", "थे", "जीत", "हार", "भी",
                   "ही", "और", "तो", "नहीं", "चुनाव", "सीट", "वोट", "दर्ज", "हासिल", "रहे", "रही", "गई", "गए"}


def _unknown_people(s: SentenceInput) -> list[Mention]:
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
            if len(gap) <= 60 and not _STOP.search(gap) and "," not in gap and link.match(gap):
                actors.append(Actor(head=nxt, party=m, start=m.start, end=nxt.end,
                                    candidacy_cue=bool(_CANDIDACY_CUE.search(gap)),
                                    held_cue=bool(_HELD_CUE.search(gap))))
                i += 2
                continue
        actors.append(Actor(head=m, start=m.start, end=m.end))
        i += 1
    for a in actors:
        if a.head.kind == "candidate" and a.party is None:
            # "Tabassum Hasan (RLD)" / "भगवंत मान (AAP)"
            pm = _PAREN_PARTY.match(s.text[a.end:min(s.end, a.end + 60)])
            if pm:
                for m in s.mentions:
                    if m.kind == "party" and a.end < m.start < a.end + pm.end():
                        a.party = m
        if s.lang == "hi":
            a.marker, _ = _marker_after(s.text, a.end, s.end, surname=a.head.kind == "candidate")
        if _SPEAKER.match(s.text[a.end:min(s.end, a.end + 40)]):
            a.marker = "kin"  # "सपा का दावा- …", "SP claimed that …": who says it, not whom it is about
        elif _KIN.match(s.text[a.end:min(s.end, a.end + 60)]):
            a.marker = "kin"  # "कड़िया मुंडा के बेटे-बहू भी हार गए": the claim is not about X
        elif _AGAINST.match(s.text[a.end:min(s.end, a.end + 60)]):
            a.marker = "against"  # "अखिलेश यादव के खिलाफ … लड़ा था लेकिन हार गए": X is the rival
    return actors


@dataclass
class _Hit:
    trigger: Trigger
    start: int
    end: int


def _find_triggers(s: SentenceInput, pats: Patterns) -> list[_Hit]:
    hits: list[_Hit] = []
    if s.trigger_matches is not None:
        per: dict[str, int] = {}
        for t, a, b in s.trigger_matches:
            if s.start <= a and b <= s.end and per.get(t.id, 0) < MAX_TRIGGERS:
                per[t.id] = per.get(t.id, 0) + 1
                hits.append(_Hit(t, a, b))
    else:
        seg = s.text[s.start:s.end]
        for t in pats.triggers:
            for n, m in enumerate(t.regex.finditer(seg)):
                if n >= MAX_TRIGGERS:
                    break
                hits.append(_Hit(t, s.start + m.start(), s.start + m.end()))
    # Earliest, then longest, then the order of the pattern file.
    order = pats.order
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), order[h.trigger.id]))
    kept: list[_Hit] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    kept = kept[:MAX_TRIGGERS]
    out = []
    for h in kept:
        t = h.trigger
        if t.needs_number and not any(
            -30 <= h.start - n.end <= 30 or 0 <= n.start - h.end <= 40 or (n.start >= h.start and n.end <= h.end)
            for n in s.numbers
        ):
            continue  # "सीट पर" with no figure is a place, not a tally
        if t.type == "votes" and any(k.trigger.type == "margin" and 0 <= h.start - k.start <= 60 for k in kept):
            continue  # "by a margin of 37,558 votes": the votes are the margin's
        if t.type == "outcome" and _COUNT_AFTER.match(s.text[h.end:min(s.end, h.end + 80)]):
            continue  # "won 92 seats", "bagged 96,176 votes": the seats/votes trigger speaks
        if t.type == "outcome" and s.lang == "en" and _SHARE_AFTER.match(s.text, h.end):
            continue  # "BJP won by a little over 33 per cent of votes": the vote share speaks
        if t.type == "outcome" and s.lang == "en" and _POSSESSIVE_NOUN.search(s.text[max(s.start, h.start - 12):h.start]):
            continue  # "its wins", "recent election defeats": a noun, not a result
        if t.type == "outcome" and s.lang == "en" and _SEATS_WON_BY.search(s.text[max(s.start, h.start - 12):h.end + 4]):
            continue  # "the 41 seats won by AIADMK": the seats trigger speaks, its subject after "by"
        if t.type == "outcome" and s.lang == "en":
            obj = _OBJECT_AFTER.match(s.text, h.end, s.end)
            if obj and obj.group(1).lower() not in _RESULT_OBJECTS and not any(m.start == obj.start(1) for m in s.mentions):
                continue  # "Congress has lost the morality to …", "won the hearts of": not a result
        if t.type == "seats" and s.lang == "hi" and t.needs_number and not any(
                0 <= h.start - n.end <= 15 for n in s.numbers):
            continue  # Hindi states the figure before the noun: "92 सीटों पर", not "सीट को … चार"
        if t.type == "seats" and s.lang == "hi" and _TOTAL_SEATS_HI.match(s.text[h.start:min(s.end, h.start + 40)]):
            continue  # "403 सीटों में", "117 सीटों वाले": a total, not a tally
        if t.type == "seats" and _POLLED_OR_FIELDED.match(s.text[h.end:min(s.end, h.end + 50)]):
            continue  # "27 सीटों पर चुनाव हुए", "16 सीटों पर उम्मीदवार उतारे": seats polled or contested
        if s.text.startswith(("कब्जा", "कब्ज़ा"), h.start) and not (
                _SEAT_WORD_HI.search(s.text[max(s.start, h.start - 40):h.start])
                or any(m.kind == "constituency" and 0 <= h.start - m.end <= 40 for m in s.mentions)):
            continue  # "जमीन पर कब्जा कर लिया": a seized plot, not a seat
        out.append(h)
    return out


_CUTTING = ("outcome", "candidacy", "rank")


def _window_start(s: SentenceInput, hits: list[_Hit], idx: int, pats: Patterns) -> int:
    """Back to the previous verb-like trigger or clause break.  A figure phrase between a
    subject and its verb ("X ने Y को 11,468 वोट के अंतर से हरा दिया") does not cut the window."""
    prev = [h for h in hits[:idx] if h.trigger.type in _CUTTING]
    lo = prev[-1].end if prev else s.start
    seg = s.text[lo:hits[idx].start]
    cut = lo
    for m in _STOP.finditer(seg):
        cut = lo + m.end()
    for m in pats.clause_breaks.finditer(seg):
        if _PARTICIPLE.match(seg, m.end()):
            continue  # "quit as an MP after being elected MLA": the same subject goes on
        cut = max(cut, lo + m.end())
    return cut


def _window_end(s: SentenceInput, hits: list[_Hit], idx: int, pats: Patterns) -> int:
    nxt = [h for h in hits[idx + 1:] if h.trigger.type in _CUTTING]
    hi = nxt[0].start if nxt else s.end
    seg = s.text[hits[idx].end:hi]
    starts = {m.start for m in s.mentions if m.kind == "constituency"}
    pos = 0
    while True:
        m = _STOP_RIGHT.search(seg, pos)
        # a list of places runs on past its commas: "BJP wins Rampur, Azamgarh seats"
        if m and m.group(0).startswith(",") and hits[idx].end + m.end() in starts and any(
                c.end == hits[idx].end + m.start() for c in s.mentions if c.kind == "constituency"):
            pos = m.end()
            continue
        break
    end = hits[idx].end + m.start() if m else hi
    m2 = pats.clause_breaks.search(s.text[hits[idx].end:end])
    if m2:
        end = hits[idx].end + m2.start()
    return end


_COORD_GAP = re.compile(
    r"^\s*(?:,|और|तथा|एवं|and|&)?\s*(?:(?:पूर्व|सीएम|कैप्टन|मुख्यमंत्री|मंत्री|डॉ\.?|former|ex-|currently|current|sitting|"
    r"outgoing|then|deputy|CM|Dr\.?|Captain|minister|chief minister|of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|,)\s*){0,6}$",
    re.IGNORECASE,
)


def _coordinated(s: SentenceInput, actors: list[Actor]) -> list[Actor]:
    """The run of actors ending with the last of ``actors`` joined by commas / and / और
    ("सीएम चन्नी, नवजोत सिंह सिद्धू, पूर्व सीएम कैप्टन अमरिंदर सिंह"), of one kind."""
    if not actors:
        return []
    run = [actors[-1]]
    places = [m for m in s.mentions if m.kind == "constituency"]
    for a in reversed(actors[:-1]):
        gap = s.text[a.end:run[0].start]
        for p in places:  # "आजम खान रामपुर और अखिलेश यादव करहल से": each with its own seat
            if a.end <= p.start and p.end <= run[0].start:
                gap = gap.replace(p.text, " ", 1)
        gap = re.sub(r"\([^)]*\)", "", gap)
        same_kind = a.head.kind == run[0].head.kind or {a.head.kind, run[0].head.kind} <= {"party", "alliance"}
        if same_kind and _COORD_GAP.match(gap):
            run.insert(0, a)
            continue
        break
    return run


def _pick_subjects(s: SentenceInput, hit: _Hit, left: list[Actor], right: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """(subjects, opponents) of one trigger."""
    t = hit.trigger
    if s.lang == "hi":
        erg = [a for a in left if a.marker == "erg"]
        dat = [a for a in left if a.marker in ("dat",)]
        if t.defeat:
            subj = erg[-1:] or [a for a in left if a.marker not in ("dat", "abl")][-1:]
            opp = dat[-1:] if dat else []
            return subj, opp
        if t.type == "outcome" and t.outcome == "lost":
            # "BJP के राजेंद्र नगर उपचुनाव हारने के कारण": whose loss, right before the verb
            own = [a for a in left if a.marker == "gen" and _GEN_LOSS.fullmatch(s.text[a.end:hit.start])
                   and not any(b is not a and a.end <= b.start < hit.start for b in left)]
            cands = dat or own[-1:] or [a for a in left if a.marker not in ("erg", "gen", "abl")] or left or right[:1]
            return _coordinated(s, cands), []
        if t.type == "candidacy":
            # "बीजेपी ने चौहान की पत्नी अवनि सिंह को ही उम्मीदवार बनाया": the candidate is the one
            # made candidate (को), the party the one who made them (ने).
            chosen = [a for a in dat if a.head.kind == "candidate"][-1:]
            party = [a for a in erg if a.head.kind == "party"][-1:]
            if chosen:
                if party and chosen[0].party is None:
                    chosen[0].party = party[0].head
                    party[0].used = True
                return chosen, []
        if t.type in ("votes", "seats"):
            cands = dat or erg or left or right
            return _coordinated(s, cands)[-1:] if t.type == "votes" else cands[-1:], []
        loc = [a for a in left if a.marker == "loc"]
        cands = erg or [a for a in left if a.marker in ("gen", None)] or [a for a in left if a.marker != "loc"] \
            or right[:1]
        return _coordinated(s, cands), loc[-1:] if t.type == "outcome" else []
    # English
    if t.passive:  # "B was defeated by A", "B lost C to A": a claim that B lost
        return left[-1:], right[:1]
    if t.defeat:
        return left[-1:], right[:1]
    cands = left or (right[:1] if t.type in ("outcome", "candidacy") and not t.leading else [])
    if t.leading and left and re.search(r"(?:behind|ahead of|over)$", s.text[hit.start:hit.end], re.IGNORECASE):
        return _coordinated(s, cands), right[:1]  # "Soni was trailing behind AAP's Ajay Gupta"
    return _coordinated(s, cands), []


def _nearest_number(s: SentenceInput, hit: _Hit, lo: int, hi: int, percent: bool | None = None,
                    prefer: str = "left") -> NumberMention | None:
    best, dist = None, 10**9
    for n in s.numbers:
        if n.start < lo or n.end > hi:
            continue
        if percent is not None and n.percent != percent:
            continue
        d = hit.start - n.end if n.end <= hit.start else n.start - hit.end
        d = max(d, 0) + (0 if (n.end <= hit.start) == (prefer == "left") else 1)
        if d < dist:
            best, dist = n, d
    return best


def _seat_number(s: SentenceInput, hit: _Hit, lo: int, hi: int) -> NumberMention | None:
    """The tally of a seats phrase, not the total in "92 of the 117 seats" / "38 में से 37"."""
    inside = [n for n in s.numbers if hit.start <= n.start and n.end <= hit.end and not n.percent]
    if inside:  # "4 में से तीन पर": the trigger holds its own count
        return inside[-1]
    before = [n for n in s.numbers if lo <= n.start and n.end <= hit.start and not n.percent]
    if before:
        last = before[-1]
        prev = before[-2] if len(before) > 1 else None
        if prev is not None and _OF_TOTAL_EN.search(s.text[prev.end:last.start]):
            return prev
        if prev is not None and re.search(r"में से\s*$", s.text[prev.end:last.start]):
            return last
        if hit.start - last.end <= 12:
            return last
    return _nearest_number(s, hit, lo, hi, percent=False)


_TOTAL_AFTER = re.compile(r"^\s*(?:में से|सीटों में(?: से)?|सीटों वाल[ीे]|सीटों वाली|सदस्यीय|-member|member)")
_TOTAL_BEFORE = re.compile(r"(?:of the|out of(?: the)?|total of|कुल|of a total of|of its)\s*$", re.IGNORECASE)


# Words that put a tally over part of a state: districts, regions, phases, "of which" (a subset
# of seats the sentence named)
_PART_OF_STATE = re.compile(
    r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:districts?|region|belt|phase|of which|of these|of them|"
    r"जिले|जिला|ज़िले|ज़िला|जिलों|क्षेत्र की|अंचल|चरण|इनमें से|जिनमें से|इन सीटों)(?![\w\u0900-\u0963\u0966-\u097F])",
    re.IGNORECASE)
_ALL_SEATS = re.compile(r"(?:सभी|सारी|सभी की सभी)\s+(?:[\d०-९]+\s+)?(?:सीटों|सीटें|सीट)|\ball\s+(?:the\s+)?(?:\w+\s+)?(?:seats|constituencies)\b"
                        r"|\bevery\s+seat\b", re.IGNORECASE)
_WINNERS_BEFORE = re.compile(r"\s+(?:विधायक|सांसद|उम्मीदवार|प्रत्याशी|MLAs|MPs|candidates|nominees)\s+(?:चुनाव\s+|have\s+|had\s+)?$")
_BARE_COUNT_AFTER = re.compile(r"\s+(?:only\s+|just\s+|a\s+mere\s+)?$")
_SEAT_NOUN = re.compile(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:seats?|सीट|सीटें|सीटों)(?![\w\u0900-\u0963\u0966-\u097F])",
                        re.IGNORECASE)


def _winners_count(s: SentenceInput, hit: _Hit) -> NumberMention | None:
    """A count of winners said with a win verb: "AIMIM के पांच विधायक चुनाव जीते" (five MLAs won),
    or a bare count after the verb where the sentence has already named seats ("59 seats … of
    which the SP had won only nine"). Not a year, not a percentage."""
    for n in s.numbers:
        if n.percent or 1900 <= n.value <= 2100:
            continue
        if n.end <= hit.start and _WINNERS_BEFORE.fullmatch(s.text[n.end:hit.start]):
            return n
        if n.start >= hit.end and _BARE_COUNT_AFTER.fullmatch(" " + s.text[hit.end:n.start]) \
                and not _COUNT_AFTER.match(s.text[hit.end:min(s.end, n.end + 30)]) \
                and _SEAT_NOUN.search(s.text[s.start:hit.start]):
            return n
    return None


def _house_size(s: SentenceInput) -> int | None:
    """The size of the house a sentence states: "92 of the 117 seats", "70 में से 62", "117 सीटों
    वाले पंजाब", "of a total of 68 Assembly seats" — which pins the state of a tally."""
    for n in s.numbers:
        if n.percent or not float(n.value).is_integer() or not 20 <= n.value <= 545:
            continue
        if _TOTAL_AFTER.match(s.text[n.end:n.end + 20]) or _TOTAL_BEFORE.search(s.text[max(s.start, n.start - 20):n.start]):
            return int(n.value)
    return None


def extract_sentence(s: SentenceInput, pats: Patterns) -> list[Claim]:
    """Every claim one sentence makes, before the document context fills in the election."""
    if s.has(pats, "not_a_claim"):
        return []
    if s.trigger_matches is not None and not any(s.start <= a and b <= s.end for _t, a, b in s.trigger_matches) \
            and not s.has(pats, "held_words") and not s.has(pats, "candidacy_words"):
        return []  # no result word, no "MLA"/"विधायक" title, no candidate word: nothing to read
    ballots = [n.value for n in s.numbers if not n.percent and _VOTES_AFTER.match(s.text, n.end)]
    if ballots and max(ballots) < 100:
        return []  # "Nathwani polled 28 votes", "won 35 and 3 votes": a legislators' ballot, not a poll
    if len(s.mentions) > MAX_MENTIONS:
        s.mentions = s.mentions[:MAX_MENTIONS]
    if s.lang == "en":  # "Tabassum Hasan": Hasan is her name here, not the Hassan seat
        names_ = [m for m in s.mentions if m.kind == "candidate"]
        s.mentions = [m for m in s.mentions if not (m.kind == "constituency" and any(
            0 <= m.start - n.end <= 1 and not s.text[n.end:m.start].strip() for n in names_))]
    unknown = _unknown_people(s)
    s.mentions = sorted([m for m in s.mentions if not any(u.start <= m.start and m.end <= u.end
                                                          and m.kind == "constituency" for u in unknown)]
                        + unknown, key=lambda m: m.start)
    actors = group_actors(s)
    consts = [m for m in s.mentions if m.kind == "constituency"]
    hits = _find_triggers(s, pats)
    claims: list[Claim] = []
    prev_subjects: list[Actor] = []
    seen: set[tuple] = set()

    def emit(kind: str, hit: _Hit | None, subj: Actor | None, const: Mention | None, lo: int, hi: int,
             window: tuple[int, int] | None = None, **kw) -> Claim:
        parts = [(lo, hi)]
        span_lo = min([p[0] for p in parts] + ([subj.start] if subj else []))
        span_hi = max([p[1] for p in parts] + ([subj.end] if subj else []))
        c = Claim(type=kind, start=span_lo, end=span_hi, sentence_start=s.start, sentence_end=s.end,
                  lang=s.lang, subject=subj.head if subj else None, constituency=const,
                  party=subj.party if subj else None, pattern=hit.trigger.id if hit else "actor",
                  clause_start=(window or (lo, hi))[0], clause_end=(window or (lo, hi))[1], **kw)
        key = (kind, c.subject.name if c.subject else None, const.name if const else None, c.outcome,
               c.number.value if c.number else None)
        if key not in seen:
            seen.add(key)
            claims.append(c)
        return c

    for idx, hit in enumerate(hits):
        t = hit.trigger
        lo = _window_start(s, hits, idx, pats)
        hi = _window_end(s, hits, idx, pats)
        left = [a for a in actors if lo <= a.head.start and a.head.end <= hit.start and a.marker not in ("kin", "against")
                and (not (a.object_of == idx - 1 and t.type in ("outcome", "margin", "votes") and s.lang == "en")
                     or _WHO_AFTER.match(s.text, a.end))]
        right = [a for a in actors if hit.end <= a.head.start and a.head.end <= hi and a.marker != "kin"]
        subjects, opponents = _pick_subjects(s, hit, left, right)
        prev_cut = [h for h in hits[:idx] if h.trigger.type in _CUTTING]
        natural_lo = prev_cut[-1].end if prev_cut else s.start
        # A tally does not carry its subject across "while", unless a pronoun points back
        # ("… 16 सीटों पर उम्मीदवार उतारे थे और इसमें से उसे 6 सीटों पर जीत मिली").
        carry_ok = t.type != "seats" or lo == natural_lo or bool(_PRONOUN.search(s.text[lo:hit.start]))
        if not subjects and not left and prev_subjects and carry_ok and t.type in ("outcome", "votes", "margin", "rank", "seats",
                                                                                 "vote_share"):
            rel = _RELATIVE_START.match(s.text[lo:hit.start])
            subjects = [prev_subjects[-1]] if not rel else prev_subjects[-1:]
        if not subjects and not left and s.lang == "hi" and t.type in ("outcome", "seats", "votes", "margin") \
                and _PRONOUN.search(s.text[lo:hit.start]):
            # "निषाद पार्टी ने 16 सीटों पर उम्मीदवार उतारे और इसमें से उसे 6 सीटों पर जीत मिली":
            # उसे points back to the clause's agent
            erg = [a for a in actors if a.end <= lo and a.marker == "erg"]
            subjects = erg[-1:]
        if not subjects and s.lang == "en" and t.type in ("outcome", "seats"):
            head = s.text[lo:hit.start]
            if _FRONTED_PARTICIPLE.match(head):
                # "Since winning 77 seats in 2021, the BJP has …": the main clause's subject
                later = [a for a in actors if a.head.start >= hit.end and a.marker not in ("kin", "against")]
                subjects = later[:1]
            elif _PRONOUN.search(head):
                # "…, who led the BJP to a second term but himself lost his seat"
                earlier = [a for a in actors if a.head.end <= lo and a.head.kind == "candidate"]
                subjects = earlier[:1]
        if (s.lang == "en" and t.type == "outcome" and any(lo <= c.start and c.end <= hi for c in consts)
                and (not subjects or all(a.head.end < hit.start - 40 for a in subjects))):
            # "Akhilesh, who won the Karhal assembly seat": a name the index will not take alone
            # (one word) is still the subject where the claim names its seat; it is matched only
            # among that seat's candidates, and loosely.
            name = _BARE_NAME.search(s.text, max(s.start, hit.start - 40), hit.start)
            if name and (not subjects or name.group(0).rstrip().endswith(("who", "which"))) \
                    and not any(m.start < name.end(1) and name.start(1) < m.end for m in s.mentions):
                who = Mention(kind="candidate", start=name.start(1), end=name.end(1), text=name.group(1),
                              ids=(), name=name.group(1), score=0.0)
                subjects = [Actor(head=who, start=who.start, end=who.end)]
        if t.type == "seats" and s.lang == "en":
            by = _WON_BY.match(s.text, hit.end)
            if by:  # "the 41 Assembly seats won by AIADMK": the subject follows "won by"
                after = [a for a in actors if a.head.start == by.end()]
                if after:
                    subjects = after[:1]
        number = None
        if t.type in ("votes", "margin"):
            number = _nearest_number(s, hit, lo, hi, percent=False,
                                     prefer="right" if t.type == "margin" and s.lang == "en" else "left")
        elif t.type == "seats":
            number = _seat_number(s, hit, lo, hi)
        elif t.type in ("vote_share", "turnout"):
            number = _nearest_number(s, hit, lo, hi, percent=True)
        if t.id.endswith(".majority"):
            number = None  # "बहुमत से जीती": a majority, whatever figure stands nearby
        if t.type == "seats" and number is not None and subjects:
            # "Congress got 21 and others got 3 seats": the 3 is the others'; Congress's is the 21.
            a0 = subjects[-1]
            between = s.text[a0.end:number.start] if a0.end <= number.start else ""
            other = _OTHERS.search(between)
            if other:
                own = [n for n in s.numbers if a0.end <= n.start and n.end <= a0.end + other.start() and not n.percent]
                number = own[-1] if own else None
                if number is None:
                    continue
        if t.needs_number and number is None:
            continue
        if pats.negation.search(s.text[max(lo, hit.start - 9):hit.start]):
            continue  # "Usilampatti has rarely elected a DMK candidate": not a claim of a result
        if t.type == "seats" and t.needs_number and number is not None and number.value > 600:
            continue
        nxt = [h for h in hits[idx + 1:] if h.start >= hi]
        clause_end = nxt[0].end if nxt and nxt[0].start == hi else hi
        before = [h for h in hits[:idx] if h.end <= lo and h.trigger.type in _CUTTING]
        clause_start = before[-1].start if before and s.text[before[-1].end:lo].strip() == "" else lo
        if t.type == "seats" and not pats.result_words.search(s.text[clause_start:clause_end]):
            continue  # "27 सीटों पर चुनाव हुए", "59 seats are going to polls --": no result word, not a tally
        if t.type == "seats" and _MODAL.search(s.text[lo:s.end]):
            continue  # "बहुमत के लिए 202 सीटें हासिल करनी होंगी", "needs 202 seats": not a result
        kw = dict(outcome=t.outcome, number=number)
        fresh = bool(_PRESENT_PERFECT.match(s.text[hit.end:hi])) or bool(
            pats.time["now"].search(s.text[lo:hi]))
        past = bool(_PAST_PERFECT.match(s.text[hit.end:hi])) or bool(
            re.search(r"\bhad\s+(?:\w+\s+)?$", s.text[lo:hit.start]))
        if t.type == "rank":
            low = s.text[hit.start:hit.end].lower()
            kw["rank"] = 3 if ("third" in low or "3rd" in low or "तीसर" in low) else (
                4 if ("fourth" in low or "चौथ" in low) else 2)
            kw["deposit_lost"] = "deposit" in low or "जमानत" in low
        if t.id == "hi.lost" and "जमानत" in s.text[hit.start:hit.end]:
            kw = dict(number=None, rank=None, deposit_lost=True)
            t_type = "rank"
        else:
            t_type = t.type
        all_seats = False
        if t_type == "outcome" and t.outcome == "won" and kw.get("number") is None:
            count = _winners_count(s, hit)
            if count is not None:  # "AIMIM के पांच विधायक चुनाव जीते", "the SP had won only nine"
                t_type, kw["number"] = "seats", count
                number = count
            elif _ALL_SEATS.search(s.text[max(s.start, hit.start - 40):min(s.end, hit.end + 40)]):
                t_type, all_seats = "seats", True  # "सभी सीटों पर बीजेपी ने कब्जा", "won all the seats"
        here = [c for c in consts if lo <= c.start and c.end <= hi and not _aside(s, c, consts)
                and not _PLACE_TITLE.match(s.text, c.end)]  # "Azamgarh MP Akhilesh, who won Karhal"
        first = min((a.start for a in subjects if a.end <= hit.start), default=None)
        if first is not None and idx > 0:
            # "SP won Karhal, BJP won Rampur": Karhal closed the clause before BJP's
            here = [c for c in here if not (c.end <= first and hits[idx - 1].end <= c.start
                                            and _COMMA_GAP.fullmatch(s.text[c.end:first]))]
        span_lo = min([hit.start] + ([number.start] if number else []) + [c.start for c in here])
        span_hi = max([hit.end] + ([number.end] if number else []) + [c.end for c in here])
        if not here and t_type == "outcome" and not any(a.head.kind == "candidate" for a in subjects):
            # The places named earlier in the sentence ("… ने कैराना और नूरपुर में जीत के लिए पूरा जोर
            # लगाया था लेकिन संयुक्त विपक्ष बीजेपी पर भारी पड़ गया"); never those of later clauses.
            # Not when the clause names a state or an election of its own ("after the BJP won
            # the Uttar Pradesh assembly election"): that is a state-wide claim.
            own = s.text[lo:hi]
            if not any(m.kind == "state" and lo <= m.start < hi for m in s.mentions) \
                    and not _ELECTION_WORD.search(own):
                here = [c for c in consts if c.end <= hit.start and not _aside(s, c, consts)]
        if t_type in ("candidacy", "votes", "margin", "rank"):
            subjects = [a for a in subjects if a.head.kind != "alliance"]
            if not subjects and t_type == "candidacy":
                continue
        if (t_type == "outcome" and opponents and subjects and all(a.head.kind == "alliance" for a in subjects)
                and opponents[0].head.kind != "alliance"):
            # "संयुक्त विपक्ष बीजेपी पर भारी पड़ गया": the record can say that BJP lost.
            subjects, opponents = opponents, []
            kw["outcome"] = "lost" if kw.get("outcome") == "won" else "won"
        targets = subjects or [None]
        for si, subj in enumerate(targets):
            if subj is not None:
                subj.used = True
            if len(targets) > 1 and len(here) == len(targets):
                places = [here[si]]  # "आजम खान रामपुर और अखिलेश यादव करहल से जीते"
            else:
                places = here or [None]
            for const in places:
                c = emit(t_type, hit, subj, const, span_lo, span_hi, window=(lo, hi), **kw)
                c.election_word = bool(_ELECTION_WORD.search(s.text[lo:hi]))
                c.all_seats = all_seats
                if all_seats and (c.constituency is not None or consts):
                    # "झांसी … बीजेपी ने जीती हैं सभी सीटें": all the seats of a district or city,
                    # which the reference does not group
                    c.part_of_state = (c.constituency or consts[0]).text
                    c.constituency = None
                if t_type in ("seats", "vote_share") and const is None:
                    part = _PART_OF_STATE.search(s.text[s.start:s.end])
                    c.part_of_state = part.group(0) if part else None
                c.hints.leading = t.leading
                c.hints.fresh = fresh
                c.hints.past = past
                if opponents:
                    c.opponent = opponents[0].head
                    opponents[0].used = True
                    opponents[0].object_of = idx
                    if t.passive and subj is not None:
                        # "B loses to A" is also the claim that A won (POLICY reads it either way)
                        w = emit(t_type, hit, opponents[0], const, span_lo, max(span_hi, opponents[0].end),
                                 window=(lo, hi), **{**kw, "outcome": "won"})
                        w.opponent = subj.head
                        w.hints.leading, w.hints.fresh, w.hints.past = t.leading, fresh, past
        if subjects:
            prev_subjects = subjects
    _held_by_title(s, claims, actors, emit)
    _elliptical_tallies(s, claims, actors)
    _margin_direction(claims)
    _streaks(s, claims)
    claims[:] = _close_contest_counts(s, claims)
    # A claim needs someone it is about; and "X ने 92 सीटों पर जीत हासिल की" says it with the
    # tally, not as a second, vaguer outcome claim.
    tallied = {c.subject.name for c in claims if c.type == "seats" and c.subject is not None and c.number}
    tallied.discard(None)
    claims[:] = [c for c in claims if (c.subject is not None or c.type in ("seats", "turnout") or c.seat_count is not None)
                 and not (c.type == "outcome" and c.constituency is None and c.subject is not None and c.subject.name in tallied)]
    size = _house_size(s)
    for c in claims:
        c.seats_total = size
        if c.subject is not None:
            c.subject_written = written_name(s.text, c.subject)
    if any(c.hints.fresh for c in claims):  # one event: "X ने Y को N वोट से हरा दिया है"
        for c in claims:
            c.hints.fresh = True
    # Candidacy from the actor itself: "RLD प्रत्याशी तबस्सुम", "समाजवादी पार्टी के नईमुल हसन" (an
    # actor that no other claim used), "BJP candidate Radharani Panda".
    for a in actors:
        if a.party is None or a.head.kind != "candidate":
            continue
        near = [c for c in consts if s.start <= c.start < s.end]
        const = min(near, key=lambda c: abs(c.start - a.start)) if near else None
        gap = s.text[a.party.end:a.head.start]
        if a.held_cue and not a.used:
            # "बीजेपी के दिवंगत विधायक लोकेंद्र सिंह", "BJP MLA Girish Mahajan": X held the seat.
            emit("outcome", None, a, const, a.start, a.end, outcome="held")
        elif a.candidacy_cue and not _CM_CANDIDATE.search(gap.split("उम्मीदवार")[0].split("candidate")[0]):
            emit("candidacy", None, a, const, a.start, a.end)  # "BJP candidate X", "RLD प्रत्याशी तबस्सुम"
        elif (s.lang == "hi" and not a.used and _GENITIVE_GAP.match(gap)
              and _CONTEST_WORDS.search(s.text[s.start:s.end])):
            emit("candidacy", None, a, const, a.start, a.end)  # "मुकाबला सपा के नईमुल हसन और …"
    return claims


_ASIDE_AFTER = re.compile(r"^\s*(?:से पहले|के बाद|की तरह|जैसे|जैसी|के अलावा|जिले|जिला|ज़िले|ज़िला|before|after|like|district['’]?s?)(?![\w\u0900-\u0963\u0966-\u097F])",
                          re.IGNORECASE)


_LOCATED_IN = re.compile(r"(?:constituency|seat|segment)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_JOIN = re.compile(r"\s*(?:,|और|and|&|-)?\s*")


def _aside(s: SentenceInput, c: Mention, consts: list[Mention]) -> bool:
    """A place named as a comparison or a time ("कैराना और नूरपुर से पहले", "कैराना की तरह",
    "before Kairana") — not where the claim is.  Looks past a coordinated list of places."""
    if any(o is not c and o.end <= c.start and c.start - o.end <= 40 for o in consts) \
            and _LOCATED_IN.search(s.text[max(s.start, c.start - 40):c.start]):
        return True  # "the Thrikkakara Assembly constituency in Kochi": where the seat lies
    end = c.end
    i = next((k for k, o in enumerate(consts) if o is c), len(consts))
    for other in consts[i + 1:i + 12]:
        if other.start >= end and other.start - end <= 8 and _PLACE_JOIN.fullmatch(s.text[end:other.start]):
            end = other.end
        elif other.start >= end:
            break
    return bool(_ASIDE_AFTER.match(s.text[end:min(s.end, end + 40)]))


_ELLIPSIS_GAP = re.compile(r"^\s*(?:[’']s)?\s*(?:in|with|got|won|bagged|on|को|ने|के खाते में|के हिस्से)?\s*$", re.IGNORECASE)


def _elliptical_tallies(s: SentenceInput, claims: list[Claim], actors: list[Actor]) -> None:
    """After one tally, the list that follows it: "BJP won 105 seats, Shiv Sena 56, NCP 54 and
    Congress 44", "the JD(U) was ahead in three seats and the Congress in two"."""
    tallies = [c for c in claims if c.type == "seats" and c.number is not None and c.subject is not None]
    if not tallies:
        return
    first = tallies[0]
    used = {id(c.number) for c in claims if c.number is not None}
    talliers = {c.subject.name for c in tallies}
    for a in actors:
        if a.head.kind not in ("party", "alliance") or a.start < first.end or a.head.name in talliers:
            continue
        nxt = [n for n in s.numbers if n.start >= a.end and n.start - a.end <= 16 and not n.percent]
        if not nxt or id(nxt[0]) in used or not _ELLIPSIS_GAP.match(s.text[a.end:nxt[0].start]):
            continue
        n = nxt[0]
        if not float(n.value).is_integer() or n.value > 600:
            continue
        c = Claim(type="seats", start=a.start, end=n.end, sentence_start=s.start, sentence_end=s.end,
                  lang=s.lang, subject=a.head, number=n, pattern="tally-list",
                  clause_start=first.clause_start, clause_end=s.end)
        c.hints.leading = first.hints.leading
        claims.append(c)
        used.add(id(n))
        talliers.add(a.head.name)


_MORE_NAME = re.compile(r"(?:\s+(?!(?:On|In|At|From|And|But|The|By|Of|For|With|To|Who|Was|Is|Has|Had|Won|Lost)\b)"
                        r"[A-Z][a-z]+)+")


def written_name(text: str, m: Mention) -> str:
    """A name as the text writes it: a Latin mention followed by more capitalised words
    ("Suresh Chandra" + "Mathur") is part of a longer name, which the record must fit."""
    if not m.text.isascii():
        return m.text
    more = _MORE_NAME.match(text, m.end)
    return m.text + more.group(0) if more else m.text


_PLACE_TITLE = re.compile(r"\s+(?:MLA|MP|विधायक|सांसद)(?![\w\u0900-\u0963\u0966-\u097F])")
_SEAT_TITLE = re.compile(r"^\s*(?:(?:से|की|के)\s+)?(?:sitting\s+|former\s+|पूर्व\s+)?(?:MLA|MP|विधायक|सांसद)\s*$",
                         re.IGNORECASE)
_TITLE_OF_SEAT = re.compile(r"^\s*,?\s*(?:the\s+)?(?:sitting\s+)?(?:MLA|MP|legislator)\s+(?:from|of)\s+(?:the\s+)?$",
                            re.IGNORECASE)


def _held_by_title(s: SentenceInput, claims: list[Claim], actors: list[Actor], emit) -> None:
    """"Rampur MLA Azam Khan", "करहल से विधायक अखिलेश यादव", "Girish Mahajan, the MLA from
    Jamner": the person held that seat (POLICY: "X was the MLA from C" is an outcome claim)."""
    if any(c.outcome == "held" for c in claims):
        return
    places = [m for m in s.mentions if m.kind == "constituency"]
    people = [a for a in actors if a.head.kind == "candidate" and a.head.ids]
    for a in people:
        for p in places:
            before = p.end <= a.head.start and _SEAT_TITLE.match(s.text[p.end:a.head.start])
            after = a.head.end <= p.start and _TITLE_OF_SEAT.match(s.text[a.head.end:p.start])
            if before or after:
                c = emit("outcome", None, a, p, min(p.start, a.start), max(p.end, a.end), outcome="held")
                c.pattern = "held-title"
                break


# "लगातार पांच बार", "पांच बार लगातार", "five times in a row / consecutively", "five wins on the
# trot", "five consecutive / straight wins"
_STREAK_AFTER = re.compile(
    r"\s*(?:(?:बार|times?)\s+(?:लगातार|in\s+a\s+row|consecutively|on\s+the\s+trot|straight)"
    r"|(?:consecutive|straight|successive)\s+(?:wins|victories|terms|times|elections)"
    r"|(?:wins|victories|terms)\s+(?:on\s+the\s+trot|in\s+a\s+row))", re.IGNORECASE)
_STREAK_BEFORE = re.compile(r"लगातार\s*$")
_STREAK_BAR = re.compile(r"\s*(?:बार|times?)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)


def _streaks(s: SentenceInput, claims: list[Claim]) -> None:
    """A run of wins: "मोरबी पर भाजपा लगातार पांच बार जीत हासिल कर चुकी है", "With five wins on the
    trot, Congress pins hopes on Paravur". The claim's seat may stand outside its clause."""
    for n in s.numbers:
        if n.percent or not 2 <= n.value <= 20 or n.value != int(n.value):
            continue
        if not (_STREAK_AFTER.match(s.text, n.end)
                or (_STREAK_BEFORE.search(s.text[max(s.start, n.start - 12):n.start]) and _STREAK_BAR.match(s.text, n.end))):
            continue
        wins = [c for c in claims if c.type == "outcome" and c.outcome in ("won", "held") and c.subject is not None
                and c.subject.kind in ("party", "alliance", "candidate")]
        if not wins:
            # "With five wins on the trot, Congress pins hopes on Paravur": the run names its
            # holder and seat outside the verb's clause
            who = [m for m in s.mentions if m.kind in ("party", "candidate")]
            places = [m for m in s.mentions if m.kind == "constituency"]
            if not who or len(places) != 1:
                continue
            subj = min(who, key=lambda m: abs(m.start - n.start))
            lo, hi = min(n.start, subj.start), max(n.end, subj.end)
            claims.append(Claim(type="outcome", start=lo, end=hi, sentence_start=s.start, sentence_end=s.end,
                                lang=s.lang, subject=subj, constituency=places[0], outcome="won", pattern="streak",
                                clause_start=lo, clause_end=hi))
            wins = claims[-1:]
        c = min(wins, key=lambda c: min(abs(c.start - n.start), abs(c.end - n.end)))
        c.streak = int(n.value)
        c.outcome = "won"
        if c.constituency is None:
            places = [m for m in s.mentions if m.kind == "constituency"]
            if len(places) == 1:
                c.constituency = places[0]


_COUNT_OF_SEATS = re.compile(r"\s*(?:seats?|सीटें|सीटों|सीट)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)


def _close_contest_counts(s: SentenceInput, claims: list[Claim]) -> list[Claim]:
    """"15 सीटें जहां BJP 2000 से कम वोटों के अंतर से जीती", "100 सीटों पर अंतर 500 वोटों से कम":
    a margin with no seat of its own, beside a count of seats, counts the seats won by such a
    margin. The count joins the margin claim; the same figure read as a seat tally is dropped."""
    counts = [n for n in s.numbers if not n.percent and _COUNT_OF_SEATS.match(s.text, n.end)]
    margins = [c for c in claims if c.type == "margin" and c.constituency is None and c.number is not None
               and c.number.qualifier in ("less", "more")]
    if not counts or not margins:
        return claims
    used = set()
    for m in margins:
        n = next((n for n in counts if n.start != m.number.start), None)
        if n is not None:
            m.seat_count = n
            m.start, m.end = min(m.start, n.start), max(m.end, n.end)
            used.add(n.start)
    counted = {m.subject.name if m.subject else None for m in margins if m.seat_count is not None}
    return [c for c in claims if not (c.type == "seats" and c.number is not None and c.number.start in used)
            and not (c.type == "outcome" and c.constituency is None and used
                     and (c.subject.name if c.subject else None) in counted)]


def _margin_direction(claims: list[Claim]) -> None:
    """A margin is the margin of the win or loss the sentence states: "won by N", "N वोटों से
    हराया", "loses C by over N" — take the direction (and, if missing, the subject) of the
    nearest outcome claim of the sentence."""
    outcomes = [c for c in claims if c.type == "outcome" and c.pattern != "actor"]
    for m in claims:
        if m.type != "margin" or not outcomes:
            continue
        near = min(outcomes, key=lambda o: abs(o.start - m.start))
        if near.outcome == "lost" and near.opponent is not None:
            # "B loses to A, trails by N": the same result read from the winner's side, as a
            # margin is told ("A defeated B by N")
            mirror = [o for o in outcomes if o.outcome == "won" and o.subject is near.opponent]
            near = mirror[0] if mirror else near
        # "A defeated B by N", "B lost to A by N", "X ने Y को N वोटों से हराया": the margin is the
        # margin of that outcome, whoever stands nearest the figure.
        m.subject, m.party, m.outcome = near.subject, near.party, near.outcome
        m.hints.leading = m.hints.leading or near.hints.leading


def sentence_hints(s: SentenceInput, pats: Patterns) -> ElectionHints:
    """What one sentence itself says about its election: year, relative time, kind, house."""
    h = ElectionHints()
    if s.years:
        h.year = s.years[0][2]
        h.year_source = "explicit"
    for key in ("last_year", "previous", "this_time", "then"):
        if h.year is None and s.has(pats, f"time.{key}"):
            h.year_source = key
            break
    if s.has(pats, "kind.bye"):
        h.kind = "bye"
    elif s.has(pats, "kind.general"):
        h.kind = "general"
    ls, vs = s.has(pats, "house.LS"), s.has(pats, "house.VS")
    if ls and not vs:
        h.house = "LS"
    elif vs and not ls:
        h.house = "VS"
    return h
