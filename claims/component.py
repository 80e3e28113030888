"""The ``election_claims`` spaCy component: claim patterns + document context over a whole Doc.

Reads what the earlier components left (``doc.sents``, ``Span._.lang``, ``doc._.numbers``,
``doc._.years``, ``doc._.mentions``, ``doc._.as_of``) and sets ``doc._.claims``: a list of
:class:`claims.model.Claim`, in text order, each with its election hints after context.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from claims.context import DocumentContext, copy_hints
from claims.doctext import doc_text
from claims.extract import SentenceInput, document_triggers, extract_sentence, sentence_hints
from claims.language import sentence_lang
from claims.patterns_loader import load
from claims.sentences import sentence_spans

for _name in ("claims", "as_of"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Years that date something other than an election: "since 2014", "2014 के बाद से".
_NOT_ELECTION_YEAR_AFTER = ("के बाद से", "से लेकर", "से अब तक")
_NOT_ELECTION_YEAR_BEFORE = ("since", "after", "before", "till", "until")


_NOMINAL_RESULT = re.compile(r"(?:की|का)\s+(?:जीत|हार)$")


def _election_years(text: str, years: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out = []
    for y in years:
        after = text[y[1]:y[1] + 12].strip()
        before = text[max(0, y[0] - 8):y[0]].strip().lower()
        if (after.startswith(_NOT_ELECTION_YEAR_AFTER) or before.endswith(_NOT_ELECTION_YEAR_BEFORE)) \
                and not after.lower().startswith(("when", "जब")):
            continue  # "since 2014" is a span of time; "since 1999, when he won" dates a result
        out.append(y)
    return out


def _clause_time(c, hints, s: SentenceInput, pats) -> None:
    """A year belongs to its clause: in "Naimul Hasan won the Noorpur by-election, a seat
    Lokendra Singh had won in 2017", 2017 dates the second claim, not the by-election."""
    if c.clause_start < 0 or not s.years:
        return
    mine = [y for y in s.years if c.clause_start <= y[0] < c.clause_end]
    if mine:
        hints.year, hints.year_source = mine[0][2], "explicit"
    elif hints.year_source == "explicit" and pats.kind["bye"].search(s.text[c.clause_start:c.clause_end]):
        hints.year, hints.year_source, hints.kind = None, None, "bye"


_YEAR_JOIN = re.compile(r"\s*(?:,|और|तथा|एवं|and|&)\s*", re.IGNORECASE)


def _one_per_year(claims: list, s: SentenceInput) -> list:
    """"2017 और 2022 में बीजेपी ने जीती हैं सभी सीटें", "won Noorpur in 2012 and 2017": one claim
    per year of a coordinated list of years in the claim's clause."""
    out = []
    for c in claims:
        out.append(c)
        if c.hints.year_source != "explicit" or c.clause_start < 0:
            continue
        mine = [y for y in s.years if c.clause_start <= y[0] < c.clause_end]
        run = mine[:1]
        for prev, y in zip(mine, mine[1:]):
            if run[-1] is prev and _YEAR_JOIN.fullmatch(s.text[prev[1]:y[0]]):
                run.append(y)
        for y in run[1:]:
            hints = copy_hints(c.hints)
            hints.year = y[2]
            out.append(dataclasses.replace(c, hints=hints, from_context=set(c.from_context)))
    return out


def _share_places(claims: list) -> None:
    """Within a sentence a person's claim takes the place of the claim before it: "BJP retains
    Manjalpur; Satish Patel defeats Congress rival by …" (soft: the resolver falls back to the
    person's own record if they did not stand there)."""
    if len(claims) < 2:
        return  # (one claim has no claim before it)
    last = None
    for c in sorted(claims, key=lambda c: c.start):
        if c.constituency is not None:
            last = c.constituency
        elif last is not None and c.subject is not None and c.subject.kind == "candidate":
            c.constituency = last
            c.from_context.add("constituency")


