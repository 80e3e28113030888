"""The pasted text cut at claim offsets, for the page to render with each piece escaped.

Claims may overlap ("BJP lost Phulpur and Gorakhpur" can give two claims over shared words),
so the text is cut at every claim boundary; each piece knows which claims cover it.  After the
last piece of a claim comes a label item (number and verdict) so the verdict is never shown by
colour alone.  Nothing here produces HTML: the template escapes every piece.
"""
from __future__ import annotations

from dataclasses import dataclass

DEVANAGARI = range(0x0900, 0x0980)


@dataclass(frozen=True)
class Piece:
    text: str
    claims: tuple[int, ...] = ()  # 1-based claim numbers covering this piece
    verdict: str | None = None  # the covering claims' verdict, or "MIXED"
    lang: str | None = None


@dataclass(frozen=True)
class Label:
    claim: int
    verdict: str


def text_lang(text: str) -> str:
    """``hi`` when most letters are Devanagari, else ``en``."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "en"
    deva = sum(1 for ch in letters if ord(ch) in DEVANAGARI)
    return "hi" if deva * 2 >= len(letters) else "en"


def pieces(text: str, claims: list[dict]) -> list[Piece | Label]:
    """``text`` as plain and highlighted pieces plus labels, in reading order."""
    spans = []
    for n, c in enumerate(claims, 1):
        start, end = c.get("start"), c.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append((n, start, end, c.get("verdict", "NOT_ENOUGH_INFO"), c.get("lang")))
    cuts = sorted({0, len(text), *(s for _, s, _, _, _ in spans), *(e for _, _, e, _, _ in spans)})
    out: list[Piece | Label] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[1] <= a and b <= s[2]]
        if covering:
            verdicts = {s[3] for s in covering}
            out.append(Piece(text[a:b], tuple(s[0] for s in covering),
                             verdicts.pop() if len(verdicts) == 1 else "MIXED", covering[0][4]))
        else:
            out.append(Piece(text[a:b]))
        out.extend(Label(s[0], s[3]) for s in spans if s[2] == b)
    return out
