"""A state party's home state: the state a tally names without naming it.

"The Bahujan Samaj Party had won 19 seats", "सपा 50 से भी कम सीटों पर सिमट गई", "DMK won the 2021
Assembly election": a reader knows the state from the party, because nearly all of that party's
assembly seats lie in one state. The reference says so too: over the fifteen years before the
text, at least 80% of the party's assembly seats were won in one state (BSP 84% Uttar Pradesh,
RJD 95% Bihar, DMK 96% Tamil Nadu). A party spread over several states (BJP, INC, CPI(M), TDP
across Andhra Pradesh and Telangana) has no home state, and the claim stays unpinned.

Only the resolver asks, and only for a tally or state-wide result that names no state, no
house size and no Lok Sabha words.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from claims.model import Mention
from reference_db.store import Reference

WINDOW_YEARS = 15
SHARE = 0.8
MIN_SEATS = 3


def party_of(m: Mention) -> str | None:
    """The party a mention stands for: a party's abbreviation, or the leader of a party-led
    alliance ("सपा गठबंधन" → ``SP+`` → SP). Named blocs (NDA, INDIA) lead to no single party."""
    if not m.ids:
        return None
    if m.kind == "party":
        return str(m.ids[0]).upper()
    if m.kind == "alliance" and str(m.ids[0]).endswith("+"):
        return str(m.ids[0])[:-1].upper()
    return None


class HomeStates:
    """Home states computed from the reference's assembly results, once per text year."""

    def __init__(self, reference: Reference):
        self.ref = reference
        self._by_year: dict[int, dict[str, str]] = {}

    def table(self, year: int) -> dict[str, str]:
        """``{party: state}`` for parties with a home state as of ``year``."""
        if year not in self._by_year:
            seats: dict[str, Counter] = {}
            for party, state, y, n in self.ref.assembly_wins():
                if year - WINDOW_YEARS <= y <= year:
                    seats.setdefault(party, Counter())[state] += n
            homes = {}
            for party, by_state in seats.items():
                state, n = by_state.most_common(1)[0]
                total = sum(by_state.values())
                if total >= MIN_SEATS and n >= SHARE * total:
                    homes[party] = state
            self._by_year[year] = homes
        return self._by_year[year]

    def of(self, party: str, as_of: date, equivalents: tuple[str, ...] = ()) -> str | None:
        """The home state of ``party`` (or of the first of its equivalent abbreviations that has one)."""
        table = self.table(as_of.year)
        for p in (party, *equivalents):
            if p in table:
                return table[p]
        return None

    def for_claim(self, subject: Mention | None, others: list[Mention], as_of: date,
                  equivalents) -> tuple[str, str] | None:
        """``(state, party)``: the subject's home state, or else the one home state every other
        party named in the sentence shares. ``equivalents(abbr)`` gives a party's other
        abbreviations (AAP/AAAP)."""
        if subject is not None:
            party = party_of(subject)
            if party:
                home = self.of(party, as_of, equivalents(party))
                if home:
                    return home, party
        found: dict[str, str] = {}
        for m in others:
            if m is subject:
                continue
            party = party_of(m)
            home = self.of(party, as_of, equivalents(party)) if party else None
            if home:
                found.setdefault(home, party)  # type: ignore[arg-type]
        if len(found) == 1:
            state, party = next(iter(found.items()))
            return state, party
        return None
