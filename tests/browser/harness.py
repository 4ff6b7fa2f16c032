"""A real ``sitrep serve`` over a store filled by really ingesting tests/browser/articles.jsonl,
and Debian's Chromium driven by Playwright: shared by the browser tests and the screenshot
script (``make screenshots``)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles.jsonl"
CHROMIUM = Path(os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium"))
# Flags that keep Chromium off the network and quiet in a container (no sandbox as root).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN_NAME, TOKEN = "alice", "page-test-token-4f1c"


def sitrep_command() -> list[str]:
    """The installed ``sitrep`` next to this Python (the venv's console script)."""
    script = Path(sys.executable).parent / "sitrep"
    return [str(script)] if script.exists() else [sys.executable, "-m", "sitrep.cli.main"]


def ingest_articles(db: str | Path, articles: Path = ARTICLES) -> None:
    """Fills a store the way a user does: ``sitrep ingest`` (extraction and incident linking)."""
    subprocess.run([*sitrep_command(), "ingest", str(articles), "--db", str(db), "--quiet"],
                   check=True, capture_output=True, text=True, timeout=600)


def write_token_file(folder: Path) -> Path:
    path = folder / "tokens.txt"
    path.write_text(f"# reviewers of the browser tests\n{TOKEN_NAME} {TOKEN}\n")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(db: str | Path, *, token_file: Path | None = None, log: Path | None = None) -> Iterator[str]:
    """Runs ``sitrep serve`` on a free local port until the block ends; yields its base URL."""
    port = free_port()
    command = [*sitrep_command(), "serve", "--db", str(db), "--port", str(port)]
    if token_file is not None:
        command += ["--token-file", str(token_file)]
    out = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            out.close()


def wait_until_up(base: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"sitrep serve exited with status {process.returncode} before answering")
        try:
            with urllib.request.urlopen(base + "api/stats", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"sitrep serve did not answer at {base} within {timeout:.0f} s")


def launch_chromium(playwright):
    """Debian's Chromium (never a Playwright download), headless and off the network."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install -y chromium)"
    return None
