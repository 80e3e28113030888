"""The bench's results as budgets met or not, a plain-text table, JSON and Markdown."""
from __future__ import annotations

import json
import math
from pathlib import Path


def _status(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "NOT MET")


def budgets(r: dict) -> list[dict]:
    """Each budget of issue 6 (and issue 3's extraction budget) with the figure measured against it."""
    out = []

    def add(name: str, value: str, budget: str, ok: bool | None) -> None:
        out.append({"budget": name, "measured": value, "target": budget, "status": _status(ok)})

    w, f = r.get("warm"), r.get("floor_ratio")
    if w:
        add("seed article warm p50", f"{w['seed']['p50_ms']:.1f} ms", "<= 5 ms", w["seed"]["p50_ms"] <= 5)
        if "seed_extract" in w:
            add("seed claim extraction warm p50 (issue 3)", f"{w['seed_extract']['p50_ms']:.1f} ms", "<= 5 ms",
                w["seed_extract"]["p50_ms"] <= 5)
    if f:
        add("seed warm / tokenizer floor", f"{f['seed_p50_x']:.0f}x", "<= 5x", f["seed_p50_x"] <= 5)
    c = r.get("cold_check")
    if c:
        add("cold `verifier check` (seed)", f"{c['wall_p50_s']:.2f} s", "<= 2 s", c["wall_p50_s"] <= 2)
    b2 = next((b for b in r.get("batch", []) if b["workers"] == 2), None)
    if b2:
        add("batch, 2 workers", f"{b2['docs_per_s']:.0f} docs/s", ">= 500 docs/s", b2["docs_per_s"] >= 500)
    a = r.get("api")
    if a:
        add("API req/s (seed, 16 clients)", f"{a['requests_per_s']:.1f} req/s", ">= 300 req/s", a["requests_per_s"] >= 300)
        if "p99_ms" in a:
            add("API p99", f"{a['p99_ms']:.0f} ms", "<= 100 ms", a["p99_ms"] <= 100)
        add("API errors", str(a["errors"]), "0", a["errors"] == 0)
    m = r.get("server_memory")
    if m and "peak_rss_mb" in m:
        add("server peak RSS", f"{m['peak_rss_mb']:.0f} MB", "<= 400 MB", m["peak_rss_mb"] <= 400)
    s = r.get("by_size")
    if s and len(s) >= 2:
        lo, hi = s[-2], s[-1]
        ratio = hi["per_sentence_ms"] / lo["per_sentence_ms"]
        add("latency linear in sentences", f"{ratio:.2f}x per-sentence cost {lo['sentences']}->{hi['sentences']}",
            "<= 1.5x", ratio <= 1.5)
    lk = r.get("lookup")
    if lk and len(lk) >= 2:
        small, big = lk[0], lk[-1]
        ratio = big["lookup_ms"] / small["lookup_ms"] if small["lookup_ms"] else float("inf")
        allowed = math.log(big["rows"]) / math.log(small["rows"])
        add("seed lookup cost vs reference size", f"{ratio:.2f}x from {small['rows']:,} to {big['rows']:,} rows",
            f"<= {allowed:.2f}x (log ratio)", ratio <= allowed)
    return out


