"""Claim patterns applied to one sentence: triggers, who they are about, where, and what figure.

The entry point of the per-sentence rules (:func:`extract_sentence`, :func:`sentence_hints`).
The rules, in the order they run:

1. **Actors** (``claims.actors``).  Party, alliance and candidate mentions are grouped: a party
   right before a candidate is that candidate's party; the candidate is the actor.  The
   postposition after an actor says its role in Hindi.
2. **Triggers** (``claims.triggers``).  Each language's trigger expressions are found;
   overlapping matches keep the earliest and longest, and triggers whose words state no result
   are dropped.
3. **Roles** (windows in ``claims.triggers``, subjects in ``claims.roles``, carried subjects
   here).  A trigger's window runs back to the previous trigger or clause break; its subject
   is the agent / dative / genitive the trigger wants (Hindi) or the nearest actor before it
   (English; after it for passives).  Coordinated actors are each a subject.  A clause with no
   actor of its own carries the previous clause's subject.
4. **Places and figures** (here, ``claims.places``, ``claims.figures``).  Constituencies in the
   trigger's window (before or after it) give one claim each ("BJP lost Phulpur and Gorakhpur");
   the number a trigger needs is the nearest one in its window.
5. **Sentence rules** (``claims.sentence_rules``).  Claims no single trigger makes, margin
   directions, counts of seats, the house size.

What is left for the document context (``claims.context``): the election (year, kind, house),
"here"/"यहां", and constituencies named in earlier sentences.
"""
from __future__ import annotations

import re

from claims.actors import CANDIDATE_NOUNS_HI, Actor, group_actors, unknown_people, written_name
from claims.figures import nearest_number, seat_number, winners_count
from claims.model import Claim, ElectionHints, Mention, NumberMention
from claims.patterns_loader import Patterns, nukta_agnostic, with_first_char_test
from claims.places import is_aside
from claims.roles import pick_subjects
from claims.sentence_input import SentenceInput
from claims.sentence_rules import (actor_candidacies, close_contest_counts, elliptical_tallies, held_by_title,
                                   house_size, margin_direction, seat_level_outcomes, streaks)
from claims.triggers import CUTTING, find_triggers, Hit, window_end, window_start, document_triggers

# Imported from here by ``claims.component``.
__all__ = ["SentenceInput", "document_triggers", "extract_sentence", "sentence_hints"]


MAX_MENTIONS = 400
_RELATIVE_START = re.compile(r"^\W*(?:who|which|जो|जिन्होंने|जिसने)\b", re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s*,?\s*(?:who|whom|जो|जिन्होंने|जिन्हें)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)
_FRONTED_PARTICIPLE = re.compile(r"\s*(?:(?:Since|After|By|On)\s+)?(?:winning|losing|bagging|securing|having won)\b",
                                 re.IGNORECASE)
_PRONOUN = with_first_char_test(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:उसे|उसने|उसको|इसे|इसने|उन्हें|उन्होंने|वह|वो|it|its|they|their|he|she|himself|herself)"
                                r"(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)
_BARE_NAME = re.compile(r"(?<![\w'’])((?!(?:The|A|An|In|On|At|He|She|They|It|This|That|Who|But|And|After|Since)\b)"
                        r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2})\s*,?\s*(?:who\s+|which\s+)?(?:has\s+|had\s+)?$")
_PERSONAL = with_first_char_test(r"\b(?:he|she|himself|herself)\b", re.IGNORECASE)
# A common noun as the agent ("उम्मीदवार ने", "प्रत्याशी ने"): the clause's subject is someone unnamed
_NOUN_AGENT = re.compile(rf"{CANDIDATE_NOUNS_HI}\s+ने(?![\w\u0900-\u0963\u0966-\u097F])")
_AN_ELECTION = re.compile(r"\s+(?:a|an)\s+(?:Lok Sabha\s+|assembly\s+|parliamentary\s+|Assembly\s+)?(?:election|poll)\b",
                          re.IGNORECASE)
_LEAD_NAME = re.compile(r"\s*((?!(?:The|A|An|In|On|At|He|She|They|It|This|That|But|And|After|Since)\b)"
                        r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,}){0,2}),\s+(?:a|an|the|who)\s")
_WON_BY = re.compile(r"\s+won\s+by\s+(?:the\s+)?", re.IGNORECASE)
_OTHERS = with_first_char_test(nukta_agnostic(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:others|other parties|the rest|independents|अन्य|बाकी|बाक़ी)(?![\w\u0900-\u0963\u0966-\u097F])"),
                               re.IGNORECASE)
_VOTES_AFTER = re.compile(r"\s*(?:and\s+[\d,]+\s+)?(?:votes?|वोट|मत)(?![\w\u0900-\u0963\u0966-\u097F])", re.IGNORECASE)
_MODAL = with_first_char_test(nukta_agnostic(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:होंगी|होगी|होंगे|करनी|करने होंगे|ज़रूरत|जरूरत|needs?|required|must|magic number|जादुई)(?![\w\u0900-\u0963\u0966-\u097F])"),
                              re.IGNORECASE)
# A result reported as just happened: "जीत दर्ज की है", "हरा दिया है", "has won".
_PRESENT_PERFECT = re.compile(
    r"^\s*(?:[\u0900-\u0963\u0966-\u097F]+\s+){0,3}?(?:है|हैं)(?![\w\u0900-\u0963\u0966-\u097F])|^\s*(?:has|have)\b", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"^\s*(?:[\u0900-\u0963\u0966-\u097F]+\s+){0,3}?(?:था|थी|थे|थीं)(?![\w\u0900-\u0963\u0966-\u097F])")
_HAD_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?$")  # "had won", "had narrowly lost": the past perfect
_ELECTION_WORD = with_first_char_test(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:election|polls?|चुनाव|इलेक्शन)", re.IGNORECASE)
_ALL_SEATS = re.compile(r"(?:सभी|सारी|सभी की सभी)\s+(?:[\d०-९]+\s+)?(?:सीटों|सीटें|सीट)|\ball\s+(?:the\s+)?(?:\w+\s+)?(?:seats|constituencies)\b"
                        r"|\bevery\s+seat\b", re.IGNORECASE)
# Words that put a tally over part of a state: districts, regions, phases, "of which" (a subset
# of seats the sentence named)
_PART_OF_STATE = with_first_char_test(
    nukta_agnostic(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:districts?|region|belt|phase|of which|of these|of them|"
    r"जिले|जिला|ज़िले|ज़िला|जिलों|क्षेत्र की|अंचल|चरण|इनमें से|जिनमें से|इन सीटों)(?![\w\u0900-\u0963\u0966-\u097F])"),
    re.IGNORECASE)
