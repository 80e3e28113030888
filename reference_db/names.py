"""Name keys that let a name written in Devanagari reach its Latin record, and back.

Two steps, both deterministic and dependency-free:

* :func:`romanize` reads Devanagari the way Hindi is *spoken*, not letter by letter: the
  inherent vowel ``a`` of a consonant is dropped at the end of a word (``हसन`` → ``hasan``,
  not ``hasana``) and in the middle by the usual Hindi schwa-deletion rule
  (``VC_CV`` → ``VCCV``, applied right to left: ``सतपाल`` → ``satpal``, ``कमलनाथ`` →
  ``kamalnath``).  A final ``a`` after a conjunct stays (``लोकेंद्र`` → ``lokendra``).
  Anusvara and chandrabindu become ``n``, nukta letters their Perso-Arabic sounds
  (``ज़`` → ``z``, ``फ़`` → ``f``), ``ड़`` → ``r``, ``ज्ञ`` → ``gy``.  Latin text passes through.
* :func:`alt_word_key` is a second key of a Devanagari word read without medial schwa
  deletion (``पंकजा`` → ``pankaj``, as the record writes ``PANKAJA``); lookups and
  :func:`best_match` try it where the first reading finds nothing / scores lower.
* :func:`word_key` forgets what Indian romanisations vary in: vowel length
  (aa/a, ee/i, oo/u), w/v/b (``Vishan``/``Bishan``), eh/ah, ph/f, z/j, q/k, x/ks, doubled letters, aspiration and sh/s (every
  ``h`` after a consonant goes), ``Singh``/``सिंह`` (``ngh``/``nh`` → ``n``), a word-final ``a``,
  ``-er``/``-ar``, ``-ey``/``-e``, ``-inder``/``-endra`` (``Rajinder``/``राजेंद्र``), ``-ander``/``-andra``,
  a final ``-pore``/``-pur``.  Titles (Dr., Shri, Smt., Capt., डॉ., श्री …) and Latin
  initials are dropped; ``urf``/``alias``/``उर्फ`` markers too (both names are kept).

:func:`name_key` joins the word keys of a whole name; :func:`best_match` compares keys with
rapidfuzz.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz, process

__all__ = [
    "romanize", "word_key", "alt_word_key", "token_keys", "name_key", "flat_key", "split_words", "is_devanagari", "best_match",
    "TITLES", "ALIAS_WORDS", "MATCH_CUTOFF",
]

# -- Devanagari tables ------------------------------------------------------------------------
_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n",
    "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n",
    "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m",
    "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h",
    # precomposed nukta letters
    "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh", "फ़": "f", "य़": "y", "ऩ": "n",
    "ऱ": "r", "ऴ": "l",
}
_NUKTA_OF = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ॠ": "ri",
    "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au", "ऍ": "e", "ऑ": "o", "ऎ": "e", "ऒ": "o",
    "ऌ": "li",
}
_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "ॄ": "ri",
    "े": "e", "ै": "ai", "ो": "o", "ौ": "au", "ॅ": "e", "ॉ": "o", "ॆ": "e", "ॊ": "o", "ॢ": "li",
}
_VIRAMA, _NUKTA = "्", "़"
_NASALS = {"ं": "n", "ँ": "n"}
_VISARGA = "ः"
_DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")
_DEV_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def is_devanagari(text: str) -> bool:
    """True when ``text`` has at least one Devanagari letter."""
    return bool(_DEVANAGARI_RE.search(text or ""))


def _romanize_word(word: str, medial: bool = True) -> str:
    """One Devanagari word to Latin, with schwa deletion (see the module docstring);
    ``medial=False`` keeps every medial inherent vowel (only the word-final one may go)."""
    # phonemes: [kind, latin, deletable]; kind C (consonant), V (vowel), N (nasal), X (other)
    ph: list[list] = []
    word = word.replace("\u200c", "").replace("\u200d", "")  # joiners: "होश‍ियारपुर" is "होशियारपुर"
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if ch in _CONSONANTS:
            lat = _CONSONANTS[ch]
            if i + 1 < n and word[i + 1] == _NUKTA:
                lat = _NUKTA_OF.get(ch, lat)
                i += 1
            ph.append(["C", lat, False])
            nxt = word[i + 1] if i + 1 < n else ""
            if nxt == _VIRAMA:
                i += 2
                continue
            if nxt in _SIGNS:
                ph.append(["V", _SIGNS[nxt], False])
                i += 2
                continue
            ph.append(["V", "a", True])  # the inherent vowel
            i += 1
            continue
        if ch in _VOWELS:
            ph.append(["V", _VOWELS[ch], False])
        elif ch in _NASALS:
            if ph and ph[-1][0] == "V":
                ph[-1][2] = False  # a nasalised vowel is never deleted
            ph.append(["N", "n", False])
        elif ch == _VISARGA:
            ph.append(["X", "h", False])
        elif ch in _SIGNS:  # a stray vowel sign
            ph.append(["V", _SIGNS[ch], False])
        elif ch in (_VIRAMA, _NUKTA, "\u200c", "\u200d"):
            pass
        else:
            ph.append(["X", ch.lower(), False])
        i += 1
    # 'ज्ञ' is read 'gy'
    for k in range(len(ph) - 1):
        if ph[k][:2] == ["C", "j"] and ph[k + 1][:2] == ["C", "n"]:
            ph[k][1], ph[k + 1][1] = "g", "y"
    vowels = [k for k, p in enumerate(ph) if p[0] == "V"]
    deleted = [False] * len(ph)
    # final inherent vowel: dropped unless the word has one vowel or ends in a conjunct
    if len(vowels) > 1 and ph[-1][0] == "V" and ph[-1][2]:
        k = len(ph) - 1
        cluster = 0
        j = k - 1
        while j >= 0 and ph[j][0] == "C":
            cluster += 1
            j -= 1
        if cluster <= 1:
            deleted[k] = True
    # medial: V C [a] C V  ->  V C C V, right to left
    def is_v(k: int) -> bool:
        return 0 <= k < len(ph) and ph[k][0] == "V" and not deleted[k]

    def is_c(k: int) -> bool:
        return 0 <= k < len(ph) and ph[k][0] in ("C", "N")

    for k in range(len(ph) - 2, 1, -1) if medial else ():
        if ph[k][0] == "V" and ph[k][2] and not deleted[k]:
            # the consonant before may close a nasal coda: "संगरूर" (sa-n-ga-ruu-ra) -> sangrur
            after_vowel = is_v(k - 2) or (ph[k - 2][0] == "N" and is_v(k - 3))
            if is_c(k - 1) and after_vowel and is_c(k + 1) and ph[k + 1][0] == "C" and is_v(k + 2):
                deleted[k] = True
    return "".join(p[1] for k, p in enumerate(ph) if not deleted[k])


_WORD_SPLIT = re.compile(r"([\u0900-\u0963\u0966-\u097F\u200c\u200d]+)")


def romanize(text: str, medial: bool = True) -> str:
    """Devanagari → Latin the way a Hindi newspaper's English edition would spell it
    (``medial=False``: without medial schwa deletion, as :func:`alt_word_key` reads).

    >>> romanize("नईमुल हसन")
    'naimul hasan'
    >>> romanize("लोकेंद्र सिंह चौहान")
    'lokendra sinh chauhan'

    Non-Devanagari text is kept (lower-cased); Devanagari digits become ASCII digits.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_DEV_DIGITS)
    parts = _WORD_SPLIT.split(text)
    out = []
    for part in parts:
        if part and _DEVANAGARI_RE.match(part):
            out.append(_romanize_word(part, medial))
        else:
            out.append(part.lower())
    return "".join(out)