def table(r: dict) -> str:
    """The figures as a fixed-width text table (also the body of RESULTS.md)."""
    rows: list[tuple[str, str]] = []
    imp = r.get("import")
    if imp:
        rows.append(("import full reference", f"{imp['wall_s']:.1f} s wall, {imp['cpu_s']:.1f} s CPU; "
                                               f"{imp['rows']:,} rows, {imp['db_mb']} MB"))
    fs = r.get("first_start")
    if fs:
        rows.append(("first check on a new reference (builds entity index)", f"{fs['wall_s']:.1f} s wall, {fs['cpu_s']:.1f} s CPU"))
    c = r.get("cold_check")
    if c:
        rows.append(("cold `verifier check` seed (index cached)",
                     f"p50 {c['wall_p50_s']:.2f} s wall (min {c['wall_min_s']:.2f}), {c['cpu_p50_s']:.2f} s CPU, {c['runs']} runs"))
    if r.get("open_s") is not None:
        rows.append(("open Verifier in-process (index cached)", f"{r['open_s']:.2f} s"))
    w, fl, fr = r.get("warm"), r.get("floor"), r.get("floor_ratio")
    if w:
        if r.get("warm_core") is not None:
            rows.append(("in-process latencies below measured on", f"core {r['warm_core']} (pinned)"))
        rows.append(("warm seed article", f"p50 {w['seed']['p50_ms']:.1f} ms, p99 {w['seed']['p99_ms']:.1f} ms "
                                          f"(CPU p50 {w['seed']['cpu_p50_ms']:.1f} ms), {w['seed']['n']} runs"))
        if "seed_extract" in w:
            x = w["seed_extract"]
            rows.append(("warm seed article, claim extraction only", f"p50 {x['p50_ms']:.1f} ms, p99 {x['p99_ms']:.1f} ms "
                                                                     f"(CPU p50 {x['cpu_p50_ms']:.1f} ms), {x['n']} runs"))
        rows.append(("warm dev documents", f"p50 {w['dev']['p50_ms']:.2f} ms, p99 {w['dev']['p99_ms']:.2f} ms "
                                           f"(CPU p50 {w['dev']['cpu_p50_ms']:.2f} ms) over {w['dev']['docs']} docs"))
    if fl:
        rows.append(("tokenizer floor (spacy.blank)", f"seed p50 {fl['seed']['p50_ms']:.3f} ms; dev p50 {fl['dev']['p50_ms']:.3f} ms, "
                                                      f"p99 {fl['dev']['p99_ms']:.3f} ms"))
    if fr:
        rows.append(("warm / floor", f"seed {fr['seed_p50_x']:.0f}x; dev median {fr['dev_median_x']:.0f}x, total {fr['dev_total_x']:.0f}x"))
    comp = r.get("components")
    if comp:
        total = sum(comp.values()) or 1
        parts = ", ".join(f"{k} {v:.0f} ms ({100 * v / total:.0f}%)" for k, v in sorted(comp.items(), key=lambda kv: -kv[1]))
        rows.append(("where warm time goes (seed + dev, one pass)", parts))
    for b in r.get("batch", []):
        rows.append((f"batch, {b['workers']} worker(s), {b['docs']:,} docs",
                     f"{b['docs_per_s']:.0f} docs/s, {b['sentences_per_s']:.0f} sentences/s "
                     f"({b['wall_s']:.1f} s wall, {b['cpu_s']:.1f} s CPU, {b['errors']} errors)"))
    a = r.get("api")
    if a:
        lat = f", p50 {a['p50_ms']:.0f} ms, p99 {a['p99_ms']:.0f} ms" if "p50_ms" in a else ""
        rows.append((f"API, {a['clients']} clients, {a['seconds']:.0f} s (seed article)",
                     f"{a['requests_per_s']:.1f} req/s{lat}, {a['requests']} ok, {a['errors']} errors"))
    m = r.get("server_memory")
    if m:
        rows.append(("server memory (full reference)", f"peak {m.get('peak_rss_mb', '?')} MB, idle after start "
                                                       f"{m.get('start_rss_mb', '?')} MB; started in {m.get('start_s', 0):.1f} s"))
    for s in r.get("by_size", []):
        rows.append((f"warm, {s['sentences']:,}-sentence document", f"{s['p50_ms']:.1f} ms ({s['per_sentence_ms']:.2f} ms/sentence, {s['chars']:,} chars)"))
    for lk in r.get("lookup", []):
        rows.append((f"reference of {lk['rows']:,} rows", f"seed lookup (entities {lk['entities_ms']:.1f} + resolve/judge {lk['resolve_and_judge_ms']:.1f}) "
                                                         f"{lk['lookup_ms']:.1f} ms; dev pass {lk.get('dev_lookup_ms', 0):.0f} ms; "
                                                         f"seed warm p50 {lk['seed_p50_ms']:.1f} ms; open {lk['open_s']:.1f} s; "
                                                         f"seed claims resolved {lk['seed_resolved']}"))
    width = max(len(k) for k, _ in rows) if rows else 10
    lines = [f"{k:<{width}}  {v}" for k, v in rows]
    lines.append("")
    bs = budgets(r)
    if bs:
        bw = max(len(b["budget"]) for b in bs)
        lines.append("budgets:")
        for b in bs:
            lines.append(f"  {b['budget']:<{bw}}  {b['status']:<8} {b['measured']}  (target {b['target']})")
    return "\n".join(lines)


def markdown(r: dict) -> str:
    m = r["machine"]
    head = [
        "# Benchmark results",
        "",
        f"Measured {r['date']} by `{r['command']}` in {r['total_s']:.0f} s, on {m['cpus']} CPUs "
        f"({m['cpu_model'] or 'unknown CPU'}), {m['memory_gb']} GB RAM, Python {m['python']}; "
        f"load average at start {m['load_average']}, at end {r.get('load_average_end')}. "
        f"Reference: {r.get('reference_note', '')}. Dev texts: {r.get('dev_source')}.",
        "",
        "Wall times on a shared machine move with its load; CPU times are given beside them.",
        "",
        "| budget | status | measured | target |",
        "|---|---|---|---|",
    ]
    for b in budgets(r):
        head.append(f"| {b['budget']} | {b['status']} | {b['measured']} | {b['target']} |")
    head += ["", "All figures:", "", "```", table(r).split("\nbudgets:")[0].rstrip(), "```", ""]
    return "\n".join(head)


def write(r: dict, out_dir: Path, results_md: Path | None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{r['date'][:10]}.json"
    clean = {k: v for k, v in r.items() if not k.startswith("_")}
    path.write_text(json.dumps(_strip(clean), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if results_md is not None:
        results_md.write_text(markdown(r), encoding="utf-8")
    return path


def _strip(obj):
    """Drop private (``_``) keys at any depth (per-document lists kept only for ratios)."""
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if not k.startswith("_")}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj
