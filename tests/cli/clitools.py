"""Helpers for the command-line tests: run ``sitrep`` in-process through its real entry point.

``run_cli`` calls ``sitrep.cli.main.main`` (the console-script target, which also turns a
SitrepError into a one-line message) inside ``CliRunner.isolation``, so the spaCy pipeline is
loaded once per session rather than once per command. Any exception other than SystemExit
propagates: a traceback is a test failure.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import sqlite3
import struct
import subprocess
import sys
import termios
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from sitrep.store import is_postgres_url, sqlite_path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
SITREP_BIN = REPO / ".venv" / "bin" / "sitrep"

# Articles written for these tests (not news copy). Wednesday 2024-03-13 is the publication date
# used with them, so "on Monday" is 2024-03-11.
YEMEN_STRIKE = (
    "Air raid on Yemen market leaves nine dead\n\n"
    "An airstrike hit a busy market in the town of Abs in Hajjah province in northern Yemen "
    "on Monday, killing nine people and wounding 14 others, local health officials said.\n\n"
    "Residents said warplanes of the Saudi-led coalition carried out the raid around midday.\n"
)
MALI_CLASH = (
    "Militants attack army base in central Mali\n\n"
    "Suspected jihadist fighters attacked a military base near Douentza in central Mali on "
    "Tuesday, and at least six soldiers were killed in the fighting that followed, army "
    "sources said.\n"
)
YEMEN_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Air raid on Yemen market leaves nine dead</title>
  <meta property="article:published_time" content="2024-03-13T10:00:00Z">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About us</a></nav>
  <article>
    <h1>Air raid on Yemen market leaves nine dead</h1>
    <p>An airstrike hit a busy market in the town of Abs in Hajjah province in northern Yemen
    on Monday, killing nine people and wounding 14 others, local health officials said.</p>
    <p>Residents said warplanes of the Saudi-led coalition carried out the raid around
    midday, and that rescue teams searched the damaged stalls until evening.</p>
  </article>
  <footer>Copyright 2024 Example News. All rights reserved.</footer>
</body>
</html>
"""

FORMAT_KEYS = {
    "event_type", "sub_event_type", "date", "date_precision", "location", "actor1",
    "actor1_type", "actor2", "actor2_type", "fatalities", "injured", "reported_by", "evidence",
    "background",
}
LOCATION_KEYS = {"name", "mention", "admin1", "country", "lat", "lon", "precision"}
FATALITY_KEYS = {"best", "low", "high"}


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)

    def __str__(self) -> str:  # shown by pytest when an assertion on the run fails
        return f"exit {self.exit_code}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


def run_cli(*args: str | Path, input: str | bytes | None = None) -> Run:
    """``sitrep ARGS...`` in-process, through the console-script entry point."""
    from sitrep.cli.main import main

    runner = CliRunner()
    argv = ["sitrep", *map(str, args)]
    with runner.isolation(input=input) as (out, err, _):
        saved, sys.argv = sys.argv, argv
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.argv = saved
            sys.stdout.flush()
            sys.stderr.flush()
        return Run(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


def check_event_shape(event: dict, article_text: str) -> None:
    """FORMAT.md keys present with the right shapes; every evidence span quotes the text."""
    assert FORMAT_KEYS <= event.keys(), FORMAT_KEYS - event.keys()
    location = event["location"]
    assert location is None or LOCATION_KEYS <= location.keys(), location
    assert set(event["fatalities"]) >= FATALITY_KEYS
    assert isinstance(event["reported_by"], list)
    assert isinstance(event["background"], bool)
    assert isinstance(event["evidence"], str)
    spans = list(event["evidence_spans"]) + list(event["field_evidence"].values())
    assert event["evidence_spans"], "an event without evidence"
    for span in spans:
        start, end = span["start_char"], span["end_char"]
        assert 0 <= start <= end <= len(article_text), span
        assert span["text"] == article_text[start:end], span


# -- helpers for the tests that run sitrep as a real process -----------------------------------

def stored_articles(url: str) -> int:
    """Articles committed so far, read beside the running process (0 before its tables exist)."""
    try:
        if is_postgres_url(url):
            import psycopg

            with psycopg.connect(url, autocommit=True) as conn:
                return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        path = sqlite_path(url)
        if not Path(path).exists():
            return 0
        conn = sqlite3.connect(path, timeout=10)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except Exception as exc:  # tables not created yet
        if "articles" in str(exc) or "does not exist" in str(exc):
            return 0
        raise


def events_by_article(snapshot: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    events: dict[str, list[tuple]] = {}
    for row in snapshot["events"]:
        events.setdefault(row[1], []).append(row)  # row[1] is article_id
    return events


def read_pty(*args: str) -> str:
    """Run sitrep with its stderr on a pseudo-terminal; what the terminal showed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # 24x120
    proc = subprocess.Popen([str(SITREP_BIN), *args], stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the process closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=300) == 0
    return b"".join(chunks).decode("utf-8", "replace")


def check_rerun(batch: Path, url: str, clean: dict, *, total: int, before: int, args: tuple = (),
                context: object = "") -> None:
    """Run `sitrep ingest` on ``batch`` again (after a kill): it ingests exactly the ``total -
    before`` missing articles, calls the ``before`` stored ones unchanged (the batch's two bad
    lines fail again), and the store is then the ``clean`` one."""
    from sitrep.store import store_from_url

    rerun = subprocess.run([str(SITREP_BIN), "ingest", str(batch), "--db", url, *args],
                           capture_output=True, timeout=600)
    summary = rerun.stderr.decode().strip().splitlines()[-1]
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert (f"{total - before} articles ingested" in summary
            and f"{before} unchanged" in summary and "2 failed" in summary), (context, summary)
    with store_from_url(url) as store:
        assert store.snapshot() == clean, context


def kill_when_stored(args: list[str], store_url: str, target: int, *, log: Path,
                     seed: int, timeout: float = 300) -> int:
    """Run ``sitrep ARGS`` as a process and SIGKILL it once ``target`` articles are committed
    to ``store_url``; the articles stored then. Fails if the run ends before the kill."""
    import signal
    import subprocess
    import time


    with log.open("ab") as err:
        proc = subprocess.Popen([str(SITREP_BIN), *args], stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + timeout
    while proc.poll() is None and stored_articles(store_url) < target and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, f"seed {seed}: the run ended before the kill; see {log}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    return stored_articles(store_url)