# -- keys --------------------------------------------------------------------------------------
#: Words that are a title or an honorific, not part of a name (after romanisation, lower case).
TITLES = frozenset({
    "dr", "doctor", "shri", "sri", "shree", "smt", "shrimati", "srimati", "sushri", "km", "kum",
    "prof", "professor", "capt", "captain", "kaptan", "col", "colonel", "gen", "maj", "major",
    "pt", "pandit", "adv", "advocate", "er", "engineer", "mr", "mrs", "ms", "miss", "late", "sh",
    "sardar", "mahant", "swami_", "hazi", "haji", "mo", "janab", "dau", "thiru", "selvi",
    "daktar", "dactar", "daa", "do", "da", "ji",
})
_ALIAS_WORDS = frozenset({"urf", "alias", "alis", "alas", "aka", "@"})
#: Words that join a name to another name of the same person ("X urf Y", "X उर्फ Y").
ALIAS_WORDS = _ALIAS_WORDS
_MOHAMMAD = frozenset({"md", "mohd", "mohammad", "mohammed", "muhammad", "mohamad", "mohamed",
                       "mohmad", "mohmmad", "muhammed", "mohammd"})
_KEY_SUBS = [
    (re.compile(r"ph"), "f"), (re.compile(r"x"), "ks"), (re.compile(r"q"), "k"),
    (re.compile(r"z"), "j"), (re.compile(r"[wv]"), "b"), (re.compile(r"ck"), "k"),
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"([bcdfgjklmnpqrstvxyz])h"), r"\1"),  # aspiration, sh/s, ch, singh/sinh
    (re.compile(r"ee|ii|ie(?=[^aeiou]|$)"), "i"), (re.compile(r"oo|uu"), "u"), (re.compile(r"aa"), "a"),
    (re.compile(r"ou"), "au"), (re.compile(r"e(?=h(?:[^aeiou]|$))"), "a"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"ng$"), "n"),
    (re.compile(r"e[yi]$"), "e"), (re.compile(r"ay$"), "ai"),
    (re.compile(r"er$"), "ar"),
    (re.compile(r"(?<=[aeiou])m(?=[bp])"), "n"),
    # the Punjabi and the Sanskrit form of one name: Rajinder/Rajender/Rajendra (राजेंद्र),
    # Chander/Chandra; the Bengali -pore of an English spelling is -pur (Barrackpore/Barrackpur)
    (re.compile(r"[ei]nd[ae]?ra?$"), "indr"), (re.compile(r"(?<=.)and[ae]?ra?$"), "andr"),
    (re.compile(r"(?<=..)pore$"), "pur"),
]
_NON_WORD = re.compile(r"[^0-9a-z@]+")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=200_000)
def word_key(word: str, drop_final_a: bool = True) -> str:
    """The key of one word (either script); ``""`` for a title or punctuation.

    ``drop_final_a=False`` keeps a word-final ``a`` (for keys of words run together, where
    ``Sabha Kunwar`` must meet ``SABHAKUNWAR``)."""
    return _key(romanize(word) if is_devanagari(word) else word.lower(), drop_final_a)


