"""Finding the reference's entities in a text: parties, alliances, states, houses,
constituencies and candidates, in Hindi and English, in either script.

    index = EntityIndex.load(reference)          # cached on disk; built once per reference file
    mentions = find_mentions(text_or_doc, index, as_of_year=2018)

or, in a spaCy pipeline, the ``election_entities`` component (``nlp.add_pipe("election_entities")``
then ``.set_index(index)``, or ``config={"index_path": ...}``) sets ``doc._.mentions`` from
``doc._.as_of``.

How names are found: the text is cut into words (with character offsets); every run of up to
six words is looked up *exactly* in dictionaries keyed by normalised surface forms (parties,
alliances, states, house words) or by :mod:`reference_db.names` keys (constituencies and
candidates, so Devanagari meets Latin).  Only runs of two or three name-like words that found
nothing exactly are compared fuzzily, and only against a small block of names sharing the
first letters of their first and last words (rapidfuzz ``fuzz.ratio`` on the run-together keys).

Precision (a wrong candidate is worse than none):

* a candidate needs two or more name words, or one distinctive word: a proper-noun-looking word
  (capitalised in Latin, not sentence-initial; not a common word in Devanagari) that few people
  in the reference bear near ``as_of``, or that is part of a longer name found in the same text
  ("Charanjit Singh Channi … Channi");
* function words and election vocabulary (``claims/patterns/entities.json``) never make up a name;
  very common name words (Singh, Kumar, Yadav, मान, सीट) never stand alone;
* Latin party abbreviations count only in capitals ("JD(U)", "JD (U)": a bracketed capital may
  stand alone); an alias beats a stray code of the reference (``JDU`` → ``JD(U)``); ambiguous
  Hindi aliases (``आप`` = "you" or AAP) only next to words that make them a party;
* a lone Hindi word is a place only when spelt like it up to one letter of what the keys forgive
  (दरबार is not Dharwar), and not when it ends in a nasalised vowel (सालों, the plural, is not
  Salon) unless a place cue word follows.

Places are also found by the Hindi reading that keeps its schwas (बापूनगर, BAPUNAGAR), with compass
words in either language (Krishnanagar (North) = Krishnanagar Uttar), and a seat the reference
keeps under two spellings before and after a delimitation (Berhampore/Baharampur) answers both.
"""
from __future__ import annotations

import gc
import json
import os
import pickle
import re
import tempfile
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from pathlib import Path
from typing import Iterable, NamedTuple

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.tokens import Doc

from claims.doctext import doc_text
from claims.model import Mention
from reference_db.names import ALIAS_WORDS, alt_word_key, is_devanagari, romanize, token_keys, word_key
from reference_db.store import Reference

INDEX_VERSION = "entities-10"


def _code_digest() -> str:
    """A digest of the code and data the index is built with (name keys, this module, the word
    lists), so a change to any of them rebuilds the cached index instead of reusing stale keys."""
    import hashlib
    from importlib import resources

    h = hashlib.sha256()
    for pkg, name in (("reference_db", "names.py"), ("claims", "entities.py")):
        h.update(resources.files(pkg).joinpath(name).read_bytes())
    h.update(resources.files("claims").joinpath("patterns", "entities.json").read_bytes())
    return h.hexdigest()[:16]
PATTERNS = Path(__file__).resolve().parent / "patterns" / "entities.json"
CACHE_ENV = "VERIFIER_CACHE"

