"""One whole bench run: build the references, take every measurement, return the figures."""
from __future__ import annotations

import gc
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from bench import api_load, corpus, measure
from bench.reference import cited_keys, import_reference, sample_csv
from bench.timing import machine, on_one_core, summary_ms

BUNDLED_CSV = corpus.REPO / "reference_db" / "bundled" / "reference.csv"


@dataclass
class Config:
    """The knobs; the defaults are issue 6's figures."""

    data: Path = corpus.COMBINED_CSV
    seed_reps: int = 50
    dev_reps: int = 3
    dev_limit: int | None = None
    cold_runs: int = 3
    batch_docs: int = 10_000
    workers: tuple[int, ...] = (1, 2)
    api_seconds: float = 30.0
    api_clients: int = 16
    api_max_requests: int = 100_000
    sizes: tuple[int, ...] = (1, 10, 100, 1000)
    size_reps: int = 3
    lookup_rows: tuple[int, ...] = (10_000, 100_000)
    work_dir: Path | None = None
    log: Callable[[str], None] = field(default=lambda msg: print(msg, file=sys.stderr, flush=True))


def quick() -> Config:
    """Minimal sizes on the bundled reference: proves the bench runs, measures nothing useful."""
    return Config(data=BUNDLED_CSV, seed_reps=3, dev_reps=1, dev_limit=8, cold_runs=1, batch_docs=24,
                  api_seconds=1.0, api_clients=2, api_max_requests=20, sizes=(1, 10), size_reps=1,
                  lookup_rows=(60,))


def run(cfg: Config, command: str = "python -m bench run") -> dict:
    started = time.perf_counter()
    log = cfg.log
    r: dict = {"date": datetime.now().isoformat(timespec="seconds"), "command": command, "machine": machine()}
    work = Path(cfg.work_dir or tempfile.mkdtemp(prefix="bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, VERIFIER_CACHE=str(work / "cache"))  # never the user's index cache
    os.environ["VERIFIER_CACHE"] = env["VERIFIER_CACHE"]
    try:
        _run(cfg, r, work, env, log)
    finally:
        if cfg.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)
    r["total_s"] = round(time.perf_counter() - started, 1)
    r["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    return r


def _run(cfg: Config, r: dict, work: Path, env: dict, log) -> None:
    from reference_db.store import Reference
    from verifier.service import Verifier

    if not cfg.data.is_file():
        raise FileNotFoundError(f"{cfg.data} not found (use --quick for the bundled reference)")
    seed = corpus.seed()
    dev, r["dev_source"] = corpus.dev_texts()
    if cfg.dev_limit:
        dev = dev[: cfg.dev_limit]
    rng = random.Random(6)

    full_db = work / "full.db"
    log(f"import {cfg.data} ...")
    r["import"] = import_reference(cfg.data, full_db, env)
    r["reference_note"] = f"{cfg.data.name}, {r['import']['rows']:,} candidate rows"
    log(f"  {r['import']}")
    log("first check (builds the entity index) ...")
    r["first_start"] = measure.first_start(full_db, seed, env)
    log("cold check ...")
    r["cold_check"] = measure.cold_check(full_db, seed, env, cfg.cold_runs)

    t0 = time.perf_counter()
    verifier = Verifier(Reference(full_db))
    r["open_s"] = round(time.perf_counter() - t0, 2)
    log("warm latency ...")
    with on_one_core() as core:  # in-process latencies, as the budgets say, on one core
        warm = measure.warm(verifier, seed, dev, cfg.seed_reps, cfg.dev_reps)
        fl = measure.floor(seed, dev, cfg.seed_reps, cfg.dev_reps)
        r["components"] = measure.components(verifier, [seed, *dev], reps=3 if cfg.dev_reps > 1 else 1)
    r["warm"], r["floor"], r["floor_ratio"] = warm, fl, measure.ratio_to_floor(warm, fl)
    r["warm_core"] = core

    log("latency by document size ...")
    pool = corpus.sentence_pool([seed, *dev])
    docs = [corpus.sized_document(pool, n, rng, seed.as_of) for n in cfg.sizes]
    r["by_size"] = measure.by_size(verifier, docs, cfg.size_reps)

    log("lookup cost by reference size ...")
    seed_result = verifier.verify(seed.text, as_of=seed.as_of)
    keep = cited_keys([seed_result])
    lookup = []
    for n in cfg.lookup_rows:
        if n >= r["import"]["rows"]:
            continue
        sample = work / f"sample-{n}.csv"
        rows = sample_csv(cfg.data, sample, n, keep)
        db = work / f"sample-{n}.db"
        imp = import_reference(sample, db, env)
        t0 = time.perf_counter()
        v = Verifier(Reference(db))
        lookup.append(_lookup(v, seed, dev, imp["rows"], time.perf_counter() - t0, cfg, sampled_rows=rows))
        del v
        gc.collect()
    lookup.append(_lookup(verifier, seed, dev, r["import"]["rows"], r["open_s"], cfg))
    r["lookup"] = lookup
    del verifier
    gc.collect()

    log("batch ...")
    texts = dev or [seed]
    batch_docs = corpus.batch_corpus(texts, cfg.batch_docs, rng)
    sentences_of = {t.id: t.sentences for t in texts}
    n_sentences = sum(sentences_of[t.id.rsplit("#", 1)[0]] for t in batch_docs)
    r["batch"] = [measure.batch(full_db, batch_docs, w, env, n_sentences) for w in cfg.workers]

    log("API ...")
    with api_load.server(full_db, env) as (proc, port, start_s):
        mem = {"start_s": round(start_s, 2), "start_rss_mb": api_load.rss_mb(proc.pid).get("rss_mb")}
        r["api"] = api_load.load(port, seed, cfg.api_clients, cfg.api_seconds, cfg.api_max_requests)
        mem.update(api_load.rss_mb(proc.pid))
        r["server_memory"] = mem


def _lookup(verifier, seed, dev, rows: int, open_s: float, cfg: Config, sampled_rows: int | None = None) -> dict:
    """Lookup cost on one reference: the entity finder plus resolving/judging (the parts that
    consult the reference) on the seed article, whose contests every sample holds, so each size
    does the same work.  The dev pass is reported beside it, though a smaller reference resolves
    fewer of its claims (less work, not faster lookups)."""
    reps = max(cfg.seed_reps // 5, 1)
    comp = measure.components(verifier, [seed], reps=reps)
    dev_comp = measure.components(verifier, dev, reps=1) if dev else {"election_entities": 0.0, "resolve_and_judge": 0.0}
    runs = [measure.time_call(lambda: verifier.verify(seed.text, as_of=seed.as_of)).wall for _ in range(max(cfg.seed_reps // 2, 3))]
    res = verifier.verify(seed.text, as_of=seed.as_of)
    resolved = sum(1 for c in res["claims"] if c["verdict"] != "NOT_ENOUGH_INFO")
    return {"rows": rows, "open_s": round(open_s, 2),
            "lookup_ms": round(comp["election_entities"] + comp["resolve_and_judge"], 2),
            "entities_ms": comp["election_entities"], "resolve_and_judge_ms": comp["resolve_and_judge"],
            "dev_lookup_ms": round(dev_comp["election_entities"] + dev_comp["resolve_and_judge"], 2),
            "seed_p50_ms": summary_ms(runs)["p50_ms"], "seed_resolved": f"{resolved}/{len(res['claims'])}"}