def _from(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start) that start in [lo, hi): a bisect, not a scan per sentence."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


_MATCH_START = itemgetter(1)  # of a document trigger match (trigger, start, end)


def find_claims(doc: Doc) -> list:
    text = doc_text(doc)
    ctx = DocumentContext(doc._.as_of)
    mentions = sorted(doc._.mentions or [], key=lambda m: m.start)
    numbers = sorted(doc._.numbers or [], key=lambda n: n.start)
    years = sorted(doc._.years or [])
    m_starts, n_starts, y_starts = [m.start for m in mentions], [n.start for n in numbers], [y[0] for y in years]
    out = []
    triggers: dict[str, list] = {}  # per language, found once in the whole text
    for s0, s1 in sentence_spans(doc):
        lang = sentence_lang(doc, s0, s1) or "en"
        pats = load(lang)
        if lang not in triggers:
            triggers[lang] = document_triggers(text, pats)
        matches = triggers[lang]
        lo = bisect_left(matches, s0, key=_MATCH_START)
        s_mentions = [m for m in _from(mentions, m_starts, s0, s1) if m.end <= s1]
        s = SentenceInput(
            text=text, start=s0, end=s1, lang=lang, mentions=s_mentions,
            numbers=[n for n in _from(numbers, n_starts, s0, s1) if n.end <= s1],
            years=_election_years(text, [y for y in _from(years, y_starts, s0, s1) if y[1] <= s1]),
            trigger_matches=[x for x in matches[lo:bisect_left(matches, s1, key=_MATCH_START)] if x[2] <= s1],
        )
        own = sentence_hints(s, pats)
        hints = ctx.sentence(text, s0, s1, own, s_mentions)
        claims = extract_sentence(s, pats)
        _share_places(claims)
        sentence_text = text[s0:s1] if claims else ""
        for c in claims:
            merged = copy_hints(hints)
            merged.leading = c.hints.leading
            merged.fresh = c.hints.fresh
            merged.past = c.hints.past
            merged.house = c.hints.house or merged.house  # "Rampur MP and MLA": each title its house
            _clause_time(c, merged, s, pats)
            if own.year is None and hints.year is not None:
                c.from_context.add("year")
            if own.kind is None and hints.kind is not None:
                c.from_context.add("kind")
            if own.house is None and hints.house is not None:
                c.from_context.add("house")
            c.hints = merged
            ctx.place(c, pats, sentence_text)
        claims = _one_per_year(claims, s)
        # A by-election is always about a seat: a by-election result with no seat named cannot be
        # pinned ("उपचुनाव में बीजेपी को लगातार हार") and is not put forward as a claim.
        # A state's round of by-elections with a count ("BJP won three of the four Tripura
        # bypolls") is a tally over them, and stays.
        claims = [c for c in claims if not (c.constituency is None and c.hints.kind == "bye"
                                            and c.type in ("outcome", "seats")
                                            and (c.subject is None or c.subject.kind != "candidate")
                                            and not (c.type == "seats" and c.number is not None and c.hints.state))]
        # "बीजेपी की जीत", "सपा गठबंधन की हार" as a bare phrase — no seat, no state, no election or
        # year, here or around it — names no result anyone could check, and is left out.
        claims = [c for c in claims if not (
            c.type == "outcome" and c.constituency is None and c.hints.state is None and c.hints.year is None
            and c.hints.kind is None and c.hints.house is None and not c.election_word
            and c.subject is not None and c.subject.kind in ("party", "alliance")
            and _NOMINAL_RESULT.search(text[c.start:c.end]))]
        ctx.saw_constituencies(s_mentions)
        out.extend(claims)
    return out


@Language.component("election_claims", requires=["doc._.mentions", "doc._.numbers"], assigns=["doc._.claims"])
def election_claims(doc: Doc) -> Doc:
    doc._.claims = find_claims(doc)
    return doc