_PLACE_TITLE = re.compile(r"\s+(?:MLA|MP|विधायक|सांसद)(?![\w\u0900-\u0963\u0966-\u097F])")
_JOINS_CLAUSE_HI = re.compile(r",|(?<![\u0900-\u097F])(?:और|तथा|एवं|जबकि)(?![\u0900-\u097F])")
_COMMA_GAP = re.compile(r"\s*,\s*")


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
    unknown = unknown_people(s)
    if unknown:  # (the mentions are in text order; the unknown people join them there)
        s.mentions = sorted([m for m in s.mentions if not any(u.start <= m.start and m.end <= u.end
                                                              and m.kind == "constituency" for u in unknown)]
                            + unknown, key=lambda m: m.start)
    actors = group_actors(s)
    consts = [m for m in s.mentions if m.kind == "constituency"]
    hits = find_triggers(s, pats)
    claims: list[Claim] = []
    prev_subjects: list[Actor] = []
    seen: set[tuple] = set()
    part_of_state: str | None | bool = False  # the sentence's part-of-state words, read once (False: not yet)

    def emit(kind: str, hit: Hit | None, subj: Actor | None, const: Mention | None, lo: int, hi: int,
             window: tuple[int, int] | None = None, **kw) -> Claim:
        span_lo, span_hi = (min(lo, subj.start), max(hi, subj.end)) if subj else (lo, hi)
        c = Claim(type=kind, start=span_lo, end=span_hi, sentence_start=s.start, sentence_end=s.end,
                  lang=s.lang, subject=subj.head if subj else None, constituency=const,
                  party=subj.party if subj else None, pattern=hit.trigger.id if hit else "actor",
                  clause_start=(window or (lo, hi))[0], clause_end=(window or (lo, hi))[1], **kw)
        key = (kind, c.subject.name if c.subject else None, const.name if const else None, c.outcome,
               c.number.value if c.number else None, c.hints.house)
        if key not in seen:
            seen.add(key)
            claims.append(c)
        return c

    for idx, hit in enumerate(hits):
        t = hit.trigger
        lo = window_start(s, hits, idx, pats)
        hi = window_end(s, hits, idx, pats)
        left = [a for a in actors if lo <= a.head.start and a.head.end <= hit.start and a.marker not in ("kin", "against")
                and (not (a.object_of == idx - 1 and t.type in ("outcome", "margin", "votes") and s.lang == "en")
                     or _WHO_AFTER.match(s.text, a.end))]
        right = [a for a in actors if hit.end <= a.head.start and a.head.end <= hi and a.marker != "kin"]
        subjects, opponents = pick_subjects(s, hit, left, right)
        if not subjects and not left and prev_subjects and t.type in ("outcome", "votes", "margin", "rank", "seats",
                                                                     "vote_share") \
                and _carries_subject(s, hits, idx, lo, prev_subjects):
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
            if name is None and not subjects:
                # "Roy, a former BJP vice-president who joined the TMC …, was elected MLA from C":
                # the sentence opens with the name and an apposition
                name = _LEAD_NAME.match(s.text, s.start, hit.start)
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
            number = nearest_number(s, hit, lo, hi, percent=False,
                                     prefer="right" if t.type == "margin" and s.lang == "en" else "left")
        elif t.type == "seats" and t.id.endswith("account"):
            # "कांग्रेस का खाता खुला" (opened its account): at least one seat; "खाता नहीं खुला": none
            opened = not t.id.endswith("no_account")
            number = NumberMention(hit.start, hit.end, s.text[hit.start:hit.end], 0.0,
                                   qualifier="more" if opened else None)
        elif t.type == "seats":
            number = seat_number(s, hit, lo, hi)
        elif t.type in ("vote_share", "turnout"):
            number = nearest_number(s, hit, lo, hi, percent=True)
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
        before = [h for h in hits[:idx] if h.end <= lo and h.trigger.type in CUTTING]
        clause_start = before[-1].start if before and s.text[before[-1].end:lo].strip() == "" else lo
        if t.type == "seats" and not pats.result_words.search(s.text[clause_start:clause_end]):
            continue  # "27 सीटों पर चुनाव हुए", "59 seats are going to polls --": no result word, not a tally
        if t.type == "seats" and _MODAL.search(s.text[lo:s.end]):
            continue  # "बहुमत के लिए 202 सीटें हासिल करनी होंगी", "needs 202 seats": not a result
        kw = dict(outcome=t.outcome, number=number)
        fresh = bool(_PRESENT_PERFECT.match(s.text[hit.end:hi])) or bool(
            pats.time["now"].search(s.text[lo:hi]))
        past = bool(_PAST_PERFECT.match(s.text[hit.end:hi])) or _had_before(s.text, lo, hit.start)
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
            count = winners_count(s, hit)
            if count is not None:  # "AIMIM के पांच विधायक चुनाव जीते", "the SP had won only nine"
                t_type, kw["number"] = "seats", count
                number = count
            elif _all_seats_near(s, hit):
                t_type, all_seats = "seats", True  # "सभी सीटों पर बीजेपी ने कब्जा", "won all the seats"
        here = [c for c in consts if lo <= c.start and c.end <= hi and not is_aside(s, c, consts)
                and not _PLACE_TITLE.match(s.text, c.end)]  # "Azamgarh MP Akhilesh, who won Karhal"
        first = min((a.start for a in subjects if a.end <= hit.start), default=None)
        if first is not None and idx > 0:
            # "SP won Karhal, BJP won Rampur": Karhal closed the clause before BJP's
            here = [c for c in here if not (c.end <= first and hits[idx - 1].end <= c.start
                                            and _COMMA_GAP.fullmatch(s.text[c.end:first]))]
        if s.lang == "hi":
            after = [c for c in here if c.start >= hit.end]
            if after and _JOINS_CLAUSE_HI.search(s.text, hit.end, after[0].start):
                # Hindi puts the place before its verb: "अमेठी से स्मृति ईरानी हारीं और कैराना से
                # इकरा हसन जीतीं" — Kairana, past the "और", is the next clause's.
                here = [c for c in here if c.start < hit.end]
        span_lo = min([hit.start] + ([number.start] if number else []) + [c.start for c in here])
        span_hi = max([hit.end] + ([number.end] if number else []) + [c.end for c in here])
        election_word = bool(_ELECTION_WORD.search(s.text[lo:hi]))
        if not here and t_type == "outcome" and not any(a.head.kind == "candidate" for a in subjects):
            # The places named earlier in the sentence ("… ने कैराना और नूरपुर में जीत के लिए पूरा जोर
            # लगाया था लेकिन संयुक्त विपक्ष बीजेपी पर भारी पड़ गया"); never those of later clauses.
            # Not when the clause names a state or an election of its own ("after the BJP won
            # the Uttar Pradesh assembly election"): that is a state-wide claim.
            if not any(m.kind == "state" and lo <= m.start < hi for m in s.mentions) and not election_word:
                here = [c for c in consts if c.end <= hit.start and not is_aside(s, c, consts)]
        if t_type in ("candidacy", "votes", "margin", "rank"):
            subjects = [a for a in subjects if a.head.kind != "alliance"]
            if not subjects and t_type == "candidacy":
                continue
        if (t_type == "outcome" and opponents and subjects and all(a.head.kind == "alliance" for a in subjects)
                and opponents[0].head.kind != "alliance"):
            # "संयुक्त विपक्ष बीजेपी पर भारी पड़ गया": the record can say that BJP lost.
            subjects, opponents = opponents, []
            kw["outcome"] = "lost" if kw.get("outcome") == "won" else "won"
        any_election = t_type == "outcome" and bool(_AN_ELECTION.match(s.text, hit.end))
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
                c.election_word = election_word
                c.all_seats = all_seats
                c.any_election = any_election
                if all_seats and (c.constituency is not None or consts):
                    # "झांसी … बीजेपी ने जीती हैं सभी सीटें": all the seats of a district or city,
                    # which the reference does not group
                    c.part_of_state = (c.constituency or consts[0]).text
                    c.constituency = None
                if t_type in ("seats", "vote_share") and const is None:
                    if part_of_state is False:
                        part = _PART_OF_STATE.search(s.text[s.start:s.end])
                        part_of_state = part.group(0) if part else None
                    c.part_of_state = part_of_state
                c.hints.leading = t.leading
                c.hints.fresh = fresh
                c.hints.past = past
                if opponents and subj is not None and opponents[0].head.name == subj.head.name:
                    opponents = []  # "NCP lost to NCP" reads nothing right: no opponent
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
        if subjects and not t.object_wins:  # (in "X, who led the BJP to a second term, lost", X goes on)
            prev_subjects = subjects
    held_by_title(s, claims, actors, emit)
    elliptical_tallies(s, claims, actors)
    margin_direction(claims)
    seat_level_outcomes(claims)
    streaks(s, claims)
    claims[:] = close_contest_counts(s, claims)
    # A claim needs someone it is about; and "X ने 92 सीटों पर जीत हासिल की" says it with the
    # tally, not as a second, vaguer outcome claim.
    tallied = {c.subject.name for c in claims if c.type == "seats" and c.subject is not None and c.number}
    tallied.discard(None)
    claims[:] = [c for c in claims if (c.subject is not None or c.type in ("seats", "turnout") or c.seat_count is not None)
                 and not (c.type == "outcome" and c.constituency is None and c.subject is not None and c.subject.name in tallied)]
    size = house_size(s)
    for c in claims:
        c.seats_total = size
        if c.subject is not None:
            c.subject_written = written_name(s.text, c.subject)
    if any(c.hints.fresh for c in claims):  # one event: "X ने Y को N वोट से हरा दिया है"
        for c in claims:
            c.hints.fresh = True
    actor_candidacies(s, actors, consts, emit)
    return claims


def _carries_subject(s: SentenceInput, hits: list[Hit], idx: int, lo: int, prev_subjects: list[Actor]) -> bool:
    """Whether the clause of ``hits[idx]`` (its window opening at ``lo``) may take the previous
    clause's subject, where it names none of its own."""
    hit = hits[idx]
    head = s.text[lo:hit.start]
    if hit.trigger.type == "seats":
        # A tally does not carry its subject across "while", unless a pronoun points back
        # ("… 16 सीटों पर उम्मीदवार उतारे थे और इसमें से उसे 6 सीटों पर जीत मिली").
        prev_cut = [h for h in hits[:idx] if h.trigger.type in CUTTING]
        natural_lo = prev_cut[-1].end if prev_cut else s.start
        if lo != natural_lo and not _PRONOUN.search(head):
            return False
    if s.lang == "hi" and _NOUN_AGENT.search(head):
        return False  # "… और 7 बार हारे उम्मीदवार ने जीत हासिल की": the clause names its own agent
    if s.lang == "en" and prev_subjects and prev_subjects[-1].head.kind != "candidate" and _PERSONAL.search(head):
        return False  # "… to victory but himself lost": a person, not the party before
    return True


def _had_before(text: str, lo: int, hi: int) -> bool:
    """"had won", "had narrowly lost": the past perfect, ``text[lo:hi]`` ending in "had" (and an
    adverb).  The regex needs the word "had": a substring test rules most windows out first."""
    return text.find("had", lo, hi) >= 0 and _HAD_BEFORE.search(text[lo:hi]) is not None