for _name, _default in (("mentions", None), ("as_of", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_KIND_PRIORITY = {"party": 0, "alliance": 1, "state": 2, "house": 3, "constituency": 4, "candidate": 5}
MAX_NGRAM = 6
MAX_IDS = 400  # ids kept per candidate mention, best first
SINGLE_MAX_PEOPLE = 3  # a lone word names a candidate only when at most this many people bear it
SINGLE_WINDOW = 15  # ... counting people who stood in the years before as_of
SINGLE_MIN_KEY = 4
SINGLE_INDEX_MAX_NAMES = 60  # words borne by more distinct names are not indexed alone
COMMON_WORD_NAMES = 400  # a word in more distinct names than this is "common" (Singh, Kumar…)
FUZZY_CUTOFF = 80.0
LONGER_FUZZY_CUTOFF = 88.0  # a run one word longer than an exact hit wins when it matches this well
LOCAL_SINGLE_MAX_PEOPLE = 1  # a lone word with no name cue: only the one namesake who stood in the named seat
FUZZY_BLOCK_MAX = 400


# -- words -------------------------------------------------------------------------------------
_WORD_CHARS = "A-Za-z0-9\u0900-\u0963\u0966-\u097F\u200c\u200d"
_WORD_RE = re.compile(rf"[{_WORD_CHARS}]+(?:[.'’][A-Za-z]+)*")
# split by it, a piece of text is [gap, word, gap, word, ..., gap]: offsets follow from the lengths
# alone (a pattern matching gap-and-word instead would retry a long trailing gap at each character)
_WORD_SPLIT_RE = re.compile(rf"({_WORD_RE.pattern})")
# ZWNJ, ZWJ and nukta go; precomposed nukta letters become their base letters
_NORM_TABLE = {0x200C: None, 0x200D: None, 0x093C: None}
_NORM_TABLE.update({ord(c): b for c, b in zip("क़ख़ग़ज़ड़ढ़फ़य़ऩऱऴ", "कखगजडढफयनरळ")})
_SENT_END_CHARS = set(".!?।|\n:")


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    norm: str  # no ZW/nukta; Latin casefolded
    dev: bool
    cap: bool  # Latin and capitalised
    upper: bool  # Latin, all capitals, 2+ letters
    sent_start: bool


_new_word = tuple.__new__


def _norm(text: str) -> str:
    return text.translate(_NORM_TABLE).casefold()


class _Memo(dict):
    """``memo[key]`` is ``make(key)``, worked out on the first lookup of each distinct key and kept
    (up to ``limit`` keys; only keys of at most ``max_len`` when given).  A dict subclass, so a hit
    costs one C-level lookup: lists of keys are looked up with ``map(memo.__getitem__, keys)``,
    without a Python call per hit."""

    __slots__ = ("make", "limit", "max_len")

    def __init__(self, make, limit: int, max_len: int | None = None):
        super().__init__()
        self.make = make
        self.limit = limit
        self.max_len = max_len

    def __missing__(self, key):
        got = self.make(key)
        if len(self) < self.limit and (self.max_len is None or len(key) <= self.max_len):
            self[key] = got
        return got


_SHAPE: dict[str, tuple[str, bool, bool, bool]] = {}


def _shape(w: str) -> tuple[str, bool, bool, bool]:
    """``(norm, devanagari, capitalised, all-capitals)`` of a word, memoised (words repeat)."""
    got = _SHAPE.get(w)
    if got is None:
        dev = "\u0900" <= w[0] <= "\u097f" or "\u0900" <= w[-1] <= "\u097f"
        if dev:
            got = (w.translate(_NORM_TABLE), True, False, False)
        else:
            got = (w.casefold(), False, w[0].isupper(), len(w) >= 2 and w.isupper())
        if len(_SHAPE) < 500_000:
            _SHAPE[w] = got
    return got


def _form(m: str) -> tuple[str, int, str, bool, bool, bool]:
    """A matched word -> (the word without a possessive 's, letters cut, norm, dev, cap, upper)."""
    w, cut = m, 0
    if len(w) > 3 and w[-2] in "'’" and w[-1] in "sS":  # "Congress’s", "BJP's": the name
        w, cut = w[:-2], 2
    return (w, cut) + _shape(w)


def _piece_words(piece: str) -> tuple[tuple[tuple, ...], bool]:
    """The words of a space-free piece of text: ``(items, ends)``, an item for each word,
    ``(start, end, text, norm, dev, cap, upper, gap before it ends a sentence)`` with offsets in
    the piece (``end`` before a cut possessive 's, which lies in the next gap and ends no
    sentence), and whether the gap after the last word (the whole piece, if it has none) does."""
    parts = _WORD_SPLIT_RE.split(piece)  # [gap, word, gap, word, ..., gap]
    items = []
    pos = 0
    for gap, m in zip(parts[0::2], parts[1::2]):
        start = pos + len(gap)
        pos = start + len(m)
        w, cut, norm, dev, cap, upper = _form(m)
        items.append((start, pos - cut, w, norm, dev, cap, upper, not _SENT_END_CHARS.isdisjoint(gap)))
    return tuple(items), not _SENT_END_CHARS.isdisjoint(parts[-1])


# A space is no word character, so the words of a text are those of its pieces between spaces, and
# a gap between words ends a sentence when one of the pieces of it does.  Pieces ("नूरपुर", "है.",
# "BJP's") recur: each is cut into words once (str.split and a dict lookup per piece are several
# times cheaper than a regex match per word).
_PIECES = _Memo(_piece_words, 500_000, max_len=64)  # long pieces (URLs, unspaced runs) seldom recur


def _words(text: str) -> list[_Word]:
    out: list[_Word] = []
    append = out.append
    pieces = _PIECES
    ends = True  # the gap since the last word ends a sentence (the first word starts one)
    off = 0  # where the piece starts in the text
    for piece in text.split(" "):
        items, trail_ends = pieces[piece]
        for start, end, w, norm, dev, cap, upper, gap_ends in items:
            append(_new_word(_Word, (off + start, off + end, w, norm, dev, cap, upper, ends or gap_ends)))
            ends = False
        if trail_ends:
            ends = True
        off += len(piece) + 1
    return out


def _phrase_key(text: str) -> str:
    """Surface key of a phrase: its words, normalised, joined by spaces."""
    return " ".join(w.norm for w in _words(text))


# -- the index ----------------------------------------------------------------------------------
class _Table:
    """A read-only ``str -> tuple[int, ...]`` map stored as a key list plus one flat int array:
    pickles and unpickles an order of magnitude faster than a dict of tuples."""

    __slots__ = ("keys", "starts", "values", "_pos")

    def __init__(self, mapping: dict[str, list[int]] | None = None):
        mapping = mapping or {}
        self.keys = list(mapping)
        lens = [len(mapping[k]) for k in self.keys]
        self.starts = np.zeros(len(self.keys) + 1, dtype=np.int64)
        np.cumsum(lens, out=self.starts[1:])
        self.values = np.fromiter((v for k in self.keys for v in mapping[k]), dtype=np.int32,
                                  count=int(self.starts[-1]))
        self._pos = {k: i for i, k in enumerate(self.keys)}

    def __getstate__(self):
        return (self.keys, self.starts, self.values)

    def __setstate__(self, state):
        self.keys, self.starts, self.values = state
        self._pos = dict(zip(self.keys, range(len(self.keys))))

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: str) -> bool:
        return key in self._pos

    def get(self, key: str) -> list[int] | None:
        i = self._pos.get(key)
        if i is None:
            return None
        return self.values[self.starts[i]:self.starts[i + 1]].tolist()


@dataclass
class EntityIndex:
    """Everything needed to find the reference's names in a text, without touching SQLite.

    ``phrases``: surface key → ``[(kind, ids, name, upper_only)]`` for parties, alliances,
    states, house words and opposition words.  ``party_names``: party abbreviation → itself
    (to build "SP+" alliances).  ``const_keys``: run-together name key → ``(ids, name)``.
    Candidates are stored column-wise: distinct name keys ``cand_keys[i]`` own result ids
    ``cand_ids[cand_start[i]:cand_start[i+1]]`` (with ``cand_years`` alongside);
    ``cand_keys`` are the names' word keys run together (``naimulhasan``), ``cand_nwords`` how
    many words each has, ``cand_const`` the constituency id of each candidacy.
    ``cand_lookup`` maps a run-together key (whole name or a part of two or more words) to
    name indices, ``cand_single`` a distinctive single word to name indices, ``cand_block``
    a block key to name indices (for fuzzy matching; ``cand_block_last`` blocks on the whole
    last word and the first word's initial, for first names spelt differently).
    """

    fingerprint: str
    phrases: dict = field(default_factory=dict)
    ambiguous: dict = field(default_factory=dict)
    alliance_suffix: set = field(default_factory=set)
    const_keys: dict = field(default_factory=dict)
    cand_keys: list = field(default_factory=list)
    cand_display: list = field(default_factory=list)
    cand_spell: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # per candidacy, -1: cand_display
    cand_spellings: list = field(default_factory=list)
    cand_start: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))
    cand_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    cand_years: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int16))
    cand_const: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    cand_nwords: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))
    cand_lookup: _Table = field(default_factory=_Table)
    cand_single: _Table = field(default_factory=_Table)
    cand_block: _Table = field(default_factory=_Table)
    cand_block_last: _Table = field(default_factory=_Table)
    phrase_first: set = field(default_factory=set)
    const_first: set = field(default_factory=set)
    const_spellings: dict = field(default_factory=dict)
    name_words: set = field(default_factory=set)
    common_words: set = field(default_factory=set)
    stop: set = field(default_factory=set)
    not_alone: set = field(default_factory=set)

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state.pop("_lexicon", None)  # the finders' memo (see _lexicon): rebuilt on demand
        return state

    # -- building ---------------------------------------------------------------------------
    @classmethod
    def build(cls, reference: Reference) -> "EntityIndex":
        """Read the reference once and index every name in it (takes seconds on the full
        national reference; :meth:`load` caches the result)."""
        pats = json.loads(PATTERNS.read_text(encoding="utf-8"))
        idx = cls(fingerprint=reference.fingerprint())
        idx.stop = {_norm(w) for w in (pats["stop_hi"] + " " + pats["stop_en"]).split()}
        idx.not_alone = {_norm(w) for w in (pats["not_alone_hi"] + " " + pats["not_alone_en"]).split()}
        idx.alliance_suffix = {_phrase_key(s) for s in pats["alliance_suffix"]}
        idx.ambiguous = {
            _phrase_key(k): ({_norm(x) for x in v["next"]}, {_norm(x) for x in v["not_after_next"]})
            for k, v in pats["ambiguous_party_aliases"].items()
        }
        idx._build_phrases(reference, pats)
        idx._build_candidates(reference)
        idx._build_constituencies(reference, pats)
        del idx._seat_people
        return idx

    def _add_phrase(self, surface: str, kind: str, ids: tuple, name: str, first: bool = False) -> None:
        """``first``: an alias, which goes before the entries the reference's own codes gave the
        same words (``JDU`` is the alias of ``JD(U)`` before it is the stray code ``JDU``)."""
        key = _phrase_key(surface)
        if not key:
            return
        words = [w for w in surface.split() if w]
        upper_only = (
            not is_devanagari(surface) and len(words) == 1 and surface.isupper() and len(surface) <= 6
        )
        self.phrase_first.add(key.split(" ")[0])
        entries = self.phrases.setdefault(key, [])
        entry = (kind, ids, name, upper_only)
        n_first = self._phrase_aliased.get(key, 0) if first else 0
        same = [i for i, e in enumerate(entries) if e[:3] == entry[:3]]
        if same and (not first or same[0] < n_first):
            return
        if not first:
            entries.append(entry)
            return
        for i in reversed(same):
            del entries[i]
        entries.insert(n_first, entry)
        self._phrase_aliased[key] = n_first + 1

    def _build_phrases(self, reference: Reference, pats: dict) -> None:
        self._phrase_aliased: dict[str, int] = {}
        known_parties = set()
        try:
            parties = reference.parties()
        except Exception:  # noqa: BLE001 - an older reference without the table
            parties = {}
        known_parties.update(parties)
        known_parties.update(r[0] for r in reference.query("SELECT DISTINCT party FROM results WHERE party IS NOT NULL"))
        for abbr, full in parties.items():
            if abbr and abbr.upper() == abbr and len(abbr) >= 2 and _norm(abbr) not in self.stop:
                self._add_phrase(abbr, "party", (abbr,), abbr)
            if full and len(full.split()) >= 2:
                self._add_phrase(full, "party", (abbr,), abbr)
        aliases = {}
        for kind in ("party", "alliance", "state"):
            try:
                aliases[kind] = reference.aliases(kind)
            except Exception:  # noqa: BLE001
                aliases[kind] = []
        for alias, canonical, _lang in aliases["party"]:
            if canonical in known_parties or not known_parties:
                self._add_phrase(alias, "party", (canonical,), canonical, first=True)
        for alias, canonical, _lang in aliases["alliance"]:
            self._add_phrase(alias, "alliance", (canonical,), canonical)
        for name in ("NDA", "UPA", "INDIA bloc", "I.N.D.I.A"):
            self._add_phrase(name, "alliance", (name.split()[0].replace(".", "") if name != "INDIA bloc" else "INDIA",),
                             "INDIA" if "INDIA" in name or "I.N.D" in name else name)
        for word in pats["opposition"]:
            self._add_phrase(word, "alliance", ("OPPOSITION",), "OPPOSITION")
        states = {r[0] for r in reference.query("SELECT DISTINCT state FROM elections")}
        for s in states:
            self._add_phrase(s, "state", (s,), s)
        for alias, canonical, _lang in aliases["state"]:
            if canonical in states:
                self._add_phrase(alias, "state", (canonical,), canonical)
        if "Uttar Pradesh" in states:
            self._add_phrase("UP", "state", ("Uttar Pradesh",), "Uttar Pradesh")
        for house, words in pats["house"].items():
            for w in words:
                self._add_phrase(w, "house", (house,), house)
        del self._phrase_aliased

    def _build_constituencies(self, reference: Reference, pats: dict) -> None:
        directions = {k: v for k, v in pats["direction_hi"].items()}
        by_key: dict[str, list] = defaultdict(list)
        names: dict[str, str] = {}
        spellings: dict[str, set[str]] = defaultdict(set)

        first: set[str] = set()

        def add(key: str, cid: int, name: str, first_word: str = "", surface: str = "") -> None:
            if first_word:
                first.add(first_word)
            if key and cid not in by_key[key]:
                by_key[key].append(cid)
                names.setdefault(key, name)
            if key and surface:
                spellings[key].add(_spelling_key(surface))

        consts = reference.constituencies()
        for c in consts:
            clean = re.sub(r"\((sc|st|gen)\)", "", c.name, flags=re.I).strip()
            keys = _name_word_keys(clean)
            if not keys:
                continue
            display = clean.title() if clean.isupper() else clean
            add("".join(keys), c.id, display, keys[0], clean)
            words = clean.lower().replace(".", "").split()
            if words and words[-1] in directions:
                for hi in directions[words[-1]]:
                    add("".join(keys[:-1]) + word_key(hi), c.id, display, keys[0])
            # "Krishnanagar (North)" is the record's Krishnanagar Uttar, "East Champaran" its
            # Purvi Champaran: a compass word first or last, in English or Hindi
            if len(keys) >= 2:
                for pos in (0, len(keys) - 1):
                    for other in _DIRECTION_KEYS.get(keys[pos], ()):
                        variant = keys[:pos] + [other] + keys[pos + 1:]
                        add("".join(variant), c.id, display, variant[0])
        try:
            const_aliases = reference.aliases("constituency")
        except Exception:  # noqa: BLE001
            const_aliases = []
        canon = defaultdict(list)
        for c in consts:
            canon[c.name.casefold()].append(c)
        for alias, canonical, _lang in const_aliases:
            for c in canon.get(canonical.casefold(), []):
                akeys = _name_word_keys(alias)
                if akeys:
                    add("".join(akeys), c.id, c.name.title() if c.name.isupper() else c.name, akeys[0], alias)
        renamed = self._renamed_seats(consts, getattr(self, "_seat_people", {}))
        const_keys = {}
        for k, v in by_key.items():
            ids = list(v)
            for cid in v:
                ids.extend(t for t in sorted(renamed.get(cid, ())) if t not in ids)
            const_keys[k] = (tuple(ids), names[k])
        self.const_keys = const_keys
        self.const_first = first
        self.const_spellings = {k: tuple(sorted(v)) for k, v in spellings.items()}

    @staticmethod
    def _renamed_seats(consts: list, people: dict) -> dict[int, set[int]]:
        """Seats the reference keeps under two spellings, one before and one after a date
        (LS/VS ``Berhampore`` until 2004/2006, ``Baharampur`` from 2009/2011): the old name is
        last contested right before the new one is first, in the same house and state, with a
        similar name key (no compass word, number or town/rural word of difference, neither
        key the start of the other), and the same people standing at that turn: two of them,
        or one when the names are very close.  Each old seat must have exactly one such
        successor, and that successor one such predecessor.  Both then answer either name.

        ``people``: ``(constituency id, year) -> {candidate name key}``, with ``(id, None)``
        giving the ``(first, last)`` years the seat was contested."""
        if not people:
            return {}
        groups: dict[tuple, list] = defaultdict(list)
        for c in consts:
            span = people.get((c.id, None))
            if span is None:
                continue
            keys = _name_word_keys(re.sub(r"\((sc|st|gen)\)", "", c.name, flags=re.I).strip())
            if keys:
                groups[(c.house, c.state)].append((c.id, "".join(keys), frozenset(keys), span[0], span[1]))
        links: dict[int, set[int]] = defaultdict(set)
        for items in groups.values():
            firsts: dict[str, int] = {}
            lasts: dict[str, int] = {}
            by_letter: dict[str, list] = defaultdict(list)
            for it in items:
                firsts[it[1]] = min(firsts.get(it[1], 9999), it[3])
                lasts[it[1]] = max(lasts.get(it[1], 0), it[4])
                by_letter[it[1][0]].append(it)
            nxt: dict[int, list[int]] = defaultdict(list)
            prev: dict[int, list[int]] = defaultdict(list)
            for a_id, ka, wa, _a0, a1 in items:
                if lasts[ka] > a1:  # the old name goes on being contested
                    continue
                for b_id, kb, wb, b0, _b1 in by_letter[ka[0]]:
                    if not (a1 < b0 <= a1 + 10) or ka == kb or firsts[kb] < b0:
                        continue
                    if ka.startswith(kb) or kb.startswith(ka) or (wa ^ wb) & _SEAT_PART_WORDS:
                        continue
                    if any(ch.isdigit() for ch in ka + kb):
                        continue
                    score = fuzz.ratio(ka, kb)
                    if score < 75:
                        continue
                    shared = len(people.get((a_id, a1), set()) & people.get((b_id, b0), set()))
                    if shared >= 2 or (shared and score >= 88):
                        nxt[a_id].append(b_id)
                        prev[b_id].append(a_id)
            for a_id, bs in nxt.items():
                if len(bs) == 1 and len(prev[bs[0]]) == 1:
                    links[a_id].add(bs[0])
                    links[bs[0]].add(a_id)
        return links

    def _build_candidates(self, reference: Reference) -> None:
        groups: dict[str, list] = defaultdict(list)
        display: dict[str, str] = {}
        contest_const = {r[0]: r[1] for r in reference.query("SELECT id, constituency_id FROM contests")}
        seat_people: dict[tuple, object] = {}
        for rid, cand, cid, year, _state, _house, _kind in reference.candidate_rows():
            keys = _name_word_keys(cand or "")
            const = contest_const.get(cid, 0)
            span = seat_people.get((const, None))
            seat_people[(const, None)] = (min(span[0], year), max(span[1], year)) if span else (year, year)
            if not keys:
                continue
            k = " ".join(keys)
            groups[k].append((rid, year, const, cand))
            seat_people.setdefault((const, year), set()).add(k)
            display.setdefault(k, cand)
        self._seat_people = seat_people  # for _renamed_seats; not kept in the index
        cand_keys = sorted(groups)
        starts = [0]
        ids: list[int] = []
        years: list[int] = []
        consts: list[int] = []
        spell: list[int] = []
        spellings: dict[str, int] = {}
        for k in cand_keys:
            rows = sorted(groups[k], key=lambda t: -t[1])
            ids.extend(r for r, _, _, _ in rows)
            years.extend(y for _, y, _, _ in rows)
            consts.extend(c for _, _, c, _ in rows)
            starts.append(len(ids))
            # one key, spellings with other letters (VIREN SINGH, A. BIREN SINGH): each row keeps its own;
            # case and punctuation alone ("Tabassum Begum €") are one spelling, the first seen
            if len({_letters(r[3]) for r in rows}) > 1:
                spell.extend(spellings.setdefault(r[3], len(spellings)) for r in rows)
            else:
                spell.extend([-1] * len(rows))
        word_df: dict[str, int] = defaultdict(int)
        for k in cand_keys:
            for w in set(k.split()):
                word_df[w] += 1
        common = {w for w, n in word_df.items() if n > COMMON_WORD_NAMES}
        lookup: dict[str, list[int]] = defaultdict(list)
        single: dict[str, list[int]] = defaultdict(list)
        block: dict[str, list[int]] = defaultdict(list)
        block_last: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(cand_keys):
            ws = k.split()
            lookup["".join(ws)].append(i)
            n = len(ws)
            for a in range(n):
                for b in range(a + 2, n + 1):
                    if (a, b) != (0, n) and any(w not in common for w in ws[a:b]):
                        sub = "".join(ws[a:b])
                        if not lookup[sub] or lookup[sub][-1] != i:
                            lookup[sub].append(i)
            if n >= 3 and (ws[0] not in common or ws[-1] not in common):  # "Pankaja … Munde"
                pair = ws[0] + ws[-1]
                if not lookup[pair] or lookup[pair][-1] != i:
                    lookup[pair].append(i)
            for w in set(ws):
                if len(w) >= SINGLE_MIN_KEY and word_df[w] <= SINGLE_INDEX_MAX_NAMES:
                    single[w].append(i)
            if n >= 2:
                block[_block_key(ws[0], ws[-1])].append(i)
                block_last[_block_key_last(ws[0], ws[-1])].append(i)
        self.cand_keys = [k.replace(" ", "") for k in cand_keys]
        self.cand_nwords = np.asarray([k.count(" ") + 1 for k in cand_keys], dtype=np.int8)
        self.cand_display = [display[k] for k in cand_keys]
        self.cand_spell = np.asarray(spell, dtype=np.int32)
        self.cand_spellings = list(spellings)
        self.cand_start = np.asarray(starts, dtype=np.int64)
        self.cand_ids = np.asarray(ids, dtype=np.int64)
        self.cand_years = np.asarray(years, dtype=np.int16)
        self.cand_const = np.asarray(consts, dtype=np.int32)
        self.cand_lookup = _Table(lookup)
        self.cand_single = _Table(single)
        self.cand_block = _Table({k: v for k, v in block.items() if len(v) <= FUZZY_BLOCK_MAX})
        self.cand_block_last = _Table({k: v for k, v in block_last.items() if len(v) <= FUZZY_BLOCK_MAX})
        self.name_words = set(word_df)
        self.common_words = common

    # -- caching ----------------------------------------------------------------------------
    @staticmethod
    def cache_dir() -> Path:
        env = os.environ.get(CACHE_ENV)
        return Path(env) if env else Path.home() / ".cache" / "election-verifier"

    @classmethod
    def cache_path(cls, reference: Reference) -> Path:
        import hashlib

        digest = hashlib.sha256(f"{INDEX_VERSION}|{_code_digest()}|{reference.fingerprint()}".encode()).hexdigest()[:20]
        return cls.cache_dir() / f"entities-{digest}.pickle"

    @classmethod
    def load(cls, reference: Reference) -> "EntityIndex":
        """The index of ``reference`` from the disk cache, building (and caching) it when the
        cache is missing, stale (another fingerprint or version) or unreadable."""
        path = cls.cache_path(reference)
        if path.is_file():
            try:
                with path.open("rb") as fh:
                    idx = pickle.load(fh)
                if isinstance(idx, cls) and idx.fingerprint == reference.fingerprint():
                    # The index lives as long as the process: keep the cyclic GC from walking
                    # its millions of objects on every full collection.
                    gc.freeze()
                    return idx
            except Exception:  # noqa: BLE001 - a corrupt cache is rebuilt
                pass
        idx = cls.build(reference)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".entities-", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(idx, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # an unwritable cache dir only costs the next start a rebuild
        return idx

    # -- candidate helpers -------------------------------------------------------------------
    def _spelling(self, i: int, result_id: int) -> str:
        """How the record writes name ``i`` in that candidacy: a mention is named after its best
        candidacy, the latest before ``as_of`` ("CM Biren Singh" in 2022 is A. BIREN SINGH of 2017,
        not VIREN SINGH of 2010, whose name has the same key)."""
        for j in range(int(self.cand_start[i]), int(self.cand_start[i + 1])):
            if int(self.cand_ids[j]) == result_id:
                k = int(self.cand_spell[j]) if j < len(self.cand_spell) else -1
                return self.cand_spellings[k] if k >= 0 else self.cand_display[i]
        return self.cand_display[i]

    def _rows(self, i: int) -> tuple[list[int], list[int], list[int]]:
        """``(years, result ids, constituency ids)`` of name ``i``'s candidacies, newest first,
        as Python lists (memoised: names recur, and numpy item access is slow)."""
        rows = _lexicon(self).rows
        got = rows.get(i)
        if got is None:
            a, b = int(self.cand_start[i]), int(self.cand_start[i + 1])
            got = (self.cand_years[a:b].tolist(), self.cand_ids[a:b].tolist(), self.cand_const[a:b].tolist())
            if len(rows) < 200_000:
                rows[i] = got
        return got

    def _latest_year(self, i: int, max_year: int | None) -> int:
        """The year of name ``i``'s latest candidacy in or before ``max_year`` (-1: none)."""
        hi = max_year if max_year is not None else 10_000
        for y in self._rows(i)[0]:  # newest first
            if y <= hi:
                return y
        return -1

    def _ids_of(self, names: Iterable[int], max_year: int | None, min_year: int | None = None,
                consts: set[int] | None = None) -> list[tuple[int, int, int]]:
        """``(result_id, year, name_index)`` of the candidacies of these names within the years
        (and, given ``consts``, in those constituencies)."""
        out = []
        hi = max_year if max_year is not None else 10_000
        lo = min_year if min_year is not None else 0
        memo = _lexicon(self).rows
        for i in names:
            years, ids, cs = memo.get(i) or self._rows(i)
            for y, rid, c in zip(years, ids, cs):  # newest first; a name has few candidacies
                if y > hi:
                    continue
                if y < lo:
                    break
                if consts is not None and c not in consts:
                    continue
                out.append((rid, y, i))
        return out


def _letters(name: str | None) -> str:
    return "".join(ch for ch in (name or "").casefold() if ch.isalnum())


def _block_key(first: str, last: str) -> str:
    return f"{first[:3]}|{last[:2]}"


def _block_key_last(first: str, last: str) -> str:
    """The second block: the whole last word, the first word's initial only."""
    return f"{first[:1]}|{last}"


def _name_word_keys(text: str) -> list[str]:
    """Word keys of a name as the index stores them (titles and Latin initials left out)."""
    return token_keys(text)


# Compass words of constituency names: the record writes Uttar/Dakshin/Purba/Paschim/Madhya
# where a text may say North/South/East/West/Central, or the other way round, or in Hindi.
_DIRECTION_GROUPS = (
    "north uttar uttari उत्तर उत्तरी नॉर्थ",
    "south dakshin dakshini दक्षिण दक्षिणी साउथ",
    "east purba purbo purva purv poorva purab purbi purvi पूर्व पूर्वी ईस्ट",
    "west paschim pashchim paschimi pashchimi पश्चिम पश्चिमी वेस्ट",
    "central madhya मध्य सेंट्रल",
)
_DIRECTION_KEYS: dict[str, tuple[str, ...]] = {}
for _group in _DIRECTION_GROUPS:
    _gkeys = tuple(dict.fromkeys(k for k in (word_key(w) for w in _group.split()) if k))
    for _k in _gkeys:
        _DIRECTION_KEYS[_k] = tuple(o for o in _gkeys if o != _k)
# Words that make two seat names different seats, not two spellings of one (Ajmer East/South,
# Panipat/Panipat City, Salem-I/Salem West)
_SEAT_PART_WORDS = frozenset(_DIRECTION_KEYS) | {word_key(w) for w in (
    "city town urban rural cantt cantonment sadar dehat nagar i ii iii iv v vi".split())}


_SPELLING_SUBS = [
    (re.compile(r"ph"), "f"), (re.compile(r"x"), "ks"), (re.compile(r"q"), "k"), (re.compile(r"z"), "j"),
    (re.compile(r"w"), "v"), (re.compile(r"ck"), "k"), (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"ee|ii"), "i"), (re.compile(r"oo|uu"), "u"), (re.compile(r"aa"), "a"), (re.compile(r"ou"), "au"),
    (re.compile(r"(.)\1+"), r"\1"), (re.compile(r"(?<=[aeiou])m(?=[bp])"), "n"), (re.compile(r"(?<=..)pore$"), "pur"),
]


