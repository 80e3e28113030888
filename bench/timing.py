"""Small measuring helpers: percentiles, repeated timing of a call, the machine's description."""
from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    pos = (len(xs) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summary_ms(seconds: Sequence[float]) -> dict:
    """p50 / p99 / mean / min / max of durations given in seconds, as milliseconds."""
    ms = [s * 1000.0 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 3),
        "p99_ms": round(percentile(ms, 99), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
        "min_ms": round(min(ms), 3),
        "max_ms": round(max(ms), 3),
    }


@dataclass
class Timed:
    wall: float  # seconds
    cpu: float  # seconds of CPU (this process for in-process calls, children for subprocesses)


def time_call(fn: Callable[[], object]) -> Timed:
    """Wall and CPU time of one in-process call."""
    c0, t0 = time.process_time(), time.perf_counter()
    fn()
    return Timed(time.perf_counter() - t0, time.process_time() - c0)


def repeat(fn: Callable[[], object], reps: int, warmup: int = 1) -> list[Timed]:
    for _ in range(warmup):
        fn()
    return [time_call(fn) for _ in range(reps)]


def run_process(args: Sequence[str], env: dict | None = None, timeout: float = 600) -> tuple[Timed, subprocess.CompletedProcess]:
    """Run a whole process; its wall time and the CPU time (user + sys) it and its children used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(list(args), env=env, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timed(wall, cpu), proc


def machine() -> dict:
    """What the figures were measured on (and how busy it was)."""
    cpu_model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu_model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem_gb = None
    try:
        mem_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu_model,
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


@contextmanager
def on_one_core():
    """Run the block pinned to one core, as the issues' latency budgets are stated ("warm on one
    core"): on this VM a process the scheduler moves between the two cores mid-measurement runs
    up to ~50 % slower for a while (the seed's extraction measured 4.1–4.5 ms pinned to either
    core, 4.6–6.8 ms unpinned, minutes apart). Yields the core, or None where affinity cannot be set."""
    if not hasattr(os, "sched_setaffinity"):
        yield None
        return
    before = os.sched_getaffinity(0)
    core = min(before)
    os.sched_setaffinity(0, {core})
    try:
        yield core
    finally:
        os.sched_setaffinity(0, before)
