"""In-process and whole-process measurements of the verifier (one function per figure)."""
from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

import spacy

from bench.corpus import Text, write_jsonl
from bench.reference import verifier_command
from bench.timing import percentile, repeat, run_process, summary_ms, time_call
from claims.language import pipeline_lang


def first_start(db: Path, seed: Text, env: dict) -> dict:
    """``verifier check`` on a reference it has never seen: builds and caches the entity index."""
    timed, proc = run_process(_check_args(db, seed), env=env)
    _ok(proc, "verifier check (first start)")
    return {"wall_s": round(timed.wall, 2), "cpu_s": round(timed.cpu, 2)}


def cold_check(db: Path, seed: Text, env: dict, runs: int) -> dict:
    """``verifier check`` on the seed article as a whole process (entity index cached on disk)."""
    walls, cpus = [], []
    for _ in range(runs):
        timed, proc = run_process(_check_args(db, seed), env=env)
        _ok(proc, "verifier check")
        walls.append(timed.wall)
        cpus.append(timed.cpu)
    return {"runs": runs, "wall_p50_s": round(statistics.median(walls), 3), "wall_min_s": round(min(walls), 3),
            "cpu_p50_s": round(statistics.median(cpus), 3)}


def _check_args(db: Path, seed: Text) -> list[str]:
    return [*verifier_command(), "check", str(Path(__file__).resolve().parents[1] / "examples" /
                                             "noorpur_bypoll_2018_hi.txt"),
            "--as-of", seed.as_of.isoformat(), "--db", str(db), "--format", "json"]


def _ok(proc, what: str) -> None:
    if proc.returncode != 0:
        raise RuntimeError(f"{what} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")


def warm(verifier, seed: Text, dev: list[Text], seed_reps: int, dev_reps: int) -> dict:
    """Warm latency: the seed article ``seed_reps`` times; each dev document ``dev_reps`` times
    (its median is that document's latency; p50/p99 are across documents)."""
    s = repeat(lambda: verifier.verify(seed.text, as_of=seed.as_of), seed_reps, warmup=2)
    # claim extraction alone (the spaCy pipeline: issue 3's budget), the same number of times
    x = repeat(lambda: verifier.pipeline(seed.text, seed.as_of), seed_reps, warmup=2)
    per_doc_wall, per_doc_cpu = [], []
    for t in dev:
        runs = repeat(lambda: verifier.verify(t.text, as_of=t.as_of), dev_reps, warmup=1)
        per_doc_wall.append(statistics.median(r.wall for r in runs))
        per_doc_cpu.append(statistics.median(r.cpu for r in runs))
    return {
        "seed": {**summary_ms([r.wall for r in s]), "cpu_p50_ms": round(percentile([r.cpu for r in s], 50) * 1000, 3)},
        "seed_extract": {**summary_ms([r.wall for r in x]),
                         "cpu_p50_ms": round(percentile([r.cpu for r in x], 50) * 1000, 3)},
        "dev": {**summary_ms(per_doc_wall), "cpu_p50_ms": round(percentile(per_doc_cpu, 50) * 1000, 3),
                "docs": len(dev), "reps_per_doc": dev_reps},
        "_dev_per_doc_s": per_doc_wall,
    }


def floor(seed: Text, dev: list[Text], seed_reps: int, dev_reps: int) -> dict:
    """spaCy's blank tokenizer alone (the language the pipeline would pick) on the same texts."""
    nlps = {lang: spacy.blank(lang) for lang in ("hi", "en")}

    def tok(t: Text):
        nlp = nlps[pipeline_lang(t.text)]
        return lambda: nlp.make_doc(t.text)

    s = repeat(tok(seed), seed_reps, warmup=2)
    per_doc = []
    for t in dev:
        per_doc.append(statistics.median(r.wall for r in repeat(tok(t), dev_reps, warmup=1)))
    return {"seed": summary_ms([r.wall for r in s]), "dev": summary_ms(per_doc), "_dev_per_doc_s": per_doc}


def ratio_to_floor(warm_result: dict, floor_result: dict) -> dict:
    seed_ratio = warm_result["seed"]["p50_ms"] / floor_result["seed"]["p50_ms"]
    ratios = [a / b for a, b in zip(warm_result["_dev_per_doc_s"], floor_result["_dev_per_doc_s"]) if b > 0]
    return {"seed_p50_x": round(seed_ratio, 1), "dev_median_x": round(statistics.median(ratios), 1),
            "dev_total_x": round(sum(warm_result["_dev_per_doc_s"]) / sum(floor_result["_dev_per_doc_s"]), 1)}


def components(verifier, texts: list[Text], reps: int = 3) -> dict:
    """Where warm time goes: each spaCy component, then resolving + judging (the rest of verify).
    Milliseconds per pass over ``texts``, median of ``reps`` passes."""
    pipeline = verifier.pipeline
    passes: list[dict[str, float]] = []
    for _ in range(reps + 1):
        acc: dict[str, float] = {}
        for t in texts:
            nlp = pipeline.nlp(pipeline_lang(t.text))
            t0 = time.perf_counter()
            doc = nlp.make_doc(t.text)
            acc["tokenizer"] = acc.get("tokenizer", 0.0) + time.perf_counter() - t0
            doc._.as_of = t.as_of
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                doc = proc(doc)
                acc[name] = acc.get(name, 0.0) + time.perf_counter() - t0
            total = time_call(lambda: verifier.verify(t.text, as_of=t.as_of)).wall
            acc["_verify"] = acc.get("_verify", 0.0) + total
        passes.append(acc)
    passes = passes[1:]  # the first pass warms caches
    out = {k: round(statistics.median(p[k] for p in passes) * 1000, 2) for k in passes[0]}
    pipeline_ms = sum(v for k, v in out.items() if k != "_verify")
    out["resolve_and_judge"] = round(max(out.pop("_verify") - pipeline_ms, 0.0), 2)
    return out


def batch(db: Path, corpus: list[Text], workers: int, env: dict, sentences: int) -> dict:
    """``verifier batch`` over ``corpus`` (JSON Lines) with ``workers`` processes, whole process."""
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        inp, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        write_jsonl(corpus, inp)
        timed, proc = run_process([*verifier_command(), "batch", str(inp), "--out", str(out), "--db", str(db),
                                   "--workers", str(workers), "--no-progress"], env=env, timeout=1800)
        _ok(proc, "verifier batch")
        lines = out.read_text(encoding="utf-8").splitlines()
        errors = sum(1 for line in lines if "error" in json.loads(line))
    return {"workers": workers, "docs": len(corpus), "sentences": sentences, "wall_s": round(timed.wall, 2),
            "cpu_s": round(timed.cpu, 2), "docs_per_s": round(len(corpus) / timed.wall, 1),
            "sentences_per_s": round(sentences / timed.wall, 1), "errors": errors, "lines": len(lines)}


def by_size(verifier, docs: list[Text], reps: int) -> list[dict]:
    """Warm latency on documents of different numbers of sentences."""
    out = []
    for t in docs:
        n = t.sentences
        runs = repeat(lambda: verifier.verify(t.text, as_of=t.as_of), reps, warmup=1)
        p50 = statistics.median(r.wall for r in runs)
        out.append({"sentences": n, "chars": len(t.text), "p50_ms": round(p50 * 1000, 2),
                    "per_sentence_ms": round(p50 * 1000 / n, 3), "reps": reps})
    return out