@lru_cache(maxsize=100_000)
def _spelling_key(text: str) -> str:
    """A name's letters with only the differences of script and of vowel length forgiven: unlike
    :func:`word_key` it keeps aspiration and b against v (दरबार ``darbar`` is not Dharwar
    ``dharvar``).  Words run together, a final ``a`` dropped."""
    latin = romanize(text) if is_devanagari(text) else text.lower()
    out = []
    for w in re.split(r"[^a-z]+", unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()):
        for pat, sub in _SPELLING_SUBS:
            w = pat.sub(sub, w)
        if len(w) > 2 and w.endswith("a"):
            w = w[:-1]
        out.append(w)
    return "".join(out)


# -- per-index word facts ------------------------------------------------------------------------
class _Lex(NamedTuple):
    """What the finders ask of one word (by its text) against one index."""
    name_like: bool
    key: str  # word_key, where a finder may use it (a name-like, compass or place-tail word), else ""
    alt: str  # alt_word_key of a Devanagari word with a key, else ""
    ckey: str  # the key a candidate name may use (name-like, not an alias marker), else ""
    is_alias: bool  # a name-like alias marker ("उर्फ", "alias")
    alt_c: str  # the constituency reading with its schwas: ``alt or key``
    unu: str  # the key without a Telugu final -u ("Atmakuru"), else ""
    const_start: bool  # may start a constituency name
    place: int  # 1: always may be part of a place name; 2: only as a place tail (see _place_tail)
    single: bool  # may stand alone for a candidate (but for sentence-initial Latin words)


