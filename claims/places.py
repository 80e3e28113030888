"""Places named beside a claim but not where it is: a comparison or a time ("कैराना की तरह",
"before Kairana"), or where a seat lies ("the Thrikkakara Assembly constituency in Kochi")."""
from __future__ import annotations

import re

from claims.model import Mention
from claims.patterns_loader import nukta_agnostic
from claims.sentence_input import SentenceInput


_ASIDE_AFTER = re.compile(nukta_agnostic(r"^\s*(?:से पहले|के बाद|की तरह|जैसे|जैसी|के अलावा|जिले|जिला|ज़िले|ज़िला|before|after|like|district['’]?s?)(?![\w\u0900-\u0963\u0966-\u097F])"),
                          re.IGNORECASE)
_LOCATED_IN = re.compile(r"(?:constituency|seat|segment)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_JOIN = re.compile(r"\s*(?:,|और|and|&|-)?\s*")


def is_aside(s: SentenceInput, c: Mention, consts: list[Mention]) -> bool:
    """A place named as a comparison or a time ("कैराना और नूरपुर से पहले", "कैराना की तरह",
    "before Kairana") — not where the claim is.  Looks past a coordinated list of places."""
    if any(o is not c and o.end <= c.start and c.start - o.end <= 40 for o in consts) \
            and s.latin_in(max(s.start, c.start - 40), c.start) \
            and _LOCATED_IN.search(s.text[max(s.start, c.start - 40):c.start]):
        return True  # "the Thrikkakara Assembly constituency in Kochi": where the seat lies
    end = c.end
    i = next((k for k, o in enumerate(consts) if o is c), len(consts))
    for other in consts[i + 1:i + 12]:
        if other.start >= end and other.start - end <= 8 and _PLACE_JOIN.fullmatch(s.text[end:other.start]):
            end = other.end
        elif other.start >= end:
            break
    return bool(_ASIDE_AFTER.match(s.text[end:min(s.end, end + 40)]))