@lru_cache(maxsize=200_000)
def alt_word_key(word: str, drop_final_a: bool = True) -> str:
    """A second key of a Devanagari word, read *without* medial schwa deletion, or ``""``.

    Schwa deletion is how Hindi is spoken, but not always how the English record spells a
    name: ``पंकजा`` is said "pankja" yet written ``PANKAJA``, ``निरहुआ`` is ``NIRAHUA``.  The
    alternative key (``pankaj``, ``nirahu``) is for a second lookup when the first finds nothing;
    it is ``""`` for Latin words and when both readings give the same key."""
    if not is_devanagari(word):
        return ""
    text = unicodedata.normalize("NFC", word).translate(_DEV_DIGITS)
    latin = "".join(_romanize_word(p, medial=False) if p and _DEVANAGARI_RE.match(p) else p.lower()
                    for p in _WORD_SPLIT.split(text))
    alt = _key(latin, drop_final_a)
    return alt if alt != word_key(word, drop_final_a) else ""


def _key(w: str, drop_final_a: bool) -> str:
    w = _NON_WORD.sub("", _ascii(w))
    if not w or w in TITLES:
        return ""
    if len(w) > 7 and w.endswith("bhai"):
        w = w[:-4]  # Gujarati records write the honorific into the name: BHUPENDRABHAI is Bhupendra
    if w in _MOHAMMAD:
        return "mohamad"
    for pat, rep in _KEY_SUBS:
        w = pat.sub(rep, w)
    if drop_final_a and len(w) > 2 and w.endswith("a"):
        w = w[:-1]
    return w


_TOKEN_SPLIT = re.compile(r"[\s\-\.,;:()\[\]{}'\"/|।_+&]+")


def split_words(text: str) -> list[str]:
    """The words of a name: split on spaces, dots, hyphens, brackets and other punctuation."""
    return [w for w in _TOKEN_SPLIT.split(unicodedata.normalize("NFC", text or "")) if w]


