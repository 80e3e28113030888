"""Where time goes: the warm path in-process (pyinstrument) and the API path in a real
``verifier serve`` under load (py-spy sampling the server process from outside).

Both are reported as the functions with the most *inclusive* time (what a call and everything
under it costs) and the most *self* time (where the CPU actually is), as percentages.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from bench import api_load, corpus

TOP = 25


def _pyinstrument_warm(db: Path, seconds: float) -> str:
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer

    from reference_db.store import Reference
    from verifier.service import Verifier

    seed = corpus.seed()
    dev, _ = corpus.dev_texts()
    verifier = Verifier(Reference(db))
    verifier.verify(seed.text, as_of=seed.as_of)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    deadline = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < deadline:
        verifier.verify(seed.text, as_of=seed.as_of)
        for t in dev[:30]:
            verifier.verify(t.text, as_of=t.as_of)
        n += 1
    session = profiler.stop()
    tree = profiler.output(ConsoleRenderer(show_all=False, unicode=False, color=False, time="percent_of_total",
                                           processor_options={"filter_threshold": 0.02}))
    flat = profiler.output(ConsoleRenderer(unicode=False, color=False, flat=True, time="percent_of_total"))
    flat = "\n".join(flat.splitlines()[: TOP + 6])
    return (f"{n} passes of (seed article + {min(len(dev), 30)} dev documents) in {session.duration:.1f} s wall, "
            f"{session.cpu_time:.1f} s CPU\n\n### Call tree (percent of total, branches >= 2%)\n\n```\n{tree.strip()}\n```\n\n"
            f"### Self time, flat\n\n```\n{flat.strip()}\n```\n")


def _collapse(raw: Path) -> tuple[Counter, Counter, int]:
    """Self and inclusive sample counts per function from py-spy's raw (collapsed) output."""
    self_c, incl_c, total = Counter(), Counter(), 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [f.split(" (")[0] + " (" + f.split(" (")[1].split(":")[0].rsplit("/", 1)[-1] + ")" if " (" in f else f
                  for f in stack.split(";")]
        frames = [f for f in frames if not f.startswith(("process ", "thread "))]
        if not frames:
            continue
        total += n
        self_c[frames[-1]] += n
        for f in set(frames):
            incl_c[f] += n
    return self_c, incl_c, total


def _pyspy_api(db: Path, seconds: float, clients: int = 16) -> str:
    pyspy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(pyspy).exists():
        return "py-spy is not installed (pip install -e '.[bench]')\n"
    seed = corpus.seed()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp, api_load.server(db, env) as (proc, port, _):
        raw = Path(tmp) / "api.txt"
        result: dict = {}
        loader = threading.Thread(target=lambda: result.update(
            api_load.load(port, seed, clients, seconds + 2, 1_000_000)))
        loader.start()
        time.sleep(1)
        spy = subprocess.run([pyspy, "record", "--pid", str(proc.pid), "--duration", str(int(seconds)),
                              "--format", "raw", "--rate", "200", "--gil", "--output", str(raw), "--nonblocking"],
                             capture_output=True, text=True)
        loader.join()
        if spy.returncode != 0 or not raw.exists():
            return f"py-spy failed: {spy.stderr.strip()[-400:]}\n"
        self_c, incl_c, total = _collapse(raw)
    lines = [f"{clients} clients for {seconds:.0f} s: {result.get('requests_per_s')} req/s, p50 {result.get('p50_ms')} ms, "
             f"p99 {result.get('p99_ms')} ms, {result.get('errors')} errors; {total} samples of the thread holding the GIL.", "",
             "### Inclusive (a function and everything it calls)", "", "```"]
    lines += [f"{100 * n / total:5.1f}%  {f}" for f, n in incl_c.most_common(TOP)]
    lines += ["```", "", "### Self", "", "```"]
    lines += [f"{100 * n / total:5.1f}%  {f}" for f, n in self_c.most_common(TOP)]
    lines += ["```", ""]
    return "\n".join(lines)


def profile_all(db: Path, seconds: float) -> str:
    parts = [f"# Profiles ({datetime.now().isoformat(timespec='seconds')}, reference {db.name}, "
             f"load average {os.getloadavg()[0]:.1f})", "",
             "Made by `python -m bench profile --db PATH` (pyinstrument for the warm path in-process; "
             "py-spy sampling `verifier serve` while 16 clients post the seed article).", "",
             "## Warm path (Verifier.verify)", "", _pyinstrument_warm(db, seconds), "## API path (verifier serve)", "",
             _pyspy_api(db, seconds)]
    return "\n".join(parts)