# The words every Hindi match of _ALL_SEATS holds (its English matches hold Latin letters)
_ALL_SEATS_HI = ("सभी", "सारी")


def _all_seats_near(s: SentenceInput, hit: Hit) -> bool:
    """"सभी सीटों पर", "won all the seats" within 40 characters of the trigger (in its sentence)."""
    lo, hi = max(s.start, hit.start - 40), min(s.end, hit.end + 40)
    return s.may_hold(lo, hi, _ALL_SEATS_HI) and _ALL_SEATS.search(s.text[lo:hi]) is not None


# The relative times a sentence may state, in the order they are looked for: (key, cue name)
_RELATIVE_TIMES = tuple((key, f"time.{key}") for key in ("last_year", "previous", "this_time", "then"))


def sentence_hints(s: SentenceInput, pats: Patterns) -> ElectionHints:
    """What one sentence itself says about its election: year, relative time, kind, house."""
    h = ElectionHints()
    cues = s.cue_names(pats)
    if s.years:
        h.year = s.years[0][2]
        h.year_source = "explicit"
    if h.year is None:
        for key, cue in _RELATIVE_TIMES:
            if cue in cues:
                h.year_source = key
                break
    if "kind.bye" in cues:
        h.kind = "bye"
    elif "kind.general" in cues:
        h.kind = "general"
    ls, vs = "house.LS" in cues, "house.VS" in cues
    if ls and not vs:
        h.house = "LS"
    elif vs and not ls:
        h.house = "VS"
    return h