def token_keys(text: str, drop_final_a: bool = True, alt: bool = False) -> list[str]:
    """One key per word of ``text``, titles, alias markers and single-letter initials left out;
    ``alt=True`` takes each Devanagari word's :func:`alt_word_key` where it has one."""
    keys = []
    for w in split_words(text):
        low = romanize(w) if is_devanagari(w) else w.lower()
        if _NON_WORD.sub("", _ascii(low)) in _ALIAS_WORDS or word_key(w) in _ALIAS_WORDS:
            continue
        if not is_devanagari(w) and len(_NON_WORD.sub("", _ascii(low))) == 1:
            continue  # a Latin initial ("G S Dharmesh", "R.K.")
        k = word_key(w, drop_final_a)
        if k:
            keys.append((alt and alt_word_key(w, drop_final_a)) or k)
    return keys


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The script-independent key of a whole name: its word keys joined by single spaces.

    ``name_key("नईमुल हसन") == name_key("Naimul Hasan")`` and ``name_key("NAIM UL HASAN")``
    differs only by a space, which :func:`best_match` ignores.
    """
    return " ".join(token_keys(text))


#: Below this :func:`best_match` score a choice is not taken to be the same name.
MATCH_CUTOFF = 65.0


@lru_cache(maxsize=200_000)
def flat_key(text: str) -> str:
    """The words' keys run together, word-final ``a`` kept: ``Naim ul`` = ``Naimul``."""
    return "".join(token_keys(text, drop_final_a=False))


@lru_cache(maxsize=200_000)
def _alt_keys(query: str) -> tuple[str, str]:
    """A Devanagari name's spaced and flat keys read with its schwas (:func:`alt_word_key`);
    for any other name, its plain :func:`name_key` and ""."""
    if not is_devanagari(query):
        return name_key(query), ""
    return " ".join(token_keys(query, alt=True)), "".join(token_keys(query, drop_final_a=False, alt=True))


def _scores(qkey: str, q_flat: str, keys: Sequence[str], flat: Sequence[str]):
    """Scores of one query against many choices (a numpy row); see :func:`best_match`."""
    ts = process.cdist([qkey], list(keys), scorer=fuzz.token_set_ratio, dtype="float32")[0]
    rf = process.cdist([q_flat], list(flat), scorer=fuzz.ratio, dtype="float32")[0]
    return 0.5 * ts + 0.5 * rf


def best_match(query: str, choices: Sequence[str], cutoff: float = MATCH_CUTOFF) -> tuple[int, float] | None:
    """The choice that is most likely the same person/place as ``query``: ``(index, score)``.

    Both sides are reduced to :func:`name_key` first (that is the *processor*: applied once to
    every choice, so the rapidfuzz calls run with ``processor=None``).  The *score* is the mean
    of two rapidfuzz scorers, each covering what the other misses:

    * ``fuzz.token_set_ratio`` on the spaced keys: 100 when one name's words are a subset of the
      other's, so an extra surname or father's name in the text (``लोकेंद्र सिंह चौहान`` vs
      ``LOKENDRA SINGH``) or in the record costs nothing; word order does not matter.
    * ``fuzz.ratio`` on the :func:`flat_key` (words run together): a plain edit-distance similarity of the
      whole name, so ``Naim ul`` / ``Naimul`` agree, spelling drift (``avni sih`` vs
      ``avnis sin``) is graded, and a bare common word that is a subset of many names
      (``Singh``) scores low.

    Ties keep the earliest choice.  Returns None when no choice reaches ``cutoff``.
    """
    if not choices:
        return None
    qkey = name_key(query)
    if not qkey:
        return None
    keys = [name_key(c) for c in choices]
    flats = [flat_key(c) for c in choices]
    scores = _scores(qkey, flat_key(query), keys, flats)
    alt, alt_flat = _alt_keys(query)
    if alt != qkey:  # "पंकजा मुंडे" read with its schwas too: PANKAJA
        scores = np.maximum(scores, _scores(alt, alt_flat, keys, flats))
    best = int(scores.argmax())
    score = float(scores[best])
    if score < cutoff:
        return None
    return best, round(score, 1)