class _Lexicon:
    """:class:`_Lex` of every word seen, worked out once per distinct word (words repeat, within
    a text and across texts); kept on the index it was made for, never pickled."""

    __slots__ = ("index", "words", "phrase_lens", "suffix_first", "spelt", "rows", "blocks", "lone_place",
                 "exact", "fuzzy", "single_pool", "single_recent", "result_ids")

    def __init__(self, index: "EntityIndex"):
        self.index = index
        self.words: dict[str, _Lex] = _Memo(self._make_text, 500_000)  # a word's text -> its _Lex
        lens: dict[str, set[int]] = defaultdict(set)
        for key in index.phrases:
            parts = key.split(" ")
            if len(parts) <= MAX_NGRAM and parts[0] in index.phrase_first:
                lens[parts[0]].add(len(parts))
        # first word of a phrase -> the phrases' lengths in words, longest first
        self.phrase_lens = {f: tuple(sorted(v, reverse=True)) for f, v in lens.items()}
        # first words of the alliance suffixes ("गठबंधन", "led"): most parties are followed by none
        self.suffix_first = {k.split(" ")[0] for k in index.alliance_suffix}
        self.spelt: dict[tuple[str, str], bool] = {}
        self.rows: dict[int, tuple[list[int], list[int], list[int]]] = {}  # see EntityIndex._rows
        self.blocks: dict[tuple[str, str], tuple[list[int], list[str]]] = {}  # see _fuzzy_block
        self.lone_place = _Memo(self._lone_place, 500_000)  # a word's text -> _lone_place
        # What a run of candidate name words finds, by the run's keys (names recur across texts):
        # never mutate the lists these hold, they are shared by every text naming the same person.
        self.exact = _Memo(self._exact_names, 50_000)  # (keys, alts) -> _exact_names
        self.fuzzy = _Memo(self._fuzzy_names, 50_000)  # (keys, alts, cutoff) -> _fuzzy_names
        self.single_pool = _Memo(self._single_pool, 50_000)  # (ckey, alt) -> _single_pool
        self.single_recent = _Memo(self._single_recent, 50_000)  # (ckey, alt, as_of year) -> _single_recent
        self.result_ids = _Memo(self._result_ids, 20_000)  # (names, as_of year) -> _result_ids

    def of(self, words: list[_Word]) -> list[_Lex]:
        return list(map(self.words.__getitem__, map(_TEXT_OF, words)))

    def _make_text(self, text: str) -> _Lex:
        # everything _make reads of a word follows from its text (see _form)
        return self._make(_Word(0, len(text), text, *_shape(text), False))

    def _make(self, w: _Word) -> _Lex:
        index, text, norm, dev = self.index, w.text, w.norm, w.dev
        name_like = _name_like(w, index)
        place = 1 if (name_like or norm in _DIRECTION_WORDS) else 2 if norm in _PLACE_TAIL else 0
        key = word_key(text) if place else ""
        alt = alt_word_key(text) if (dev and key) else ""
        is_alias = name_like and bool(key) and key in ALIAS_WORDS
        ckey = key if (name_like and not is_alias) else ""
        alt_c = (alt or key) if dev else key
        unu = key[:-1] if (key and key[-1] == "u" and len(key) >= 6 and key[-2] not in "aeiou" and not dev) else ""
        first = index.const_first
        const_start = name_like and bool(key) and (key in first or alt_c in first or bool(unu and unu in first))
        single = (
            bool(ckey) and len(ckey) >= SINGLE_MIN_KEY and ckey not in index.common_words
            and norm not in index.not_alone and (dev or not (w.upper and len(text) <= 4))
            and (ckey in index.cand_single or bool(alt and alt not in index.common_words and alt in index.cand_single))
        )
        return _Lex(name_like, key, alt, ckey, is_alias, alt_c, unu, const_start, place, single)

    def _lone_place(self, text: str) -> tuple[tuple, bool] | None:
        """A word that starts a place name, alone: ``((ids, name), needs a place cue word after
        it)``, or None when it names no place on its own (see :func:`_lone_place_cue`)."""
        e = self.words[text]
        got = _place_hit(self.index.const_keys, [e.key], e.unu, [e.alt_c])
        if got is None:
            return None
        hit, key = got
        w = _Word(0, len(text), text, *_shape(text), False)
        needs_cue = _lone_place_cue(w, e.key, self.index)
        if needs_cue is None or not _spelt_alike(w, key, self.index):
            return None
        return hit, needs_cue

    def _exact_names(self, run: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[list[int], list[int]] | None:
        """The names a run of two or more name words (their keys, and their alt keys or "") matches
        exactly: ``(whole names of that many words, names it is only a part of)``; None when
        nothing matches, or only parts of names and every word is common."""
        keys, alts = run
        index = self.index
        lookup, cand_keys, nwords = index.cand_lookup, index.cand_keys, index.cand_nwords
        q = "".join(keys)
        qs, hit = (q,), lookup.get(q)
        if any(alts):  # "पंकजा मुंडे": the record writes the schwa (PANKAJA)
            qa = "".join([a or k for k, a in zip(keys, alts)])
            more = lookup.get(qa)
            if hit is None:
                qs, hit = (qa,), more
            else:
                # "अमरिंदर सिंह" reads AMRINDER SINGH, and with its schwa AMARINDER SINGH: a whole
                # name of either reading is a whole-name match
                have = set(hit)
                extra = [i for i in more or () if i not in have and cand_keys[i] == qa and nwords[i] == len(keys)]
                if extra:
                    qs, hit = (q, qa), hit + extra
        if hit is None:
            return None
        full = [i for i in hit if cand_keys[i] in qs and nwords[i] == len(keys)]
        if not full and all(k in index.common_words for k in keys):
            return None
        full_set = set(full)
        return full, [i for i in hit if i not in full_set]

    def _fuzzy_names(self, run: tuple[tuple[str, ...], tuple[str, ...], float]) -> tuple[list[int], float] | None:
        """The names closest to a run of name words (keys, alt keys or "", cutoff), compared fuzzily
        within their block, as ``(names, score)``; None when none scores ``cutoff``, or every word
        is common."""
        keys, alts, cutoff = run
        index = self.index
        if all(k in index.common_words for k in keys):
            return None
        queries = [keys]
        if any(alts):
            queries.append([a or k for k, a in zip(keys, alts)])
        best = None
        for qk in queries:
            block, choices = _fuzzy_block(index, qk[0], qk[-1])
            if not block:
                continue
            hits = process.extract("".join(qk), choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=10)
            if hits and (best is None or hits[0][1] > best[1]):
                top = hits[0][1]
                best = ([block[h[2]] for h in hits if h[1] >= top - 3], round(float(top), 1))
        return best

    def _single_pool(self, word: tuple[str, str]) -> list[int] | None:
        """The names a lone name word (its candidate key, its alt key or "") may stand for."""
        k, alt = word
        index = self.index
        pool = index.cand_single.get(k)
        if alt and alt not in index.common_words:  # "निरहुआ ने": NIRAHUA, written with the schwa
            more = index.cand_single.get(alt)
            if more:
                have = set(pool or ())
                pool = (pool or []) + [i for i in more if i not in have]
        return pool

    def _single_recent(self, word: tuple[str, str, int | None]) -> list[tuple[int, frozenset]]:
        """The names in a lone name word's pool (candidate key, alt key) who stood in the
        ``SINGLE_WINDOW`` years up to as_of, with the constituencies they stood in then."""
        k, alt, as_of_year = word
        hi = as_of_year if as_of_year is not None else 10_000
        lo = as_of_year - SINGLE_WINDOW if as_of_year else 0
        out = []
        for i in self.single_pool[k, alt] or ():
            years, _ids, consts = self.index._rows(i)
            seats = frozenset(c for y, c in zip(years, consts) if lo <= y <= hi)
            if seats:
                out.append((i, seats))
        return out

    def _result_ids(self, found: tuple[tuple[int, ...], int | None]) -> tuple[tuple[int, ...], str] | None:
        """A candidate mention's result ids (the names' candidacies up to as_of, by name in order,
        each name's newest first; at most MAX_IDS) and the name as its first candidacy writes it."""
        names, as_of_year = found
        index = self.index
        rows = index._ids_of(names, as_of_year)
        if not rows:
            return None
        if len(set(names)) < len(names):
            # _ids_of lists the rows by name in ``names`` order, each name's newest first: the
            # order wanted, unless a name came twice
            rank = {i: r for r, i in enumerate(names)}
            rows.sort(key=lambda t: (rank[t[2]], -t[1]))
        return tuple([r for r, _, _ in rows[:MAX_IDS]]), index._spelling(rows[0][2], rows[0][0])


_NORM_OF = attrgetter("norm")
_TEXT_OF = attrgetter("text")
_CONST_START = attrgetter("const_start")
_CKEY = attrgetter("ckey")


def _lexicon(index: "EntityIndex") -> _Lexicon:
    lx = index.__dict__.get("_lexicon")
    if lx is None:
        lx = index.__dict__["_lexicon"] = _Lexicon(index)
    return lx


# Mention is a frozen dataclass: its generated __init__ sets each field through object.__setattr__
# (~1.6 µs a mention, over a tenth of this module's time on a long article).  It is plain data without
# __post_init__ or __slots__, so a mention is made by giving a new instance its field dict: the very
# object the constructor makes (equal, hashed and pickled alike).  Checked here; if Mention ever
# changes shape, the constructor is used.
_MENTION_FIELDS = ("kind", "start", "end", "text", "ids", "name", "score")
_MENTION_AS_DICT = ([f.name for f in fields(Mention) if f.init] == list(_MENTION_FIELDS)
                    and not hasattr(Mention, "__post_init__") and "__slots__" not in vars(Mention))
_new_object = object.__new__
_set_attr = object.__setattr__


def _mention(kind: str, start: int, end: int, text: str, ids: tuple, name: str, score: float) -> Mention:
    if not _MENTION_AS_DICT:
        return Mention(kind, start, end, text, ids=ids, name=name, score=score)
    m = _new_object(Mention)
    _set_attr(m, "__dict__", {"kind": kind, "start": start, "end": end, "text": text, "ids": ids,
                              "name": name, "score": score})
    return m


# -- finding ------------------------------------------------------------------------------------
def find_mentions(doc_or_text: Doc | str, index: EntityIndex, as_of_year: int | None = None) -> list[Mention]:
    """Every mention of a reference entity in the text, sorted by start, without overlaps
    (a longer mention wins; at equal length party > alliance > state > house > constituency >
    candidate).  Candidate ids are limited to candidacies in or before ``as_of_year``, best
    match first, then the most recent."""
    text = doc_text(doc_or_text) if isinstance(doc_or_text, Doc) else doc_or_text
    words = _words(text)
    lex = _lexicon(index).of(words)
    found: list[Mention] = []
    _find_phrases(text, words, index, found)
    _find_constituencies(text, words, index, found, lex)
    taken = _select(found)
    _find_candidates(text, words, index, as_of_year, taken, lex)
    return _select(taken)


def _span_text(text: str, words: list[_Word], a: int, b: int) -> str:
    return text[words[a].start:words[b - 1].end]


def _find_phrases(text: str, words: list[_Word], index: EntityIndex, out: list[Mention]) -> None:
    n = len(words)
    norms = list(map(_NORM_OF, words))
    lx = _lexicon(index)
    first_lens, suffix_first = lx.phrase_lens, lx.suffix_first
    phrases, ambiguous, suffixes = index.phrases, index.ambiguous, index.alliance_suffix
    for a in compress(range(n), map(first_lens.__contains__, norms)):  # words that start a phrase
        for size in first_lens[norms[a]]:  # only the lengths of phrases starting with this word, longest first
            b = a + size
            if b > n:
                continue
            key = norms[a] if size == 1 else " ".join(norms[a:b])
            entries = phrases.get(key)
            if not entries:
                continue
            for kind, ids, name, upper_only in entries:
                if upper_only and not _all_capitals(text, words, a, b):
                    continue
                if kind == "state" and not words[a].dev and not words[a].cap:
                    continue
                if key in ambiguous and not _ambiguous_ok(norms, b, ambiguous[key]):
                    continue
                end_b = b
                # "सपा गठबंधन", "BJP alliance", "BJP-led alliance"
                if kind == "party" and b < n and norms[b] in suffix_first:
                    for k in (1, 2):
                        if b + k <= n and " ".join(norms[b:b + k]) in suffixes:
                            kind, ids, name, end_b = "alliance", tuple(f"{p}+" for p in ids), f"{name}+", b + k
                            break
                start, end = words[a].start, words[end_b - 1].end
                if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
                    end += 1  # "JD(U)": the closing bracket belongs to the name
                out.append(_mention(kind, start, end, text[start:end], ids, name, 100.0))
            break  # the longest phrase starting here


def _all_capitals(text: str, words: list[_Word], a: int, b: int) -> bool:
    """A Latin abbreviation written in capitals: one word of two or more capitals ("BJP", not "Sp"),
    or a code with a bracketed or hyphenated part, where one capital letter may stand alone
    ("JD(U)", "JD (U)", "CPI-M")."""
    if b - a == 1:
        return words[a].upper
    span = text[words[a].start:words[b - 1].end]
    return (not any(w.dev for w in words[a:b]) and span.isupper()
            and all(text[words[i - 1].end:words[i].start].strip() in ("(", "-", ")(", ") (")
                    for i in range(a + 1, b)))


def _ambiguous_ok(norms: list[str], b: int, rule: tuple[set, set]) -> bool:
    nxt, not_after = rule
    if b >= len(norms) or norms[b] not in nxt:
        return False
    return not (b + 1 < len(norms) and norms[b + 1] in not_after)


def _name_like(w: _Word, index: EntityIndex) -> bool:
    if w.norm in index.stop:
        return False
    if w.dev:
        return True
    return w.cap and not w.text[:1].isdigit()


def _find_constituencies(text: str, words: list[_Word], index: EntityIndex, out: list[Mention],
                          lex: list[_Lex] | None = None) -> None:
    lx = _lexicon(index)
    if lex is None:
        lex = lx.of(words)
    n = len(words)
    # a name-like word whose key (or alt / -u reading) starts a place name
    starts = list(compress(range(n), map(_CONST_START, lex)))
    if not starts:
        return
    const_keys = index.const_keys
    lone_place = lx.lone_place
    for a in starts:
        # keys of the words from here that may be part of a place name (name-like, compass or
        # place-tail words), up to the first that may not; the first word's is never ""
        keys = [lex[a].key]
        for i in range(a + 1, min(n, a + 4)):
            e = lex[i]
            k = e.key if (e.place == 1 or (e.place == 2 and _place_tail(words, i))) else ""
            if not k:
                break
            keys.append(k)
        for b in range(a + len(keys), a + 1, -1):  # two or more words, longest first
            got = _place_hit(const_keys, keys[:b - a], lex[b - 1].unu, [lex[i].alt_c for i in range(a, b)])
            if got is not None:
                hit = got[0]
                break
        else:  # the word alone (what it names alone, memoised), with its cue word, if it needs one
            b = a + 1
            got = lone_place[words[a].text]
            if got is None:
                continue
            hit, needs_cue = got
            if needs_cue and not (b < n and words[b].norm in _PLACE_CUES):
                continue
            if _inside_a_name(text, words, a, index):
                continue
        ids, name = hit
        start, end = words[a].start, words[b - 1].end
        if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
            end += 1  # "Krishnanagar (North)"
        out.append(_mention("constituency", start, end, text[start:end], ids, name, 100.0))


def _place_hit(const_keys: dict, keys: list[str], unu: str, alts: list[str]) -> tuple[tuple, str] | None:
    """The place a run of words names, by the words' keys run together (``unu``: the last word's
    key without a final -u, or ""; ``alts``: the words' readings with their schwas), as
    ``((ids, name), the key that found it)``; None when it names none."""
    key = "".join(keys)
    hit = const_keys.get(key)
    # Telugu names in English often end in -u the record lacks: "Atmakuru" is ATMAKUR
    if hit is None and unu:
        hit = const_keys.get("".join(keys[:-1]) + unu)
    if hit is None and alts != keys:
        # "बापूनगर" is said "bapungar" but the record writes BAPUNAGAR: the reading with its schwas
        key = "".join(alts)
        hit = const_keys.get(key)
    return None if hit is None else (hit, key)


_DIRECTION_WORDS = {"east", "west", "north", "south", "central", "urban", "rural"}
_PLACE_CUES = {_norm(w) for w in "सीट विधानसभा लोकसभा संसदीय क्षेत्र उपचुनाव seat constituency assembly".split()}
_NASAL_SIGNS = ("\u0902", "\u0901")  # anusvara, chandrabindu
# Hindi words that end a place name though they are common words too ("राजेंद्र नगर", "लखनऊ पूर्व");
# never the first word of one (the loop starts only at a name-like word)
_PLACE_TAIL = {_norm(w) for w in (
    "नगर शहर ग्रामीण देहात कैंट छावनी सदर " + " ".join(w for g in _DIRECTION_GROUPS for w in g.split() if is_devanagari(w))
).split()}


def _place_tail(words: list[_Word], i: int) -> bool:
    """``words[i]`` may continue a place name: a place-ending word after another word, not followed
    by a role ("लखनऊ पूर्व सांसद" is a former MP of Lucknow)."""
    if i == 0 or words[i].norm not in _PLACE_TAIL:
        return False
    return not (i + 1 < len(words) and words[i + 1].norm in _NAME_BEFORE)


def _lone_place_cue(w: _Word, key: str, index: EntityIndex) -> bool | None:
    """A one-word place name: not a common word (None: never); a short one, or a Hindi word ending
    in a nasalised vowel (the plural and oblique endings: सालों, सीटें, लोगों; Hindi writes a place's
    final -n with न: सलोन), only before a place cue word (True: needs one; False: needs none)."""
    if w.norm in index.not_alone:
        return None
    if w.dev and w.norm.endswith(_NASAL_SIGNS):
        return True
    return len(key) < 4


def _spelt_alike(w: _Word, key: str, index: EntityIndex) -> bool:
    """A lone Hindi word meets a place only when it is spelt like one of the place's names up to
    one letter of the differences :func:`word_key` forgives (aspiration, b/v, …): the key
    alone lets the common noun दरबार (``darbar``) meet Dharwar."""
    if not w.dev:
        return True
    forms = index.const_spellings.get(key)
    if not forms:
        return True
    cache = _lexicon(index).spelt
    got = cache.get((w.text, key))
    if got is None:
        got = _spelt_alike_forms(w, forms)
        if len(cache) < 100_000:
            cache[(w.text, key)] = got
    return got


def _spelt_alike_forms(w: _Word, forms: tuple[str, ...]) -> bool:
    mine = {_spelling_key(w.text), _spelling_key(romanize(w.text, medial=False))}
    return any(Levenshtein.distance(m, f, score_cutoff=2) <= max(1, len(f) // 7) for m in mine for f in forms)


def _name_neighbour(w: _Word, index: EntityIndex) -> bool:
    return (not w.dev and w.cap and not w.upper and not w.text[:1].isdigit() and w.norm not in index.stop
            and w.norm not in index.phrase_first and w.norm not in _DIRECTION_WORDS
            and word_key(w.text) in index.name_words)


def _inside_a_name(text: str, words: list[_Word], a: int, index: EntityIndex) -> bool:
    """A one-word place that is the middle word of a Latin personal name ("Mekapati Vikram
    Reddy": not the seat Bikram): capitalised name words right before and after it, only
    spaces between, and the place word is itself a name word."""
    if words[a].dev or a == 0 or a + 1 >= len(words):
        return False
    left, right = words[a - 1], words[a + 1]
    if text[left.end:words[a].start].strip() or text[words[a].end:right.start].strip():
        return False
    return (word_key(words[a].text) in index.name_words and _name_neighbour(left, index)
            and _name_neighbour(right, index))


_NAME_AFTER = {_norm(w) for w in "ने को के की का से ही भी और जी , साहब".split()}
_NAME_BEFORE = {_norm(w) for w in (
    "प्रत्याशी उम्मीदवार नेता सीएम मुख्यमंत्री विधायक सांसद मंत्री पूर्व कैंडिडेट श्री श्रीमती डॉ "
    "candidate leader MLA MP minister CM Mr Mrs Ms Dr Shri").split()}


def _find_candidates(text: str, words: list[_Word], index: EntityIndex, as_of_year: int | None,
                     taken: list[Mention], lex: list[_Lex] | None = None) -> None:
    lx = _lexicon(index)
    if lex is None:
        lex = lx.of(words)
    n = len(words)
    blocked = bytearray(len(text) + 1)
    doc_consts: set[int] = set()
    for m in taken:
        if m.kind == "constituency":
            doc_consts.update(m.ids)
        else:
            blocked[m.start:m.end] = b"\x01" * (m.end - m.start)
    # The name words (name-like, outside other mentions), run together: pos[j] is a word index,
    # linked[j] says pos[j + 1] continues the same run (the next word, or the one after an alias
    # marker: "दिनेश लाल यादव उर्फ निरहुआ", "X alias Y": the marker is no name word, but does not
    # end the run).
    pos = [i for i in compress(range(n), map(_CKEY, lex)) if not blocked[words[i].start]]
    m = len(pos)
    K = [lex[i].ckey for i in pos]
    A = [lex[i].alt for i in pos]
    linked = [q == p + 1 or (q == p + 2 and lex[p + 1].is_alias and not blocked[words[p + 1].start])
              for p, q in zip(pos, pos[1:])]
    # what a run of name words matches depends on its keys alone: memoised per run (see _Lexicon)
    exact, fuzzy = lx.exact, lx.fuzzy

    covered = bytearray(n)
    spans: list[tuple[int, int, list[int], float]] = []
    # 1. runs of 2+ name words, exact keys, longest first
    for j in range(m - 1):
        if not linked[j]:
            continue
        b = j + 2
        while b < m and b - j < 5 and linked[b - 1]:
            b += 1
        for end in range(b, j + 1, -1):
            got = exact[tuple(K[j:end]), tuple(A[j:end])]
            if got is None:
                continue
            full, rest = got
            if len(full) > 1:  # whole names of two readings: who stood most recently comes first
                full = sorted(full, key=lambda i: -index._latest_year(i, as_of_year))
            names, score, stop = full + rest, (100.0 if full else 90.0), end
            if end < b and end + 1 - j <= 3:
                # "Prakash Singh Badal": the run goes on past the hit (PRAKASH SINGH); a close
                # match of the longer run (PARKASH SINGH BADAL) is the better reading
                longer = fuzzy[tuple(K[j:end + 1]), tuple(A[j:end + 1]), LONGER_FUZZY_CUTOFF]
                if longer is not None:
                    (names, score), stop = longer, end + 1
            spans.append((pos[j], pos[stop - 1] + 1, names, score))
            break
    spans = _non_overlapping(spans)
    for a, b, _names, _s in spans:
        covered[a:b] = b"\x01" * (b - a)
    # 2. fuzzy: runs of 2-3 name words, none matched exactly, with a distinctive name word
    for j in range(m - 1):
        if covered[pos[j]] or not linked[j] or covered[pos[j + 1]]:
            continue
        for end in (j + 3, j + 2):
            if end > m or not all(linked[j:end - 1]) or any(covered[pos[i]] for i in range(j, end)):
                continue
            if words[pos[j]].norm in index.not_alone:
                continue
            got = fuzzy[tuple(K[j:end]), tuple(A[j:end]), FUZZY_CUTOFF]
            if got is not None:
                a, b = pos[j], pos[end - 1] + 1
                spans.append((a, b, got[0], got[1]))
                covered[a:b] = b"\x01" * (b - a)
                break
    # 3. one distinctive word
    doc_names = {i for _a, _b, names, _s in spans for i in names}
    for a in pos:  # the name words, in order
        e = lex[a]
        # e.single: long enough, not common, not kept from standing alone, with a namesake
        if covered[a] or not e.single:
            continue
        w = words[a]
        if not w.dev and w.sent_start:
            continue
        pool = lx.single_pool[e.ckey, e.alt]
        if not pool:
            continue
        in_doc = [i for i in pool if i in doc_names]
        if in_doc:
            spans.append((a, a + 1, in_doc, 90.0))
            continue
        # the namesakes who stood in the SINGLE_WINDOW years up to as_of, and where
        recent = lx.single_recent[e.ckey, e.alt, as_of_year]
        if not _looks_like_a_name(words, a):
            # no word around it marks a person ("जीत दर्ज करने वाली पल्लवी केंद्रीय मंत्री"):
            # only the one person of that name who stood in a seat the text names; loose (< 90)
            if doc_consts:
                local = [i for i, seats in recent if not seats.isdisjoint(doc_consts)]
                if 0 < len(local) <= LOCAL_SINGLE_MAX_PEOPLE:
                    spans.append((a, a + 1, local, 80.0))
            continue
        people = [i for i, _seats in recent]
        score = 75.0
        if doc_consts:  # people who stood in a seat the text names come first
            local = [i for i, seats in recent if not seats.isdisjoint(doc_consts)]
            if local:
                people, score = local, 85.0
        if 0 < len(people) <= SINGLE_MAX_PEOPLE:
            # the latest candidacy up to as_of first (each has one: they stood in the window)
            people.sort(key=lambda i: -index._latest_year(i, as_of_year))
            spans.append((a, a + 1, people, score))
    result_ids = lx.result_ids
    for a, b, names, score in spans:
        got = result_ids[tuple(names), as_of_year]
        if got is not None:
            taken.append(_mention("candidate", words[a].start, words[b - 1].end, _span_text(text, words, a, b),
                                  got[0], got[1], score))


def _fuzzy_block(index: EntityIndex, first: str, last: str) -> tuple[list[int], list[str]]:
    """The names a run of name words is compared with fuzzily, and their keys (memoised): the
    block sharing the first letters of its first and last words, then "Prakash Singh Badal" /
    PARKASH SINGH BADAL: same surname, first name drifts."""
    cache = _lexicon(index).blocks
    bk = (_block_key(first, last), _block_key_last(first, last))
    got = cache.get(bk)
    if got is None:
        block = index.cand_block.get(bk[0]) or []
        more = index.cand_block_last.get(bk[1])
        if more:
            have = set(block)
            block = block + [i for i in more if i not in have]
        got = (block, [index.cand_keys[i] for i in block])
        if len(cache) < 50_000:
            cache[bk] = got
    return got


def _looks_like_a_name(words: list[_Word], a: int) -> bool:
    """A lone word stands for a person when the words around it treat it as one: Latin
    capitalised mid-sentence, or in Hindi a postposition after it / a title or role before it."""
    w = words[a]
    if not w.dev:
        return w.cap and not w.sent_start
    after = words[a + 1].norm if a + 1 < len(words) else ""
    before = words[a - 1].norm if a > 0 else ""
    return after in _NAME_AFTER or before in _NAME_BEFORE


def _non_overlapping(spans: list[tuple[int, int, list[int], float]]):
    """Spans of words without overlaps: longer first, then the better score, then the earlier."""
    spans = sorted(spans, key=lambda s: (-(s[1] - s[0]), -s[3], s[0]))
    out = []
    used = bytearray(max((s[1] for s in spans), default=0))  # words already in a span kept
    for s in spans:
        a, b = s[0], s[1]
        if used.find(1, a, b) == -1:
            out.append(s)
            used[a:b] = b"\x01" * (b - a)
    return sorted(out)


_M_SPAN = attrgetter("start", "end")


def _select(mentions: list[Mention]) -> list[Mention]:
    """Drop overlapping mentions: longer first, then by kind priority, then the earlier one, then
    the one found first; the rest sorted by start.

    Most mentions overlap no other: the mentions are swept in order of start, cut into groups that
    overlap among themselves, and only within a group of two or more is the choice made (the same
    choice as over all mentions at once: a mention only ever competes with its own group)."""
    out: list[Mention] = []
    group: list[Mention] = []
    group_end = -1  # the furthest end in the group
    for m in sorted(mentions, key=_M_SPAN):
        start, end = m.start, m.end
        # overlaps nothing before it: a new group (but an empty mention right at the group's end
        # joins it, to be ordered among mentions of its span by kind, as the choice orders them)
        if start > group_end or (start == group_end and start < end):
            out.extend(_choose(group) if len(group) > 1 else group)
            group = [m]
            group_end = end
        else:
            group.append(m)
            if end > group_end:
                group_end = end
    out.extend(_choose(group) if len(group) > 1 else group)
    return out


def _choose(group: list[Mention]) -> list[Mention]:
    """The mentions of one group (sorted by start, then end; same spans in the order found) that
    :func:`_select` keeps, sorted by start: longer first, then by kind priority, then the earlier;
    each kept unless it shares a character with one kept before."""
    kept: list[Mention] = []
    for m in sorted(group, key=lambda m: (m.start - m.end, _KIND_PRIORITY[m.kind], m.start)):
        if all(max(m.start, k.start) >= min(m.end, k.end) for k in kept):
            kept.append(m)
    kept.sort(key=_M_SPAN)
    return kept


# -- spaCy ----------------------------------------------------------------------------------------
class EntityComponent:
    """Sets ``doc._.mentions``; candidate ids limited by ``doc._.as_of`` (a date, or None)."""

    def __init__(self, index: EntityIndex | None = None):
        self.index = index

    def set_index(self, index: EntityIndex) -> None:
        self.index = index

    def __call__(self, doc: Doc) -> Doc:
        if self.index is None:
            raise ValueError("election_entities has no EntityIndex: call set_index(EntityIndex.load(reference))")
        as_of = doc._.as_of
        doc._.mentions = find_mentions(doc, self.index, as_of.year if as_of is not None else None)
        return doc


@Language.factory("election_entities", default_config={"reference_path": None},
                  assigns=["doc._.mentions"], requires=["doc._.as_of"])
def make_entities(nlp: Language, name: str, reference_path: str | None) -> EntityComponent:
    """The component; it takes its index from ``reference_path`` (loaded through the disk cache)
    or later from :meth:`EntityComponent.set_index`."""
    index = EntityIndex.load(Reference(reference_path)) if reference_path else None
    return EntityComponent(index)


def timed_load(reference: Reference) -> tuple[EntityIndex, float]:
    """:meth:`EntityIndex.load` and the seconds it took (for benchmarks and ``--verbose``)."""
    t = time.perf_counter()
    idx = EntityIndex.load(reference)
    return idx, time.perf_counter() - t
