"""The texts the bench runs on: the seed article, the dev set, and corpora built from them
(a shuffled batch corpus, and documents of a chosen number of sentences)."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from claims.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_FILE = REPO / "examples" / "noorpur_bypoll_2018_hi.txt"
SEED_AS_OF = date(2018, 5, 31)
DEV_FILE = SHARED / "eval" / "dev" / "dev.jsonl"
COMBINED_CSV = SHARED / "data" / "combined" / "candidates_unified.csv.gz"


@dataclass(frozen=True)
class Text:
    id: str
    text: str
    as_of: date | None

    @property
    def sentences(self) -> int:
        return len(split_sentences(self.text))


def seed() -> Text:
    return Text("seed", SEED_FILE.read_text(encoding="utf-8"), SEED_AS_OF)


def dev_texts(path: Path = DEV_FILE) -> tuple[list[Text], str]:
    """The dev set's documents, and where they came from.  Without ../shared (a bare checkout),
    the seed article's sentences stand in for them, and the source says so."""
    if path.is_file():
        out = []
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    as_of = date.fromisoformat(d["as_of"]) if d.get("as_of") else None
                    out.append(Text(d["id"], d["text"], as_of))
        return out, str(path)
    s = seed()
    out = [Text(f"seed-s{i}", s.text[a:b], s.as_of) for i, (a, b) in enumerate(split_sentences(s.text))]
    return out, "seed article sentences (../shared/eval/dev/dev.jsonl not found)"


def batch_corpus(texts: list[Text], n: int, rng: random.Random) -> list[Text]:
    """``n`` documents made by repeating ``texts`` and shuffling them, with unique ids."""
    picks = [texts[i % len(texts)] for i in range(n)]
    rng.shuffle(picks)
    return [Text(f"{t.id}#{i}", t.text, t.as_of) for i, t in enumerate(picks)]


def write_jsonl(texts: list[Text], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for t in texts:
            rec = {"id": t.id, "text": t.text}
            if t.as_of is not None:
                rec["as_of"] = t.as_of.isoformat()
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def sentence_pool(texts: list[Text]) -> list[str]:
    """Every sentence of ``texts`` (of the seed article when given it), as text."""
    return [t.text[a:b] for t in texts for a, b in split_sentences(t.text)]


def sized_document(pool: list[str], n_sentences: int, rng: random.Random, as_of: date) -> Text:
    """A document of ``n_sentences`` sentences drawn from ``pool`` (cycled, shuffled), one per
    line so the splitter sees exactly those sentences."""
    order = list(range(len(pool)))
    rng.shuffle(order)
    lines = [pool[order[i % len(order)]] for i in range(n_sentences)]
    return Text(f"sentences-{n_sentences}", "\n".join(lines), as_of)
