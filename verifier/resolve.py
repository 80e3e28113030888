"""Which election and which rows a claim is about (POLICY.md, "Which election a claim is about").

The claim pipeline leaves election *hints* (a year and where it came from, a kind, a house, a
state) and mentions resolved to reference ids.  Here they meet the reference:

* a constituency claim → the constituency's contests → the one election the policy's order
  picks (explicit year → relative time → kind/house words → document context → the latest
  election on or before ``as_of``); a place that is both an LS and a VS seat is tried in both
  houses unless the words name one, and the contest where the subject stood wins the tie;
* a candidate named without a place → the candidate's own candidacies → the election the
  hints pick; one claim per seat where a candidate stood in two seats of that election;
* a party's tally or a state-wide result → the state's (or country's) general election.

Nothing here judges: an unresolvable claim gets ``Resolution.unresolved`` with the reason, and
judging turns that into NOT_ENOUGH_INFO.  By-elections whose month the data lacks are ordered
after that year's general election.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from claims.model import Claim, Mention
from reference_db import names, result_months
from reference_db.store import Contest, Election, Reference, Row
from verifier.home_state import HomeStates
from verifier.model import Resolution, Tally

# A candidate's name must match a row of the contest at least this well (0..100, on name keys).
NAME_CUTOFF = 80.0
# A person's latest contest older than this many years before the text is not assumed to be
# the one a year-less sentence means (a Lok Sabha or assembly term is five years).
STALE_YEARS = 6
# Generic opposition words ("गठबंधन", "विपक्ष", "the opposition") are the joint candidate against
# the party the sentence names; with no such party they cannot be pinned.
GENERIC_ALLIANCES = {"OPPOSITION", "GATHBANDHAN", "ALLIANCE"}

HOUSE_WORD = {"LS": ("Lok Sabha", "लोकसभा"), "VS": ("assembly", "विधानसभा")}


def declared_by(e: Election, as_of: date) -> bool | None:
    """Whether the result of ``e`` was out on ``as_of``: by the declaration day where the data
    knows it, else by the month; None when the text's own year gives no month to tell."""
    if e.year != as_of.year:
        return e.year < as_of.year
    day = result_months.declared_on(e.house, e.state, e.year, e.kind)
    if day is not None:
        return day <= as_of
    if e.month is not None:
        return e.month <= as_of.month
    return None


def _decided_on(e: Election) -> date:
    """When the result of ``e`` was out, as closely as the reference tells (the end of its month,
    or of its year, where it gives no day)."""
    day = result_months.declared_on(e.house, e.state, e.year, e.kind)
    if day is not None:
        return day
    if e.month is not None:
        return date(e.year, e.month, 28)
    return date(e.year, 12, 31)


def _mark_stale(res: Resolution, claim: Claim, as_of: date) -> Resolution:
    """Note how old the contest is when nothing in the text dated the claim."""
    h = claim.hints
    if res.contest is None or res.election is None or h.year is not None or h.kind or h.year_source or h.past \
            or claim.outcome == "held" or {"year", "kind"} & claim.from_context:
        return res
    res.stale_days = max(0, (as_of - _decided_on(res.election)).days)
    return res


@dataclass
class _Pick:
    contest_id: int
    election: Election
    poll_no: int


def _order_key(p: _Pick) -> tuple:
    e = p.election
    return (e.year, e.month or 0, e.kind == "bye", p.poll_no)


def _same_party(a: str | None, parties: tuple[str, ...]) -> bool:
    return a is not None and a.upper() in {p.upper() for p in parties}


_WHY_HI = [
    (re.compile(r"the text reports a result of (\d+); the latest election on record there is (\S+)"),
     r"पाठ \1 के नतीजे की बात करता है; वहाँ का सबसे हालिया दर्ज चुनाव \2 का है"),
    (re.compile(r"the text gives no year and the latest election on record there is (\S+), more than a year before (\S+)"),
     r"पाठ में वर्ष नहीं है और वहाँ का सबसे हालिया दर्ज चुनाव \1 का है, \2 से एक वर्ष से अधिक पहले"),
    (re.compile(r"no by-election on or before (\S+) on record"), r"\1 तक का कोई उपचुनाव दर्ज नहीं"),
    (re.compile(r"no general election on or before (\S+) on record"), r"\1 तक का कोई आम चुनाव दर्ज नहीं"),
    (re.compile(r"no (?:bye |general )?election in (\d+) on record"), r"\1 का कोई चुनाव दर्ज नहीं"),
    (re.compile(r"no earlier election on record"), "इससे पहले का कोई चुनाव दर्ज नहीं"),
    (re.compile(r"no election on record"), "कोई चुनाव दर्ज नहीं"),
]


