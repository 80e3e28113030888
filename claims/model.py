"""What the claim pipeline finds in a text: numbers, mentions of the reference's entities, claims.

These are plain data, set on spaCy ``Doc`` extensions by the pipeline's components
(``doc._.numbers``, ``doc._.mentions``, ``doc._.claims``) and read by the verifier.  Offsets
are character offsets into ``doc.text`` (Python ``str`` indices, end exclusive).
"""
from __future__ import annotations

from dataclasses import dataclass, field

CLAIM_TYPES = ("outcome", "votes", "margin", "rank", "candidacy", "vote_share", "turnout", "seats")


@dataclass(frozen=True)
class NumberMention:
    """A stated number: "79 हजार", "3,03,209", "2.5 lakh", "over 30,000", "41.3%".

    ``unit`` is the place of the last stated digit: 1 for "57,271", 1,000 for "79 हजार",
    10,000 for "2.5 lakh", 0.1 for "41.3%".  ``exact`` is True when the figure is stated to
    the unit (every digit written out), False for a round figure.  ``qualifier`` is ``about``
    ("about", "nearly", "लगभग", "करीब"), ``more`` ("more than", "over", "से ज्यादा"),
    ``less`` ("less than", "under", "से कम") or None.
    """

    start: int
    end: int
    text: str
    value: float
    unit: float = 1
    exact: bool = True
    qualifier: str | None = None
    percent: bool = False


@dataclass(frozen=True)
class Mention:
    """A name in the text that the reference knows.

    ``kind``: ``party``, ``alliance``, ``candidate``, ``constituency``, ``state`` or ``house``.
    ``ids``: for a party, its abbreviations as the reference writes them (``("BJP",)``);
    for an alliance, its name (``("NDA",)``, ``("OPPOSITION",)``); for a constituency, the
    ``constituencies.id`` values it may be (LS and VS seats share names); for a candidate, the
    ``results.id`` of every candidacy whose name matched; for a state, the state name as the
    reference writes it; for a house, ``("LS",)`` or ``("VS",)``.
    ``name``: the canonical name to show (``BJP``, ``Noorpur``, ``NAIM UL HASAN``).
    ``score``: 0..100, how closely the text matched the reference's name (100 = exactly).
    """

    kind: str
    start: int
    end: int
    text: str
    ids: tuple = ()
    name: str = ""
    score: float = 100.0


@dataclass
class ElectionHints:
    """What the words say about which election a claim is about (POLICY.md, "Which election")."""

    year: int | None = None
    year_source: str | None = None  # 'explicit' | 'relative' | 'context'
    kind: str | None = None  # 'bye' | 'general'
    house: str | None = None  # 'LS' | 'VS'
    state: str | None = None  # a state named in or around the sentence
    leading: bool = False  # counting-day wording ("leading", "आगे"): judged on the final result
    fresh: bool = False  # reported as just happened ("जीत दर्ज की है", "on Sunday won", "today")
    past: bool = False  # told in the past perfect ("had won", "जीत दर्ज की थी"): an earlier election


@dataclass
class Claim:
    """One checkable statement, before it is judged.

    ``outcome``: for outcome claims, ``won`` or ``lost`` (``held`` for "MLA from C").
    ``rank``: for rank claims, the position stated (2 = runner-up); ``deposit_lost`` for
    "lost his deposit"; ``seats_total`` for "N of the M seats".
    ``from_context``: the fields filled from earlier sentences rather than this one.
    """

    type: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    lang: str
    subject: Mention | None = None
    party: Mention | None = None  # the party named beside a candidate subject ("BJP's X")
    constituency: Mention | None = None
    opponent: Mention | None = None
    outcome: str | None = None
    number: NumberMention | None = None
    rank: int | None = None
    deposit_lost: bool = False
    hints: ElectionHints = field(default_factory=ElectionHints)
    from_context: set[str] = field(default_factory=set)
    pattern: str = ""  # which pattern produced it, for explanations and debugging
    seats_total: int | None = None  # the house size the sentence states ("92 of the 117 seats")
    any_election: bool = False  # "has lost a Lok Sabha election": some election of the person's, not one
    streak: int | None = None  # "लगातार पांच बार", "five times in a row": consecutive wins claimed
    seat_count: NumberMention | None = None  # "15 सीटें जहां BJP 2000 से कम वोटों से जीती": how many
                                             # seats a margin claim counts (no constituency)
    all_seats: bool = False  # "सभी सीटों पर कब्जा", "won all the seats": every seat of the tally
    election_word: bool = False  # the claim's clause names an election ("in the polls", "चुनाव में")
    part_of_state: str | None = None  # a tally over part of a state, as written ("district",
                                      # "of which"): the reference holds no districts or regions
    subject_written: str | None = None  # the subject's name as the text writes it in full
                                        # ("Suresh Chandra Mathur" where the record matched "Suresh Chandra")
    seat_level: bool = False  # a party's win or loss told beside a vote figure, with no election named
                              # ("INC won by over 15,000 votes, while AIADMK won in 2016"): a seat's, not a state's
    clause_start: int = -1  # the clause the trigger read (its window), for clause-level hints
    clause_end: int = -1

    @property
    def subject_kind(self) -> str | None:
        return self.subject.kind if self.subject else None
