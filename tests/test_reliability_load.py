"""Load on the real server: ``verifier serve`` (waitress) in a subprocess on a free loopback port,
over the real pipeline and the bundled reference, driven by concurrent clients for a bounded
time, while other clients misbehave — one disconnects mid-request, one sends its request a byte
at a time (slowloris-style, bounded), one sends 10 MB, one sends a line that is not HTTP.

Asserts zero errors for the well-behaved clients, a bounded p99 latency, and that the server is
still serving (and has logged no traceback) afterwards.  The figures are printed (``-s``).
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

VERIFIER = Path(sys.executable).with_name("verifier")
CLIENTS = int(os.environ.get("LOAD_CLIENTS", "8"))
SECONDS = float(os.environ.get("LOAD_SECONDS", "5"))
P99_BOUND = 5.0  # seconds; the verify lock serialises requests, so p99 ~ CLIENTS x one request
TEXTS = [
    "SP won Noorpur by 6,211 votes.",
    "नूरपुर उपचुनाव में सपा के नईमुल हसन ने भाजपा की अवनि सिंह को हराया।",
    "BJP lost Kairana and Phulpur in 2018.",
    "Nothing about elections here, just 🗳️ and \u200b noise.",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    if not VERIFIER.exists():
        pytest.skip(f"the verifier command is not installed beside {sys.executable}")
    from reference_db.build import ensure_default_db

    ensure_default_db()  # built before the server starts, not inside its first request
    port = free_port()
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"verifier-serve-{port}.log", "w+b")
    proc = subprocess.Popen([str(VERIFIER), "serve", "--port", str(port), "--threads", "4"],
                            stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 90
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                break
        except OSError:
            pass
        assert proc.poll() is None, "verifier serve exited"
        assert time.monotonic() < deadline, "verifier serve did not start in 90 s"
        time.sleep(0.2)
    yield port, proc, log
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


def post(conn: http.client.HTTPConnection, text: str) -> tuple[int, bytes]:
    conn.request("POST", "/api/v1/verify", body=json.dumps({"text": text, "as_of": "2018-06-01"}).encode(),
                  headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    return r.status, r.read()


def assert_serving(port: int) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    status, body = post(conn, TEXTS[0])
    assert status == 200 and json.loads(body)["claims"]
    conn.request("GET", "/healthz")
    assert conn.getresponse().status == 200


# -- misbehaving clients ---------------------------------------------------------------------
def disconnect_mid_body(port: int) -> None:
    """Announce 5,000 bytes, send 100, hang up."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 5000\r\n\r\n" + b'{"text": "' + b"a" * 90)


def disconnect_before_the_answer(port: int) -> None:
    """Send a whole request, hang up without reading the answer (RST, not FIN)."""
    body = json.dumps({"text": TEXTS[1] * 20}).encode()
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    s.sendall(b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    s.close()


def slow_client(port: int, seconds: float) -> int | None:
    """Send a request a few bytes at a time over ``seconds``; return the status it finally gets."""
    body = json.dumps({"text": TEXTS[0]}).encode()
    request = (b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
    step = max(1, len(request) // int(seconds / 0.1))
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        for i in range(0, len(request), step):
            s.sendall(request[i:i + step])
            time.sleep(0.1)
        data = s.recv(64)
    return int(data.split()[1]) if data.startswith(b"HTTP/1.1") else None


def not_http(port: int) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(64) + b"\r\n\r\n")
        try:
            return s.recv(64)
        except OSError:
            return b""


def ten_megabytes(port: int) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    body = b'{"text": "' + b"BJP won Noorpur. " * (10 * 1024 * 1024 // 17) + b'"}'
    try:
        conn.request("POST", "/api/v1/verify", body=body, headers={"Content-Type": "application/json"})
        return conn.getresponse().status
    except (BrokenPipeError, ConnectionResetError):
        return 413  # the server may answer 413 and close before the whole body is sent


# -- the test ---------------------------------------------------------------------------------
def test_concurrent_clients_while_others_misbehave(server):
    port, proc, log = server
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + SECONDS

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        i = n
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            try:
                status, body = post(conn, TEXTS[i % len(TEXTS)])
                ok = status == 200 and "claims" in json.loads(body)
                problem = None if ok else f"status {status}: {body[:200]!r}"
            except Exception as exc:  # noqa: BLE001 - every failure is counted
                problem = f"{type(exc).__name__}: {exc}"
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                latencies.append(time.perf_counter() - t0)
                if problem:
                    errors.append(problem)
            i += 1

    misbehaving: dict[str, object] = {}

    def misbehave() -> None:
        for _ in range(5):
            disconnect_mid_body(port)
            disconnect_before_the_answer(port)
        misbehaving["not_http"] = not_http(port)
        misbehaving["ten_mb"] = ten_megabytes(port)

    def slow() -> None:
        misbehaving["slow"] = slow_client(port, seconds=min(3.0, SECONDS))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    threads += [threading.Thread(target=misbehave), threading.Thread(target=slow)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=SECONDS + 120)
    wall = time.monotonic() - started
    assert not any(t.is_alive() for t in threads), "a client hung"

    latencies.sort()
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"\nload: {CLIENTS} clients x {SECONDS:.0f} s: {len(latencies)} requests in {wall:.1f} s "
          f"({len(latencies) / wall:.1f}/s), errors {len(errors)}, p50 {p50 * 1000:.0f} ms, "
          f"p99 {p99 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms; slow client got {misbehaving.get('slow')}, "
          f"10 MB got {misbehaving.get('ten_mb')}, non-HTTP got {misbehaving.get('not_http', b'')[:12]!r}")
    assert errors == [], errors[:5]
    assert len(latencies) >= CLIENTS * 2, "too few requests were served to measure anything"
    assert p99 < P99_BOUND, f"p99 {p99:.2f} s"
    assert misbehaving["slow"] == 200
    assert misbehaving["ten_mb"] == 413
    assert proc.poll() is None, "the server died"
    assert_serving(port)
    log.seek(0)
    assert b"Traceback" not in log.read(), "the server logged a traceback"


def test_many_half_open_connections_do_not_starve_the_server(server):
    """More idle half-requests than waitress has threads: requests still get through (waitress
    reads requests asynchronously and only hands complete ones to its threads)."""
    port, proc, _ = server
    idle = []
    try:
        for _ in range(32):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            idle.append(s)
        t0 = time.perf_counter()
        assert_serving(port)
        assert time.perf_counter() - t0 < P99_BOUND
    finally:
        for s in idle:
            s.close()
    assert proc.poll() is None