def _why_hi(why: str | None) -> str:
    """The reason a claim could not be pinned, in Hindi for a Hindi claim's explanation."""
    for pat, repl in _WHY_HI:
        if why and pat.fullmatch(why):
            return pat.sub(repl, why)
    return why or ""


INITIALS_SCORE = 85.0
_INITIAL = re.compile(r"^[A-Za-z]\.?$")


def _initials_fit(text_name: str, record_name: str) -> bool:
    """"O P Soni" fits "Om Parkash Soni": the written initials are the first letters of the
    record's first names, in order, and the written surname is the record's (by name key)."""
    words = text_name.replace(".", ". ").split()
    initials = [w[0].lower() for w in words if _INITIAL.match(w)]
    rest = [w for w in words if not _INITIAL.match(w)]
    if not initials or not rest:
        return False
    rec = record_name.replace(".", " ").split()
    if len(rec) < len(initials) + len(rest):
        return False
    if [names.name_key(w) for w in rest] != [names.name_key(w) for w in rec[-len(rest):]]:
        return False
    firsts = [w[0].lower() for w in rec[:-len(rest)]]
    return firsts[:len(initials)] == initials


@lru_cache(maxsize=65536)
def _n_words(name: str) -> int:
    return len(names.token_keys(name))


def _coverage_cap(text_name: str, record_name: str, score: float) -> float:
    """A name that covers only part of the record's ("अमरिंदर सिंह" for "Amrinder Singh Raja
    Warring", "चन्नी" for "Charanjit Singh Channi") may be someone else: such a match is loose
    (it can support a claim, never refute it)."""
    n_text, n_rec = _n_words(text_name), _n_words(record_name)
    if n_rec and n_text / n_rec < 0.6:
        return min(score, 85.0)
    return score


class Resolver:
    def __init__(self, reference: Reference):
        self.ref = reference
        self._party_equiv = self._load_party_equivalents()
        self.home_states = HomeStates(reference)

    # -- parties ---------------------------------------------------------------------------
    def _load_party_equivalents(self) -> dict[str, set[str]]:
        """Abbreviations that are one party in the reference (TCPD writes Shiv Sena SHS or SS)."""
        groups: dict[str, set[str]] = {}
        try:
            rows = self.ref.aliases("party")
        except Exception:  # an old reference without aliases
            rows = []
        by_canon: dict[str, set[str]] = {}
        for alias, canonical, _lang in rows:
            by_canon.setdefault(canonical.upper(), {canonical.upper()})
            if alias.isascii() and alias.replace("(", "").replace(")", "").isupper():
                by_canon[canonical.upper()].add(alias.upper())
        for group in by_canon.values():
            for a in group:
                groups.setdefault(a, set()).update(group)
        return groups

    def _equivalents(self, abbr: str) -> tuple[str, ...]:
        return tuple(sorted(self._party_equiv.get(abbr.upper(), ())))

    def party_set(self, abbrs: tuple[str, ...]) -> tuple[str, ...]:
        out: set[str] = set()
        for a in abbrs:
            out.add(a.upper())
            out.update(self._party_equiv.get(a.upper(), ()))
        return tuple(sorted(out))

    def alliance_parties(self, m: Mention, election: Election) -> tuple[str, ...]:
        out: list[str] = []
        for aid in m.ids:
            members = self.ref.alliance_members(election.house, election.state, election.year, str(aid))
            out.extend(members)
        return self.party_set(tuple(out))

    # -- elections -------------------------------------------------------------------------
    def _eligible(self, picks: list[_Pick], as_of: date, past: bool = False) -> list[_Pick]:
        """Contests held on or before ``as_of``.  A contest of ``as_of``'s own year counts when its
        month is known and not later, or unknown (TCPD gives assembly polls no month) and the
        claim is not told in the past perfect early in the year ("had won" in February points
        before that year's polls)."""
        out = []
        for p in picks:
            out_by = declared_by(p.election, as_of)
            if out_by or (out_by is None and not (past and as_of.month <= 3)):
                out.append(p)
        return out

    def choose(self, picks: list[_Pick], claim: Claim, as_of: date) -> tuple[list[_Pick], str | None]:
        """The contests the hints allow, best first; or a reason none fits."""
        h = claim.hints
        pending = any(declared_by(p.election, as_of) is False and p.election.kind == "general" for p in picks)
        picks = sorted(self._eligible(picks, as_of, h.past), key=_order_key)
        if h.house:
            picks = [p for p in picks if p.election.house == h.house]
        if claim.outcome == "held":
            picks = [p for p in picks if p.election.kind == "general"] or picks
            return picks[::-1][:1], None if picks else "no election on record"
        if h.year is not None:
            same = [p for p in picks if p.election.year == h.year]
            if h.kind and any(p.election.kind == h.kind for p in same):
                same = [p for p in same if p.election.kind == h.kind]
            elif h.kind and h.year_source != "explicit":
                same = []
            # (an explicit year outranks kind words: "won the Noorpur by-election, a seat X had
            # won in 2017" dates X's win to 2017's general election)
            if not same:
                return [], f"no {h.kind + ' ' if h.kind else ''}election in {h.year} on record"
            # Without a by-election word, a year names that year's general election first.
            same.sort(key=lambda p: (p.election.kind == "bye") == (h.kind == "bye"), reverse=True)
            return same, None
        if h.fresh and h.year_source is None:
            # "X ने जीत दर्ज की है", "on Sunday won": a result of the text's own days.  Only an
            # election of as_of's year can be it; an older one is not what the text reports.
            # (with its month known, results declared more than two months earlier are not fresh)
            recent = [p for p in picks if p.election.year == as_of.year
                      and (p.election.month is None or 0 <= as_of.month - p.election.month <= 2)]
            if not recent:
                last = picks[-1].election.year if picks else None
                return [], (f"the text reports a result of {as_of.year}; the latest election on record there is {last}"
                            if last else "no election on record")
            picks = recent
        if h.year_source == "previous":
            gens = [p for p in picks if p.election.kind == "general"]
            back = 1 if pending else 2  # while a count is still to come, "last time" is the latest
            if len(gens) < back:
                return [], "no earlier election on record"
            return [gens[-back]], None
        if not h.kind and not h.past and h.year_source is None:
            # No year, no time words, no kind: news reports a result of its own days.  An
            # election more than a year before the text's date is probably not the one it
            # means (the reference may lack a later poll), so it is not used to refute.
            recent = [p for p in picks if p.election.year >= as_of.year - 1]
            if not recent:
                last = picks[-1].election.year if picks else None
                return [], (f"the text gives no year and the latest election on record there is {last}, "
                            f"more than a year before {as_of.isoformat()}" if last else "no election on record")
            picks = recent
        if h.kind:
            picks = [p for p in picks if p.election.kind == h.kind]
            if h.kind == "bye":
                # By-election news is about a by-election of its own time: an older by-election of
                # the same seat is not what it means (the reference has none after 2021/2022).
                picks = [p for p in picks if p.election.year >= as_of.year - 1]
            if not picks:
                return [], f"no {'by-election' if h.kind == 'bye' else 'general election'} on or before {as_of.isoformat()} on record"
        return picks[::-1], None

    # -- subjects --------------------------------------------------------------------------
    def subject_rows(self, claim: Claim, contest: Contest, subject: Mention | None) -> tuple[list[Row], tuple[str, ...], float]:
        """The rows of ``contest`` the subject is, the parties it stands for, and the name score."""
        if subject is None:
            return [], (), 100.0
        if subject.kind == "party":
            parties = self.party_set(tuple(str(i) for i in subject.ids))
            return [r for r in contest.rows if _same_party(r.party, parties)], parties, 100.0
        if subject.kind == "alliance":
            ids = {str(i).upper() for i in subject.ids}
            if ids & GENERIC_ALLIANCES or not ids:
                return [], (), 100.0
            parties = self.alliance_parties(subject, contest.election)
            rows = [r for r in contest.rows if _same_party(r.party, parties)]
            return rows[:1], parties, 100.0
        # candidate
        idset = set(subject.ids)
        exact = [r for r in contest.rows if r.id in idset]
        full = self._full_name(claim, subject)
        if exact and full != subject.text:
            # "Suresh Chandra Mathur" is not "Suresh chandra Upadhyay" though the first two
            # words match: the name as written must fit the record as a whole.
            # (The press may also write a name the record does not: "Tabassum Hasan" is the
            # record's "Tabassum Begum".)  Such a match is kept as loose: it can support a claim
            # but judging never refutes on it.
            hit = names.best_match(full, [exact[0].candidate], cutoff=0)
            return exact[:1], (), min(float(subject.score), float(hit[1]) if hit else 60.0)
        if exact:
            return exact[:1], (), _coverage_cap(full, exact[0].candidate, float(subject.score))
        choices = [r.candidate for r in contest.rows if r.party != "NOTA"]
        rows = [r for r in contest.rows if r.party != "NOTA"]
        hit = names.best_match(full, choices)
        if hit is not None and hit[1] >= NAME_CUTOFF:
            return [rows[hit[0]]], (), _coverage_cap(full, rows[hit[0]].candidate, float(hit[1]))
        by_initials = [r for r in rows if _initials_fit(full, r.candidate)]
        if len(by_initials) == 1:
            return by_initials, (), INITIALS_SCORE  # loose: can support, never refute
        words = names.token_keys(full)
        if len(words) >= 2:
            # "Bhupendra Patel" is the record's "PATEL BHUPENDRABHAI RAJNIKANT": every word the text
            # writes is one of the record's, which adds the father's name (loose, never refutes)
            holders = [r for r in rows if set(words) <= set(names.token_keys(r.candidate))]
            if len(holders) == 1:
                return holders, (), INITIALS_SCORE
        if len(words) == 1:
            # "Roy, …, was elected MLA from Krishnanagar (North)": one name word, which exactly
            # one candidate of the named seat bears (loose: it can support, never refute)
            bearers = [r for r in rows if words[0] in names.token_keys(r.candidate)]
            if len(bearers) == 1:
                return bearers, (), INITIALS_SCORE
        return [], (), 0.0

    @staticmethod
    def _full_name(claim: Claim, subject: Mention) -> str:
        """The subject's name as the text writes it (the claim pipeline reads it in full)."""
        if subject is claim.subject and claim.subject_written:
            return claim.subject_written
        return subject.text

    def generic_alliance_rows(self, contest: Contest, others: list[Mention]) -> tuple[list[Row], tuple[str, ...]]:
        """"गठबंधन" / "the opposition": the best-placed candidate of a party other than the one the
        sentence sets it against (e.g. BJP)."""
        against = set()
        for m in others:
            if m.kind == "party":
                against.update(self.party_set(tuple(str(i) for i in m.ids)))
        if not against:
            return [], ()
        rows = [r for r in contest.rows if r.party and r.party.upper() not in against and r.party != "NOTA"
                and r.position is not None]
        rows.sort(key=lambda r: r.position)
        return rows[:1], tuple(sorted({rows[0].party})) if rows else ()

    # -- the entry point -------------------------------------------------------------------
    def resolve(self, claim: Claim, as_of: date, sentence_mentions: list[Mention] | None = None) -> list[Resolution]:
        """One resolution per contest the claim is about (usually one)."""
        sentence_mentions = sentence_mentions or []
        if claim.constituency is not None:
            res = self._resolve_place(claim, as_of, sentence_mentions)
            if res is not None:
                return [_mark_stale(res, claim, as_of)]
        if claim.subject is not None and claim.subject.kind == "candidate":
            return [_mark_stale(r, claim, as_of) for r in self._resolve_candidate(claim, as_of, sentence_mentions)]
        if claim.constituency is None and (claim.type in ("seats", "outcome", "vote_share", "rank")
                                           or claim.seat_count is not None):
            return [self._resolve_tally(claim, as_of, sentence_mentions)]
        return [Resolution(unresolved=self._why_unpinned("en"), unresolved_hi=self._why_unpinned("hi"))]

    def _why_unpinned(self, lang: str) -> str:
        if lang == "hi":
            return "दावा किसी एक चुनाव या सीट से नहीं जुड़ पाया: संदर्भ में इसकी जाँच संभव नहीं।"
        return "The claim could not be pinned to one contest or one state, so the reference cannot check it."

    def _contest_resolution(self, claim: Claim, contest: Contest, others: list[Mention]) -> Resolution:
        rows, parties, score = self.subject_rows(claim, contest, claim.subject)
        if claim.subject is not None and claim.subject.kind == "alliance" and not rows:
            rows, parties = self.generic_alliance_rows(contest, [m for m in others if m is not claim.subject])
        res = Resolution(election=contest.election, contest=contest, subject_rows=rows,
                         subject_parties=parties, match_score=score)
        if claim.subject is not None and claim.subject.kind == "candidate" and claim.party is not None:
            res.subject_parties = self.party_set(tuple(str(i) for i in claim.party.ids))
        if claim.opponent is not None:
            orows, _, _ = self.subject_rows(claim, contest, claim.opponent)
            res.opponent_rows = orows
        if claim.hints.leading:
            res.notes.append("leading")
        if contest.election.kind == "bye" and contest.election.month is None and claim.hints.year is None:
            res.notes.append("bye_month_unknown")
        return res

    def _resolve_streak(self, claim: Claim, as_of: date, others: list[Mention]) -> Resolution | None:
        """"लगातार पांच बार जीत", "five wins on the trot": the seat's general elections up to the
        text's date (of the house the words name, else the house the seat has most of), oldest first."""
        cids = [int(i) for i in claim.constituency.ids]
        by_house: dict[str, list[_Pick]] = {}
        for cid in cids:
            cons = self.ref.constituency(cid)
            if claim.hints.state and cons.state != claim.hints.state:
                continue
            for c, e, pno in self.ref.contests_of(cid):
                if e.kind == "general" and declared_by(e, as_of) is not False:
                    by_house.setdefault(e.house, []).append(_Pick(c, e, pno))
        if claim.hints.house:
            by_house = {h: v for h, v in by_house.items() if h == claim.hints.house}
        if len(by_house) != 1:
            return None  # a seat of both houses with no house named: which run is meant is unclear
        picks = sorted(next(iter(by_house.values())), key=lambda p: (p.election.year, p.election.month or 0))
        history = [self.ref.contest(p.contest_id) for p in picks]
        if not history:
            return None
        res = self._contest_resolution(claim, history[-1], others)
        res.history = history
        return res

    def _resolve_place(self, claim: Claim, as_of: date, others: list[Mention]) -> Resolution | None:
        if claim.streak:
            res = self._resolve_streak(claim, as_of, others)
            if res is not None:
                return res
        cids = [int(i) for i in claim.constituency.ids]
        picks: list[_Pick] = []
        for cid in cids:
            cons = self.ref.constituency(cid)
            if claim.hints.state and cons.state != claim.hints.state and len(cids) > 1:
                continue
            picks.extend(_Pick(c, e, p) for c, e, p in self.ref.contests_of(cid))
        if not picks:
            picks = [_Pick(c, e, p) for cid in cids for c, e, p in self.ref.contests_of(cid)]
        chosen, why = self.choose(picks, claim, as_of)
        soft = "constituency" in claim.from_context
        if not chosen:
            if soft:
                return None  # the place only came from context: try the candidate's own record
            return Resolution(unresolved=self._no_record(claim, why, "en"), unresolved_hi=self._no_record(claim, why, "hi"))
        # Prefer, among the best-ranked election(s), the contest where the subject stood.
        top = chosen[0]
        tied = [p for p in chosen if _order_key(p)[:3] == _order_key(top)[:3]] if claim.hints.house is None else [top]
        if claim.hints.year is not None:
            tied = [p for p in chosen if p.election.kind == top.election.kind]
        best = None
        for p in tied:
            contest = self.ref.contest(p.contest_id)
            res = self._contest_resolution(claim, contest, others)
            if res.subject_rows or claim.subject is None:
                return res
            best = best or res
        if soft and claim.subject is not None and claim.subject.kind == "candidate":
            return None
        return best

    def _no_record(self, claim: Claim, why: str | None, lang: str) -> str:
        place = claim.constituency.name if claim.constituency else ""
        if lang == "hi":
            return f"संदर्भ में {place} के इस चुनाव का रिकॉर्ड नहीं है ({_why_hi(why)})।"
        return f"The reference has no record of this election in {place} ({why})."

    def _resolve_candidate(self, claim: Claim, as_of: date, others: list[Mention]) -> list[Resolution]:
        subj = claim.subject
        assert subj is not None
        rows = self.ref.candidacies([int(i) for i in subj.ids][:500])
        if claim.party is not None:
            # "Congress's Prem Lata": a namesake of another party is another person.
            parties = self.party_set(tuple(str(i) for i in claim.party.ids))
            rows = [r for r in rows if _same_party(r[2], parties)]
        picks = {contest_id: _Pick(contest_id, self.ref.election(election_id), poll_no)
                 for _rid, contest_id, _party, election_id, poll_no in rows}
        plist = list(picks.values())
        if claim.party is not None and not plist:
            return [Resolution(unresolved=f"The reference has no {claim.party.name} candidate named {subj.name}.",
                               unresolved_hi=f"संदर्भ में {subj.text} नाम का कोई {claim.party.name} उम्मीदवार नहीं है।")]
        if claim.hints.state:
            in_state = [p for p in plist if p.election.state == claim.hints.state]
            plist = in_state or plist
        if claim.any_election and claim.hints.year is None:
            found = self._some_election(claim, plist, as_of, others)
            if found is not None:
                return [found]
        chosen, why = self.choose(plist, claim, as_of)
        if not chosen:
            return [Resolution(unresolved=f"The reference has no record of {subj.name} in that election ({why}).",
                               unresolved_hi=f"संदर्भ में उस चुनाव में {subj.text} का रिकॉर्ड नहीं है ({_why_hi(why)})।")]
        top = chosen[0].election
        if claim.hints.year is None and top.year < as_of.year - STALE_YEARS:
            # A person named with no year, whose last contest on record is older than a full
            # term, is probably meant in a contest the reference lacks (or another election
            # altogether): "रामनाथ कोविंद को 66 फीसदी वोट" is about the 2017 presidential poll.
            why = f"the text gives no year and {subj.name}'s latest contest on record is from {top.year}"
            return [Resolution(unresolved=f"The reference has no record of {subj.name} in that election ({why}).",
                               unresolved_hi=f"संदर्भ में उस चुनाव में {subj.text} का रिकॉर्ड नहीं है "
                                             f"(पाठ में वर्ष नहीं है और उनका सबसे हालिया दर्ज चुनाव {top.year} का है)।")]
        same = [p for p in chosen if p.election.id == top.id]
        if len({p.election.state for p in chosen if p.election.year == top.year and p.election.kind == top.kind}) > 1:
            return [Resolution(unresolved=f"'{subj.text}' matches candidates in more than one state in {top.year}; the claim cannot be pinned to one contest.",
                               unresolved_hi=f"'{subj.text}' नाम के उम्मीदवार {top.year} में एक से अधिक राज्यों में हैं; दावा किसी एक सीट से नहीं जुड़ पाया।")]
        out = []
        for p in same:
            contest = self.ref.contest(p.contest_id)
            res = self._contest_resolution(claim, contest, others)
            if not res.subject_rows:
                continue
            out.append(res)
        # One person in two seats ("Channi" stood in Chamkaur Sahib and Bhadaur) is one claim per
        # seat; two different people whose names both match ("अमरिंदर सिंह": AMRINDER SINGH and
        # Amrinder Singh Raja Warring) are not: keep the closest name, and give up on a tie.
        if len({names.name_key(r.subject_rows[0].candidate) for r in out}) > 1:
            full = self._full_name(claim, subj)
            scored = [((names.best_match(full, [r.subject_rows[0].candidate], cutoff=0) or (0, 0.0))[1], r)
                      for r in out]
            best = max(sc for sc, _ in scored)
            out = [r for sc, r in scored if sc == best]
            if len({names.name_key(r.subject_rows[0].candidate) for r in out}) > 1:
                options = "; ".join(f"{r.subject_rows[0].candidate} ({r.contest.constituency.name})" for r in out)
                return [Resolution(unresolved=f"'{subj.text}' could be more than one candidate of that election: {options}.",
                                   unresolved_hi=f"'{subj.text}' उस चुनाव के एक से अधिक उम्मीदवार हो सकते हैं: {options}।")]
        return out or [Resolution(unresolved=f"No row for {subj.name} in the election found.",
                                  unresolved_hi=f"चुने गए चुनाव में {subj.text} की कोई पंक्ति नहीं मिली।")]

    def _some_election(self, claim: Claim, plist: list[_Pick], as_of: date, others: list[Mention]) -> Resolution | None:
        """"Imran Pratapgarhi has lost a Lok Sabha election": the latest of the person's contests (of
        the house the words name) whose result is the one claimed, or None to read it as usual."""
        h = claim.hints
        picks = [p for p in plist if declared_by(p.election, as_of) is not False
                 and (h.house is None or p.election.house == h.house)]
        for p in sorted(picks, key=_order_key, reverse=True):
            res = self._contest_resolution(claim, self.ref.contest(p.contest_id), others)
            row = res.subject_rows[0] if res.subject_rows else None
            if row is None or row.position is None:
                continue
            if (row.position == 1) == (claim.outcome in ("won", "held")):
                return res
        return None

    def _general_sizes(self) -> list[tuple[Election, int]]:
        """Every assembly general election with its number of seats (contests), cached."""
        if not hasattr(self, "_sizes"):
            rows = self.ref.query(
                "SELECT e.id, COUNT(c.id) FROM elections e JOIN contests c ON c.election_id = e.id "
                "WHERE e.kind = 'general' AND e.house = 'VS' GROUP BY e.id")
            self._sizes = [(self.ref.election(r[0]), r[1]) for r in rows]
        return self._sizes

    def _state_by_size(self, claim: Claim, as_of: date) -> str | Resolution:
        """The state whose assembly has the size the sentence states ("92 of the 117 seats" →
        Punjab); where two states have that size, the one where the subject party contested."""
        size = claim.seats_total
        year = claim.hints.year
        # A house size names a state as it is now (Madhya Pradesh had 288 seats in 1962): without a
        # year, only elections of the last ten years count.
        cands = [e for e, n in self._general_sizes() if n == size and e.year <= as_of.year
                 and (e.year == year if year is not None else e.year >= as_of.year - 10)]
        latest: dict[str, Election] = {}
        for e in cands:
            if e.state not in latest or e.year > latest[e.state].year:
                latest[e.state] = e
        states = list(latest)
        if len(states) > 1 and claim.subject is not None and claim.subject.kind == "party":
            parties = self.party_set(tuple(str(i) for i in claim.subject.ids))
            states = [st for st in states
                      if any(p in parties for p in self.ref.party_votes("VS", latest[st].year, st))]
        if len(states) == 1:
            return states[0]
        why = (f"an assembly of {size} seats fits {len(states)} states" if states
               else f"no assembly of {size} seats on record")
        return Resolution(unresolved=f"The claim names no state and {why}, so it cannot be pinned.",
                          unresolved_hi=f"दावे में राज्य का नाम नहीं है और {size} सीटों वाली विधानसभा एक से अधिक या किसी राज्य से मेल नहीं खाती।")

    def _tally(self, house: str, year: int, state: str | None, els: list[Election], kind: str = "general") -> Tally:
        """Seats and votes per party over ``els`` (one year's elections of that kind)."""
        return Tally(house=house, year=year, state=state, seats=self.ref.seat_tally(house, year, state, kind=kind),
                     total_seats=sum(len(self.ref.contests_in(e.id)) for e in els),
                     votes=self.ref.party_votes(house, year, state, kind=kind), elections=els)

    def _resolve_bye_tally(self, claim: Claim, as_of: date) -> Resolution:
        """A state's by-elections of one year counted together: "BJP won three of the four
        Tripura bypolls". Only with the state named, and only a round of the text's own time
        (this year or last) unless a year is given."""
        h, subj = claim.hints, claim.subject
        if h.state is None or subj is None or subj.kind not in ("party", "alliance"):
            return Resolution(unresolved="By-election tallies without a named seat or state are not checked against the reference.",
                              unresolved_hi="बिना सीट या राज्य के नाम के उपचुनाव के आंकड़ों की जाँच संदर्भ से नहीं होती।")
        house = h.house or "VS"
        byes = [e for e in self.ref.elections(house=house, state=h.state, kind="bye") if declared_by(e, as_of) is not False]
        years = sorted({e.year for e in byes})
        year = h.year if h.year in years else (None if h.year is not None else (years[-1] if years else None))
        if year is None or (h.year is None and year < as_of.year - 1):
            return Resolution(unresolved=f"The reference has no by-election in {h.state} of that time.",
                              unresolved_hi=f"संदर्भ में {h.state} के उस समय के उपचुनाव दर्ज नहीं हैं।")
        els = [e for e in byes if e.year == year]
        tally = self._tally(house, year, h.state, els, kind="bye")
        parties = (self.party_set(tuple(str(i) for i in subj.ids)) if subj.kind == "party"
                   else self.alliance_parties(subj, els[0]))
        return Resolution(election=els[0], tally=tally, subject_parties=parties)

    def _resolve_tally(self, claim: Claim, as_of: date, others: list[Mention] | None = None) -> Resolution:
        h = claim.hints
        subj = claim.subject
        if claim.part_of_state and claim.type in ("seats", "vote_share"):
            return Resolution(
                unresolved=f"The tally is over part of a state ('{claim.part_of_state}'); the reference holds no districts, regions or phases.",
                unresolved_hi=f"यह आंकड़ा राज्य के एक हिस्से ('{claim.part_of_state}') का है; संदर्भ में जिले, क्षेत्र या चरण दर्ज नहीं हैं।")
        if h.kind == "bye":
            return self._resolve_bye_tally(claim, as_of)
        # A tally needs its state, or Lok Sabha words for a national one: "BSP had won 19 seats"
        # with neither named cannot be pinned (never guess the 2019 Lok Sabha for it).
        house = h.house or ("VS" if h.state else None)
        state = h.state
        if state is None and house != "LS" and claim.seats_total:
            found = self._state_by_size(claim, as_of)
            if isinstance(found, str):
                house, state = "VS", found
            elif any(n == claim.seats_total for _e, n in self._general_sizes()):
                return found  # a size several states share: never guess between them
            # (no assembly has that size: "31 of the 41 seats won by AIADMK" is not a house)
        home_note = None
        if state is None and house != "LS" and not claim.seat_level and (
                claim.type != "outcome" or h.year is not None or h.house or claim.election_word):
            # a state-wide win or loss needs its own party's state and words that name an
            # election; a tally may borrow the state of a party named beside it
            near = (others or []) if claim.type != "outcome" else []
            home = self.home_states.for_claim(subj, near, as_of, self._equivalents)
            if home is not None:
                house, state = "VS", home[0]
                home_note = f"home_state:state={home[0]};party={home[1]}"
        if house is None or (house == "VS" and state is None):
            return Resolution(unresolved=self._why_unpinned("en"), unresolved_hi=self._why_unpinned("hi"))
        elections = self.ref.elections(house=house, state=state, kind="general")
        # An election counts only once its result was out (the declaration day or month where
        # known): in January 2022 "BSP had won 19 seats" is 2017.
        pending = any(declared_by(e, as_of) is False for e in elections)
        years = sorted({e.year for e in elections if declared_by(e, as_of) is not False})
        if h.fresh and h.year_source is None:
            years = [y for y in years if y == as_of.year]
        if h.year is not None:
            year = h.year if h.year in years else None
        elif h.year_source == "previous":
            # "last time": the election before the one of the text's days, which is the latest
            # declared one while a count is still to come
            back = 1 if pending else 2
            year = years[-back] if len(years) >= back else None
        else:
            year = years[-1] if years else None
        if year is None:
            where = state or "India"
            return Resolution(unresolved=f"The reference has no {HOUSE_WORD[house][0]} general election in {where} for that year.",
                              unresolved_hi=f"संदर्भ में {where} के उस वर्ष के {HOUSE_WORD[house][1]} आम चुनाव का रिकॉर्ड नहीं है।")
        els = [e for e in elections if e.year == year]
        tally = self._tally(house, year, state, els)
        parties: tuple[str, ...] = ()
        if subj is not None and subj.kind == "party":
            parties = self.party_set(tuple(str(i) for i in subj.ids))
        elif subj is not None and subj.kind == "alliance":
            parties = self.alliance_parties(subj, els[0]) if els else ()
            if not parties:
                return Resolution(unresolved=f"The reference does not list the members of {subj.text} for {year}.",
                                  unresolved_hi=f"संदर्भ में {year} के लिए {subj.text} के सदस्य दल दर्ज नहीं हैं।")
        elif subj is None and claim.seat_count is None:
            return Resolution(unresolved=self._why_unpinned("en"), unresolved_hi=self._why_unpinned("hi"))
        res = Resolution(election=els[0] if els else None, tally=tally, subject_parties=parties)
        if claim.seat_count is not None:
            res.margins = self.ref.winning_margins(house, year, state)
        if subj is not None and subj.kind == "party" and claim.type == "outcome" and state is not None:
            blocs = self.ref.alliances_with(house, state, year, parties)
            if len(blocs) == 1:  # (a party listed in two fronts of one election: say nothing)
                name, members = next(iter(blocs.items()))
                res.bloc = (name, self.party_set(tuple(members)))
        if home_note:
            res.notes.append(home_note)
        if h.leading:
            res.notes.append("leading")
        return res
