"""The installed console script, as a real process: stdin input and exit codes."""

from __future__ import annotations

import json
import subprocess

import pytest

from .clitools import SITREP_BIN, YEMEN_STRIKE

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SITREP_BIN.exists(), reason=f"{SITREP_BIN} not installed"),
]


def _sitrep(*args, stdin: bytes = b"", cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(SITREP_BIN), *map(str, args)], input=stdin, capture_output=True,
                          timeout=300, cwd=cwd)


def test_stdin_text_and_jsonl(tmp_path):
    run = _sitrep("extract", "-", "--published", "2024-03-13", "--format", "json",
                  stdin=YEMEN_STRIKE.encode("utf-8"))
    assert run.returncode == 0, run.stderr.decode()
    events = json.loads(run.stdout)
    strikes = [e for e in events if e["sub_event_type"] == "air_drone_strike"
               and (e["location"] or {}).get("country") == "YE"]
    assert strikes, events
    for event in events:
        for span in event["evidence_spans"]:
            assert YEMEN_STRIKE[span["start_char"]:span["end_char"]] == span["text"]

    line = json.dumps({"id": "piped", "published": "2024-03-13", "text": YEMEN_STRIKE})
    run = _sitrep("extract", "--input", "-", stdin=(line + "\n{oops\n").encode("utf-8"))
    assert run.returncode == 0, run.stderr.decode()
    records = [json.loads(x) for x in run.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == ["piped"]
    assert "<stdin>:2" in run.stderr.decode() and "1 failed" in run.stderr.decode()


def test_exit_codes(tmp_path):
    missing = _sitrep("extract", tmp_path / "gone.txt")
    assert missing.returncode == 1
    assert missing.stdout == b""
    err = missing.stderr.decode()
    assert err.count("\n") == 1 and "gone.txt" in err and "Traceback" not in err

    empty_stdin = _sitrep("extract", "-", stdin=b"")
    assert empty_stdin.returncode == 1 and b"<stdin>" in empty_stdin.stderr

    usage = _sitrep("events", "--db", tmp_path / "none.db")
    assert usage.returncode == 2


def test_gazetteer_add(tmp_path):
    """`sitrep gazetteer add` on a copy of the index (SITREP_CACHE): one line per dump, a clear
    one-line error for a file that is not a dump."""
    import os
    import shutil

    from sitrep.geo.gazetteer import INDEX_FILENAME, build_gazetteer

    shutil.copy(build_gazetteer(), tmp_path / INDEX_FILENAME)
    dump = tmp_path / "XX.txt"
    dump.write_text("\t".join(["99000010", "Sitrep Wells", "Sitrep Wells", "", "12.5", "30.1", "P", "PPL",
                               "SD", "", "", "", "", "", "700", "", "400", "Africa/Khartoum", "2024-01-01"]) + "\n",
                    encoding="utf-8")
    env = {**os.environ, "SITREP_CACHE": str(tmp_path)}
    run = subprocess.run([str(SITREP_BIN), "gazetteer", "add", str(dump)], capture_output=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr.decode()
    assert "1 towns and 0 features added" in run.stderr.decode()
    bad = tmp_path / "notes.txt"
    bad.write_text("hello\n", encoding="utf-8")
    run = subprocess.run([str(SITREP_BIN), "gazetteer", "add", str(bad)], capture_output=True, env=env, timeout=300)
    err = run.stderr.decode()
    assert run.returncode == 1 and err.count("\n") == 1 and "notes.txt" in err and "Traceback" not in err


def test_places_command_lists_every_place_name():
    text = "Troops shelled Saraqib and the village of Zorblatiyah near Idlib on Sunday."
    run = _sitrep("places", "-", "--format", "json", stdin=text.encode("utf-8"))
    assert run.returncode == 0, run.stderr.decode()
    mentions = {m["text"]: m for m in json.loads(run.stdout)}
    assert mentions["Saraqib"]["place"]["country"] == "SY"
    assert mentions["Zorblatiyah"]["place"] is None
    assert text[mentions["Idlib"]["start_char"]:mentions["Idlib"]["end_char"]] == "Idlib"
