"""Bilingual phrasing of verdicts: every word a fact-checker hears comes from here.

The judges build an explanation out of short phrases: the election checked
(:func:`election_label`), what a row records (:func:`row_phrase`), and a sentence from the
:data:`MESSAGES` table (:func:`say`), each in the claim's language (``"hi"`` or ``"en"``).
Hindi numbers use Indian digit grouping (3,03,209); English numbers use international
grouping (303,209), consistently.
"""
from __future__ import annotations

from claims.model import Claim
from reference_db.store import Contest, Election, Row

# -- numbers ---------------------------------------------------------------------------------


def group_indian(n: int) -> str:
    """3,03,209: the last three digits, then pairs."""
    sign, s = ("-" if n < 0 else ""), str(abs(int(n)))
    if len(s) <= 3:
        return sign + s
    head, tail = s[:-3], s[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    if head:
        pairs.insert(0, head)
    return sign + ",".join(pairs + [tail])


def fmt_int(n: int | float | None, lang: str) -> str:
    """A count in the claim's language's digit grouping ("?" when the record lacks it)."""
    if n is None:
        return "?"
    n = int(round(n))
    return group_indian(n) if lang == "hi" else f"{n:,}"


def fmt_pct(x: float | None, lang: str) -> str:
    """41.27% / 41.27 प्रतिशत (two decimals at most, trailing zeros dropped)."""
    if x is None:
        return "?"
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return f"{s} प्रतिशत" if lang == "hi" else f"{s}%"


# -- names -----------------------------------------------------------------------------------

STATES_HI: dict[str, str] = {
    "Andhra Pradesh": "आंध्र प्रदेश", "Arunachal Pradesh": "अरुणाचल प्रदेश", "Assam": "असम",
    "Bihar": "बिहार", "Chhattisgarh": "छत्तीसगढ़", "Goa": "गोवा", "Gujarat": "गुजरात",
    "Haryana": "हरियाणा", "Himachal Pradesh": "हिमाचल प्रदेश", "Jharkhand": "झारखंड",
    "Karnataka": "कर्नाटक", "Kerala": "केरल", "Madhya Pradesh": "मध्य प्रदेश",
    "Maharashtra": "महाराष्ट्र", "Manipur": "मणिपुर", "Meghalaya": "मेघालय", "Mizoram": "मिजोरम",
    "Nagaland": "नगालैंड", "Odisha": "ओडिशा", "Orissa": "ओडिशा", "Punjab": "पंजाब",
    "Rajasthan": "राजस्थान", "Sikkim": "सिक्किम", "Tamil Nadu": "तमिलनाडु", "Telangana": "तेलंगाना",
    "Tripura": "त्रिपुरा", "Uttar Pradesh": "उत्तर प्रदेश", "Uttarakhand": "उत्तराखंड",
    "West Bengal": "पश्चिम बंगाल", "Delhi": "दिल्ली", "NCT OF Delhi": "दिल्ली",
    "Jammu & Kashmir": "जम्मू-कश्मीर", "Jammu and Kashmir": "जम्मू-कश्मीर", "Puducherry": "पुडुचेरी",
    "Chandigarh": "चंडीगढ़", "Ladakh": "लद्दाख",
}


def display_name(name: str | None) -> str:
    """A reference name as people write it: all-capitals names are title-cased."""
    if not name:
        return "?"
    name = " ".join(name.replace("_", " ").split())
    return name.title() if name.isupper() else name


def state_name(state: str | None, lang: str) -> str:
    if not state:
        return ""
    pretty = display_name(state)
    if lang == "hi":
        return STATES_HI.get(pretty, STATES_HI.get(state, pretty))
    return pretty


def party_name(party: str | None, lang: str) -> str:
    if not party:
        return "निर्दलीय" if lang == "hi" else "no party"
    return party


# -- the election ----------------------------------------------------------------------------

_HOUSE = {"en": {"LS": "Lok Sabha", "VS": "assembly"}, "hi": {"LS": "लोकसभा", "VS": "विधानसभा"}}
_KIND = {"en": {"general": "election", "bye": "by-election"}, "hi": {"general": "चुनाव", "bye": "उपचुनाव"}}


def election_label(
    election: Election | None, lang: str, *, contest: Contest | None = None, claim: Claim | None = None,
    state: str | None = None, house: str | None = None, year: int | None = None,
) -> str:
    """"2017 Uttar Pradesh assembly election, Noorpur" / "2017 उत्तर प्रदेश विधानसभा चुनाव, नूरपुर".

    A Hindi label names the constituency as the claim wrote it (the reference writes names in
    Latin letters).
    """
    lang = "hi" if lang == "hi" else "en"
    if election is None and not (year or house or state):
        return ""  # nothing resolved: the explanation starts with its reason
    if election is not None:
        year, house, state, kind = election.year, election.house, state or election.state, election.kind
    else:
        kind = "general"
    parts = [str(year) if year else "", state_name(state, lang), _HOUSE[lang].get(house or "", ""),
             _KIND[lang][kind]]
    label = " ".join(p for p in parts if p)
    if state is None and election is None and house == "LS":
        label += " (अखिल भारतीय)" if lang == "hi" else " (all India)"
    if contest is not None:
        written = written_place(claim, contest) if lang == "hi" else None
        label += f", {written or display_name(contest.constituency.name)}"
    return label


def written_place(claim: Claim | None, contest: Contest) -> str | None:
    """The claim's own words for the contest's seat, or None where the text wrote none for it: a
    person's own seat, found when they did not stand in the place the text named, is not that
    place (the reference writes names in Latin letters, so Hindi labels prefer the text's)."""
    written = claim.constituency if claim is not None else None
    if written is None or not written.text or contest.constituency.id not in written.ids:
        return None
    return written.text


# -- rows ------------------------------------------------------------------------------------

_ORDINAL_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
_ORDINAL_HI = {1: "पहले", 2: "दूसरे", 3: "तीसरे", 4: "चौथे", 5: "पांचवें", 6: "छठे"}


def ordinal(n: int | None, lang: str) -> str:
    if n is None:
        return "?"
    if lang == "hi":
        return _ORDINAL_HI.get(n, f"{n}वें")
    if n in _ORDINAL_EN:
        return _ORDINAL_EN[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def row_name(row: Row, lang: str, claim: Claim | None = None) -> str:
    """The row's candidate; in Hindi, the name as the claim wrote it when the claim is about
    this very row (its subject)."""
    if (
        lang == "hi" and claim is not None and claim.subject is not None
        and claim.subject.kind == "candidate" and row.id in claim.subject.ids and claim.subject.text
    ):
        return claim.subject.text
    return display_name(row.candidate)


def row_phrase(row: Row, lang: str, claim: Claim | None = None) -> str:
    """What one row records: "Lokendra Singh (BJP) won with 79,172 votes" /
    "लोकेंद्र सिंह (BJP) 79,172 वोट पाकर जीते"."""
    name = row_name(row, lang, claim)
    party = party_name(row.party, lang)
    votes = fmt_int(row.votes, lang)
    if lang == "hi":
        if row.position == 1:
            return f"{name} ({party}) {votes} वोट पाकर जीते"
        return f"{name} ({party}) {votes} वोट पाकर {ordinal(row.position, lang)} स्थान पर रहे"
    if row.position == 1:
        return f"{name} ({party}) won with {votes} votes"
    return f"{name} ({party}) finished {ordinal(row.position, lang)} with {votes} votes"


def result_phrase(contest: Contest, lang: str, claim: Claim | None = None, also: list[Row] | None = None) -> str:
    """The winner and runner-up (and any other rows named in ``also``), joined."""
    rows: list[Row] = []
    for r in [contest.winner, contest.runner_up, *(also or [])]:
        if r is not None and all(r.id != x.id for x in rows):
            rows.append(r)
    rows.sort(key=lambda r: (r.position is None, r.position or 0))
    sep = "; "
    return sep.join(row_phrase(r, lang, claim) for r in rows)


# -- sentences -------------------------------------------------------------------------------

MESSAGES: dict[str, dict[str, str]] = {
    "claim_holds": {"en": "the claim '{claim}' holds", "hi": "दावा '{claim}' सही है"},
    "claim_fails": {"en": "the claim '{claim}' does not hold", "hi": "दावा '{claim}' गलत है"},
    "leading": {
        "en": "Leading claims are judged against the final result.",
        "hi": "'आगे' होने के दावे अंतिम नतीजे से जांचे जाते हैं।",
    },
    "home_state": {
        "en": "The text names no state; {state} is {party}'s: nearly all its assembly seats are there.",
        "hi": "दावे में राज्य का नाम नहीं है; {party} की लगभग सभी विधानसभा सीटें {state} में हैं, इसलिए वही राज्य लिया गया।",
    },
    "bye_month_unknown": {
        "en": "The record does not give this by-election's month; the by-election of that year was taken.",
        "hi": "रिकॉर्ड में इस उपचुनाव का महीना नहीं है; उस वर्ष का उपचुनाव लिया गया।",
    },
    "match": {
        "en": "Matched '{name}' in the record, {score}/100.",
        "hi": "रिकॉर्ड में '{name}' से मिलान किया गया ({score}/100)।",
    },
    "no_record": {
        "en": "The reference has no record to check this claim against.",
        "hi": "इस दावे को जांचने के लिए रिकॉर्ड में कोई आंकड़ा नहीं मिला।",
    },
    "ambiguous_winner": {
        "en": "the record is ambiguous about who won (no single first-placed row)",
        "hi": "रिकॉर्ड से साफ नहीं है कि कौन जीता (पहले स्थान पर एक से अधिक या कोई पंक्ति नहीं)",
    },
    "seats_missing": {
        "en": "the reference holds {held} of the {total} seats the text counts, and the missing ones could make up the difference, so the claim is not called false",
        "hi": "संदर्भ में पाठ की गिनी {total} सीटों में से {held} ही दर्ज हैं, और छूटी सीटें अंतर पूरा कर सकती हैं, इसलिए दावे को गलत नहीं कहा गया",
    },
    "no_row": {
        "en": "the record has no candidate of {who} in this contest",
        "hi": "इस मुकाबले में {who} का कोई उम्मीदवार रिकॉर्ड में नहीं है",
    },
    "missing_field": {
        "en": "the record lacks {what} for {who}",
        "hi": "रिकॉर्ड में {who} के {what} नहीं हैं",
    },
    "opponent_missing": {
        "en": "{opp} has no row in this contest, so the record cannot confirm the defeat of {opp}",
        "hi": "इस मुकाबले में {opp} की कोई पंक्ति नहीं है, इसलिए {opp} की हार की पुष्टि नहीं हो सकती",
    },
}

_WHAT = {
    "votes": {"en": "the vote count", "hi": "वोट"},
    "position": {"en": "the finishing position", "hi": "स्थान के आंकड़े"},
    "turnout": {"en": "the turnout", "hi": "मतदान प्रतिशत के आंकड़े"},
    "vote_share": {"en": "the vote share", "hi": "वोट प्रतिशत के आंकड़े"},
    "valid_votes": {"en": "the total of valid votes", "hi": "कुल वैध मतों के आंकड़े"},
}


def what(key: str, lang: str) -> str:
    return _WHAT[key]["hi" if lang == "hi" else "en"]


def say(key: str, lang: str, **kw) -> str:
    """One sentence from :data:`MESSAGES`, in ``lang`` (English for anything but Hindi)."""
    return MESSAGES[key]["hi" if lang == "hi" else "en"].format(**kw)


def verdict_clause(ok: bool, claim_text: str, lang: str) -> str:
    return say("claim_holds" if ok else "claim_fails", lang, claim=claim_text)


def sentence(*parts: str, lang: str) -> str:
    """Join clauses with an em dash and close the sentence (। in Hindi, . in English)."""
    body = " — ".join(p.strip() for p in parts if p and p.strip())
    body = body.rstrip(" .।")
    return body + ("।" if lang == "hi" else ".")


def compose(lang: str, label: str, *sentences: str) -> str:
    """"<election>: <sentence> <sentence> …"."""
    text = " ".join(s.strip() for s in sentences if s and s.strip())
    return f"{label}: {text}" if label else text


_OUTCOME_WORDS = {
    "en": {"won": "{s} won", "held": "{s} held the seat", "lost": "{s} lost",
           "won_opp": "{s} defeated {o}", "held_opp": "{s} defeated {o}", "lost_opp": "{s} lost to {o}"},
    "hi": {"won": "{s} की जीत", "held": "सीट {s} के पास थी", "lost": "{s} की हार",
           "won_opp": "{s} ने {o} को हराया", "held_opp": "{s} ने {o} को हराया", "lost_opp": "{s} की {o} से हार"},
}


def outcome_words(subject: str, outcome: str, lang: str, opponent: str | None = None) -> str:
    """The claim restated: "SP won" / "सपा की जीत" / "A defeated B"."""
    table = _OUTCOME_WORDS["hi" if lang == "hi" else "en"]
    key = (outcome if outcome in ("won", "held", "lost") else "won") + ("_opp" if opponent else "")
    return table[key].format(s=subject, o=opponent)


# Notes the resolver leaves as keys (``res.notes``) rather than sentences.
NOTE_KEYS = ("leading", "bye_month_unknown")


def note_sentence(note: str, lang: str) -> str:
    """A resolver note as a sentence: a known key (``key`` or ``key:arg=value;…``) is phrased in
    ``lang``; anything else is already a sentence and is passed through."""
    key, _, args = note.partition(":")
    if key == "home_state":
        kw = dict(a.split("=", 1) for a in args.split(";"))
        return say(key, lang, party=kw["party"], state=state_name(kw["state"], lang))
    return say(note, lang) if note in NOTE_KEYS else note
