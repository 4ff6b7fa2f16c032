"""`sitrep serve` as a user runs it: a real uvicorn process on a free port, over an SQLite file,
answering the API and the page; writes only with the token file; a clear error for bad options."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from sitrep.store import store_from_url

from .conftest import TOKEN
from .dataset import fill

SITREP = [str(Path(sys.executable).with_name("sitrep"))]  # the installed command


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(process: subprocess.Popen, base: str) -> None:
    for _ in range(150):
        if process.poll() is not None:
            raise AssertionError(f"sitrep serve exited: {process.stderr.read()}")
        try:
            httpx.get(base + "/api/changes", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("sitrep serve did not answer within 15 s")


@pytest.fixture
def served(tmp_path):
    db = tmp_path / "store.db"
    with store_from_url(str(db)) as store:
        fill(store)
    tokens = tmp_path / "tokens.txt"
    tokens.write_text(f"alice {TOKEN}\n")
    port = free_port()
    process = subprocess.Popen(SITREP + ["serve", "--db", str(db), "--port", str(port),
                                         "--token-file", str(tokens)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, base)
        yield base
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_serve_answers_the_api_and_the_page(served):
    events = httpx.get(served + "/api/events?limit=2").json()
    assert len(events["data"]) == 2 and events["next"]
    page = httpx.get(served + "/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert httpx.get(served + "/openapi.json").json()["info"]["title"] == "sitrep"
    refused = httpx.post(served + "/api/events/e-a03-1/reviews", json={"action": "accept"})
    assert refused.status_code == 401
    accepted = httpx.post(served + "/api/events/e-a03-1/reviews", json={"action": "accept"},
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert accepted.status_code == 201 and accepted.json()["record"]["reviewer"] == "alice"
    assert httpx.get(served + "/api/events/e-a03-1").json()["review"]["status"] == "accepted"


@pytest.mark.parametrize("args, message", [
    (["--db", "{tmp}/missing.db"], "does not exist"),
    (["--db", "{tmp}/store.db", "--token-file", "{tmp}/none.txt"], "does not exist"),
    (["--db", "{tmp}/store.db", "--token-file", "{tmp}/short.txt"], "short.txt:1: a token needs"),
])
def test_serve_refuses_bad_options_in_one_line(tmp_path, args, message):
    with store_from_url(str(tmp_path / "store.db")):
        pass
    (tmp_path / "short.txt").write_text("abc\n")
    result = subprocess.run(SITREP + ["serve"] + [a.format(tmp=tmp_path) for a in args],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_parallel_requests_each_use_their_own_thread_store(served):
    """The page asks for events, incidents and stats at once: a store opened by one pool
    thread must never be used by another (SQLite refuses that)."""
    from concurrent.futures import ThreadPoolExecutor

    urls = ["/api/events?limit=3", "/api/incidents?limit=3", "/api/stats", "/api/changes",
            "/api/events/e-a01-1", "/api/articles/a01", "/api/events?q=wedding"] * 12
    with httpx.Client(base_url=served) as client, ThreadPoolExecutor(16) as pool:
        statuses = list(pool.map(lambda url: client.get(url).status_code, urls))
    assert statuses == [200] * len(urls)
