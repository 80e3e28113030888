"""Claim patterns as data: ``claims/patterns/{hi,en}.json`` compiled once into regular expressions.

The JSON files hold every word list the claim finder uses (triggers per claim type, time words,
election-kind and house words, clause breaks, what is not a claim), so a linguist can extend a
language without touching code.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Word boundaries that also hold for Devanagari (where \b is unreliable around matras).
_L = r"(?<![\w\u0900-\u0963\u0966-\u097F])"
_R = r"(?![\w\u0900-\u0963\u0966-\u097F])"


def bounded(alternatives: str, flags: int = 0) -> re.Pattern:
    return re.compile(f"{_L}(?:{alternatives}){_R}", flags)


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str
    regex: re.Pattern
    outcome: str | None = None
    defeat: bool = False
    passive: bool = False
    leading: bool = False
    needs_number: bool = False


@dataclass(frozen=True)
class Patterns:
    lang: str
    triggers: tuple[Trigger, ...]
    candidacy_words: re.Pattern
    held_words: re.Pattern
    clause_breaks: re.Pattern
    coordination: re.Pattern
    time: dict[str, re.Pattern]
    kind: dict[str, re.Pattern]
    house: dict[str, re.Pattern]
    not_a_claim: re.Pattern
    negation: re.Pattern
    result_words: re.Pattern

    @property
    def order(self) -> dict[str, int]:
        """Each trigger's place in the pattern file (ties between equal matches go to the first)."""
        return _order(self.lang)


@lru_cache(maxsize=None)
def _order(lang: str) -> dict[str, int]:
    return {t.id: i for i, t in enumerate(load(lang).triggers)}


@lru_cache(maxsize=None)
def load(lang: str) -> Patterns:
    """The compiled patterns of one language (``hi`` or ``en``)."""
    raw = json.loads(resources.files("claims").joinpath("patterns", f"{lang}.json").read_text("utf-8"))
    flags = re.IGNORECASE if lang == "en" else 0
    triggers = tuple(
        Trigger(
            id=t["id"], type=t["type"], regex=bounded(t["regex"], flags), outcome=t.get("outcome"),
            defeat=t.get("defeat", False), passive=t.get("passive", False),
            leading=t.get("leading", False), needs_number=t.get("needs_number", False),
        )
        for t in raw["triggers"]
    )
    return Patterns(
        lang=lang,
        triggers=triggers,
        candidacy_words=bounded(raw["candidacy_words"], flags),
        held_words=bounded(raw["held_words"], 0),
        clause_breaks=bounded("|".join(re.escape(w) for w in raw["clause_breaks"]), flags),
        coordination=bounded(raw["coordination"], flags),
        time={k: bounded(v, flags) for k, v in raw["time"].items()},
        kind={k: bounded(v, flags) for k, v in raw["kind"].items()},
        house={k: bounded(v, 0 if lang == "en" else flags) for k, v in raw["house"].items()},
        not_a_claim=bounded(raw["not_a_claim"], flags),
        negation=bounded(raw["negation"], flags),
        result_words=re.compile(f"(?:{raw['result_words']})", flags),
    )
