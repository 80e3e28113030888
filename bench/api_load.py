"""The API under load: ``verifier serve`` in its own process on 127.0.0.1, hit by a Python load
client (concurrent keep-alive connections, each sending the next request when the last answers),
for a fixed time with a bounded number of requests.  Also the server's peak memory."""
from __future__ import annotations

import http.client
import json
import socket
import subprocess
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bench.corpus import Text
from bench.reference import verifier_command
from bench.timing import summary_ms

HOST = "127.0.0.1"  # loopback only: the bench never sends a request off this machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> dict:
    """Current and peak resident memory of a process (from /proc, in MB)."""
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key = "rss_mb" if line.startswith("VmRSS") else "peak_rss_mb"
                    out[key] = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return out


@contextmanager
def server(db: Path, env: dict, threads: int | None = None, start_timeout: float = 120) -> Iterator[tuple[subprocess.Popen, int, float]]:
    """A running ``verifier serve`` (process, port, seconds until /healthz answered)."""
    port = free_port()
    args = [*verifier_command(), "serve", "--host", HOST, "--port", str(port), "--db", str(db)]
    if threads:
        args += ["--threads", str(threads)]
    t0 = time.perf_counter()
    # stderr goes to a file, never an unread pipe: waitress logs a warning per queued request
    # under load, and a full pipe blocks its main loop (the server then stops answering).
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"verifier serve exited ({proc.returncode}): {log.read().decode()[-500:]}")
            try:
                conn = http.client.HTTPConnection(HOST, port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    conn.close()
                    break
            except OSError:
                pass
            if time.perf_counter() - t0 > start_timeout:
                raise RuntimeError("verifier serve did not answer /healthz in time")
            time.sleep(0.1)
        yield proc, port, time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def load(port: int, doc: Text, clients: int, seconds: float, max_requests: int, timeout: float = 30) -> dict:
    """``clients`` threads POST ``doc`` to /api/v1/verify for ``seconds`` (or ``max_requests``)."""
    body = json.dumps({"text": doc.text, "as_of": doc.as_of.isoformat() if doc.as_of else None,
                       "id": doc.id}).encode()
    headers = {"Content-Type": "application/json"}
    latencies: list[float] = []
    errors: list[str] = []
    error_at: list[float] = []  # seconds after the start, to tell a stall from scattered failures
    lock = threading.Lock()
    sent = [0]
    deadline = time.perf_counter() + seconds

    def client() -> None:
        conn = None
        while time.perf_counter() < deadline:
            with lock:
                if sent[0] >= max_requests:
                    return
                sent[0] += 1
            t0 = time.perf_counter()
            try:
                if conn is None:
                    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
                conn.request("POST", "/api/v1/verify", body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                ok = resp.status == 200 and b'"claims"' in data
                err = None if ok else f"HTTP {resp.status}"
            except (OSError, http.client.HTTPException) as exc:
                err = f"{type(exc).__name__}: {exc}"
                if conn is not None:
                    conn.close()
                conn = None
            dt = time.perf_counter() - t0
            with lock:
                if err:
                    errors.append(err)
                    error_at.append(round(time.perf_counter() - dt - t_start, 1))
                else:
                    latencies.append(dt)
        if conn is not None:
            conn.close()

    t0 = t_start = time.perf_counter()
    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + timeout + 5)
    elapsed = time.perf_counter() - t0
    out = {"clients": clients, "seconds": round(elapsed, 2), "requests": len(latencies),
           "errors": len(errors), "error_kinds": sorted(set(errors))[:5], "errors_sent_at_s": sorted(error_at)[:20],
           "requests_per_s": round(len(latencies) / elapsed, 1)}
    if latencies:
        out.update(summary_ms(latencies))
    return out
