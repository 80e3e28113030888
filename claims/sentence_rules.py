"""Rules over a whole sentence's claims, run after each trigger has made its own.

They add the claims no single trigger makes ("Rampur MLA Azam Khan" held the seat; "BJP won 105
seats, Shiv Sena 56 …"; a run of wins; "BJP candidate X" stood), give a margin the direction of
the sentence's outcome, join a count of seats to a margin claim, and read the house size the
sentence states.
"""
from __future__ import annotations

import re

from claims.actors import Actor
from claims.model import Claim, ElectionHints, Mention, NumberMention
from claims.sentence_input import SentenceInput


_SEAT_TITLE = re.compile(r"^\s*(?:(?:से|की|के)\s+)?(?:sitting\s+|former\s+|पूर्व\s+)?(?:MLA|MP|विधायक|सांसद)\s*$",
                         re.IGNORECASE)
_TITLE_OF_SEAT = re.compile(r"^\s*,?\s*(?:the\s+)?(?:sitting\s+)?(?:MLA|MP|legislator)\s+(?:from|of)\s+(?:the\s+)?$",
                            re.IGNORECASE)


def held_by_title(s: SentenceInput, claims: list[Claim], actors: list[Actor], emit) -> None:
    """"Rampur MLA Azam Khan", "करहल से विधायक अखिलेश यादव", "Girish Mahajan, the MLA from
    Jamner": the person held that seat (POLICY: "X was the MLA from C" is an outcome claim)."""
    if any(c.outcome == "held" for c in claims):
        return
    places = [m for m in s.mentions if m.kind == "constituency"]
    if s.lang == "en":
        _held_both(s, places, emit)
    people = [a for a in actors if a.head.kind == "candidate" and a.head.ids]
    for a in people:
        for p in places:
            before = p.end <= a.head.start and _SEAT_TITLE.match(s.text[p.end:a.head.start])
            after = a.head.end <= p.start and _TITLE_OF_SEAT.match(s.text[a.head.end:p.start])
            if before or after:
                c = emit("outcome", None, a, p, min(p.start, a.start), max(p.end, a.end), outcome="held")
                c.pattern = "held-title"
                break


# "Azam, who is now both Rampur MP and MLA": a name the index will not take alone, and the seat
# it holds in one house or both
_WHO_HOLDS = re.compile(r"([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2}),?\s+who\s+is\s+(?:now\s+)?(?:both\s+)?(?:the\s+)?$")
_HOUSE_TITLES = re.compile(r"\s+(MP|MLA)(?:\s+and\s+(MP|MLA))?\b")


def _held_both(s: SentenceInput, places: list[Mention], emit) -> None:
    for p in places:
        who = _WHO_HOLDS.search(s.text, max(s.start, p.start - 60), p.start)
        titles = _HOUSE_TITLES.match(s.text, p.end)
        if not who or not titles:
            continue
        a, b = who.span(1)
        known = [m for m in s.mentions if m.start < b and a < m.end]
        if known and (len(known) > 1 or known[0].kind != "candidate"):
            continue
        person = known[0] if known else Mention(kind="candidate", start=a, end=b, text=s.text[a:b], ids=(),
                                                name=s.text[a:b], score=0.0)
        actor = Actor(head=person, start=person.start, end=person.end)
        for title in filter(None, titles.groups()):
            c = emit("outcome", None, actor, p, a, titles.end(), outcome="held",
                     hints=ElectionHints(house="LS" if title == "MP" else "VS"))
            c.pattern = "held-title"


# What stands between a party and its count in a list: "Shiv Sena 56", "the Congress managed just
# 17", "the BJP was reduced to 25", "सपा को पांच"
_ELLIPSIS_GAP = re.compile(r"^\s*(?:[’']s)?\s*(?:(?:(?:was|were|is|are)\s+)?(?:ahead|leading)\s+in|in|with|got|won|bagged|secured|on|managed|(?:was\s+|were\s+)?(?:reduced|restricted|limited)\s+to"
                           r"|को|ने|के खाते में|के हिस्से)?\s*(?:just|only|a\s+mere|merely|सिर्फ|केवल)?\s*$", re.IGNORECASE)


def elliptical_tallies(s: SentenceInput, claims: list[Claim], actors: list[Actor]) -> None:
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
        nxt = [n for n in s.numbers if n.start >= a.end and n.start - a.end <= 24 and not n.percent]
        if not nxt or id(nxt[0]) in used or not _ELLIPSIS_GAP.match(s.text[a.end:nxt[0].start]):
            continue
        n = nxt[0]
        if not _a_seat_count(n):
            continue
        c = _list_tally(s, a, n, first, s.end, claims, used, talliers)
        # "with the Congress ahead in 37": a counting-day figure, judged on the final result
        c.hints.leading = first.hints.leading or bool(_LEADING_GAP.search(s.text, a.end, n.start))
    if s.lang == "hi" and first.subject is not None:
        _gapped_tallies(s, claims, actors, first, used, talliers)


_LEADING_GAP = re.compile(r"\b(?:ahead|leading)\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,|और|तथा|एवं)\s*")


def _gapped_tallies(s: SentenceInput, claims: list[Claim], actors: list[Actor], first: Claim, used: set,
                    talliers: set) -> None:
    """Hindi gives a list's counts before the noun they share: "सपा को पांच और बसपा को दस सीटें" is
    SP's five as well as BSP's ten. Walks back from the tally's subject over "X को N और"."""
    follow = first.subject.start
    for a in reversed([a for a in actors if a.end <= first.subject.start]):
        if a.end > follow:
            continue
        if a.head.kind not in ("party", "alliance") or a.head.name in talliers:
            break
        between = [n for n in s.numbers if a.end <= n.start and n.end <= follow and not n.percent]
        if len(between) != 1 or id(between[0]) in used:
            break
        n = between[0]
        if not (_ELLIPSIS_GAP.match(s.text[a.end:n.start]) and _LIST_JOIN.fullmatch(s.text[n.end:follow])
                and _a_seat_count(n)):
            break
        c = _list_tally(s, a, n, first, first.clause_end, claims, used, talliers)
        c.hints.leading, c.hints.fresh, c.hints.past = first.hints.leading, first.hints.fresh, first.hints.past
        follow = a.start


def _a_seat_count(n: NumberMention) -> bool:
    """A figure that can count seats: a whole number no house exceeds."""
    return float(n.value).is_integer() and n.value <= 600


def _list_tally(s: SentenceInput, a: Actor, n: NumberMention, first: Claim, clause_end: int, claims: list[Claim],
                used: set, talliers: set) -> Claim:
    """The tally of one party of a list (``a``'s ``n`` seats, told beside the ``first`` tally),
    added to ``claims``; its figure and party are taken."""
    c = Claim(type="seats", start=a.start, end=n.end, sentence_start=s.start, sentence_end=s.end,
              lang=s.lang, subject=a.head, number=n, pattern="tally-list",
              clause_start=first.clause_start, clause_end=clause_end)
    claims.append(c)
    used.add(id(n))
    talliers.add(a.head.name)
    return c


def margin_direction(claims: list[Claim]) -> None:
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


def seat_level_outcomes(claims: list[Claim]) -> None:
    """A sentence that states a vote count or a margin is about a seat: a party's win or loss in
    it that names no seat and no election ("The 2021 election saw INC win by over 15,000 votes,
    while AIADMK secured victories in 2016 and 2011") is that seat's, not a state-wide result."""
    if not any(c.type in ("votes", "margin") and c.number is not None for c in claims):
        return
    for c in claims:
        if (c.type == "outcome" and c.constituency is None and not c.election_word
                and c.subject is not None and c.subject.kind in ("party", "alliance")):
            c.seat_level = True


# "लगातार पांच बार", "पांच बार लगातार", "five times in a row / consecutively", "five wins on the
# trot", "five consecutive / straight wins"
_STREAK_AFTER = re.compile(
    r"\s*(?:(?:बार|times?)\s+(?:लगातार|in\s+a\s+row|consecutively|on\s+the\s+trot|straight)"
    r"|(?:consecutive|straight|successive)\s+(?:wins|victories|terms|times|elections)"
    r"|(?:wins|victories|terms)\s+(?:on\s+the\s+trot|in\s+a\s+row))", re.IGNORECASE)
_STREAK_BEFORE = re.compile(r"लगातार\s*$")
_STREAK_BAR = re.compile(r"\s*(?:बार|times?)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)


def streaks(s: SentenceInput, claims: list[Claim]) -> None:
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


def close_contest_counts(s: SentenceInput, claims: list[Claim]) -> list[Claim]:
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


_TOTAL_AFTER = re.compile(r"^\s*(?:में से|सीटों में(?: से)?|सीटों वाल[ीे]|सीटों वाली|सदस्यीय|-member|member)")
_TOTAL_BEFORE = re.compile(r"(?:of the|out of(?: the)?|total of|कुल|of a total of|of its)\s*$", re.IGNORECASE)


def house_size(s: SentenceInput) -> int | None:
    """The size of the house a sentence states: "92 of the 117 seats", "70 में से 62", "117 सीटों
    वाले पंजाब", "of a total of 68 Assembly seats" — which pins the state of a tally."""
    for n in s.numbers:
        if n.percent or not float(n.value).is_integer() or not 20 <= n.value <= 545:
            continue
        if _TOTAL_AFTER.match(s.text[n.end:n.end + 20]) or _TOTAL_BEFORE.search(s.text[max(s.start, n.start - 20):n.start]):
            return int(n.value)
    return None


_CM_CANDIDATE = re.compile(r"(?:सीएम|CM|मुख्यमंत्री|प्रधानमंत्री|PM|chief ministerial|prime ministerial)\s*(?:पद के\s*)?$",
                           re.IGNORECASE)
_GENITIVE_GAP = re.compile(r"^\s*(?:के|की|का)\s*$")
_CONTEST_WORDS = re.compile(r"चुनाव|उपचुनाव|मुकाबल|सीट|मैदान|प्रत्याशी|उम्मीदवार|विधानसभा|लोकसभा")


def actor_candidacies(s: SentenceInput, actors: list[Actor], consts: list[Mention], emit) -> None:
    """Candidacy from the actor itself: "RLD प्रत्याशी तबस्सुम", "समाजवादी पार्टी के नईमुल हसन" (an
    actor that no other claim used), "BJP candidate Radharani Panda"; "BJP MLA Girish Mahajan"
    held the seat."""
    for a in actors:
        if a.party is None or a.head.kind != "candidate":
            continue
        near = [c for c in consts if s.start <= c.start < s.end]
        const = min(near, key=lambda c: abs(c.start - a.start)) if near else None
        gap = s.text[a.party.end:a.head.start]
        if a.held_cue and not a.used:
            # "बीजेपी के दिवंगत विधायक लोकेंद्र सिंह", "BJP MLA Girish Mahajan": X held the seat.
            emit("outcome", None, a, const, a.start, a.end, outcome="held")
        elif a.candidacy_cue and not _CM_CANDIDATE.search(gap.split("उम्मीदवार")[0].split("candidate")[0]) \
                and not (s.lang == "hi" and a.used):
            # "BJP candidate X", "RLD प्रत्याशी तबस्सुम"; in Hindi not where X is the subject of the
            # sentence's result ("AAP के उम्मीदवार दुर्गेश पाठक ने … हरा दिया": the result says it)
            emit("candidacy", None, a, const, a.start, a.end)
        elif (s.lang == "hi" and not a.used and a.marker != "against" and _GENITIVE_GAP.match(gap)
              and _CONTEST_WORDS.search(s.text[s.start:s.end])):
            emit("candidacy", None, a, const, a.start, a.end)  # "मुकाबला सपा के नईमुल हसन और …"
