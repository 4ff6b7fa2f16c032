"""`sitrep extract`: single files (text, HTML), --published, JSONL batches, bad inputs."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sitrep.ingest import read_html_file, read_text_file
from .clitools import (
    MALI_CLASH,
    YEMEN_HTML,
    YEMEN_STRIKE,
    check_event_shape,
    run_cli,
)

pytestmark = pytest.mark.model


def _is_yemen_strike(event: dict) -> bool:
    return (
        event["sub_event_type"] == "air_drone_strike"
        and (event["location"] or {}).get("country") == "YE"
    )


def _table_rows(stdout: str) -> list[str]:
    """Data rows of the `simple` table: the lines after the dashed rule."""
    lines = stdout.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("---"))
    return [line for line in lines[rule + 1:] if line.strip()]


# -- single files ------------------------------------------------------------------------------


def test_extract_text_file_table(tmp_path, nlp):
    path = tmp_path / "strike.txt"
    path.write_text(YEMEN_STRIKE, encoding="utf-8")
    run = run_cli("extract", path, "--published", "2024-03-13")
    assert run.exit_code == 0, run
    assert "(no events)" not in run.stdout
    rows = _table_rows(run.stdout)
    assert rows, run
    assert any("Air/drone strike" in row and "YE" in row for row in rows), run
    assert run.stderr == ""


def test_extract_text_file_json_shape_and_spans(tmp_path, nlp):
    path = tmp_path / "strike.txt"
    path.write_text(YEMEN_STRIKE, encoding="utf-8")
    run = run_cli("extract", path, "--published", "2024-03-13", "--format", "json")
    assert run.exit_code == 0, run
    events = run.json()
    assert isinstance(events, list) and events
    text = read_text_file(path).text
    for event in events:
        check_event_shape(event, text)
    assert any(_is_yemen_strike(e) for e in events), events


def test_extract_html_file(tmp_path, nlp):
    path = tmp_path / "strike.html"
    path.write_text(YEMEN_HTML, encoding="utf-8")

    table = run_cli("extract", path)
    assert table.exit_code == 0, table
    assert _table_rows(table.stdout), table

    run = run_cli("extract", path, "--format", "json")
    assert run.exit_code == 0, run
    events = run.json()
    text = read_html_file(path).text  # the extracted article text the offsets refer to
    assert "Home" not in text.split("\n")[0]  # navigation was left out
    for event in events:
        check_event_shape(event, text)
    yemen = [e for e in events if _is_yemen_strike(e)]
    assert yemen, events
    # the page's own date (2024-03-13, a Wednesday) resolves "on Monday"
    assert any(e["date"] == "2024-03-11" for e in yemen), yemen


def test_extract_jsonl_format_single_file(tmp_path, nlp):
    path = tmp_path / "strike.txt"
    path.write_text(YEMEN_STRIKE, encoding="utf-8")
    run = run_cli("extract", path, "--published", "2024-03-13", "--format", "jsonl")
    assert run.exit_code == 0, run
    events = [json.loads(line) for line in run.stdout.splitlines()]
    assert events and all("event_type" in e for e in events)


def test_published_changes_relative_dates(tmp_path, nlp):
    path = tmp_path / "strike.txt"
    path.write_text(YEMEN_STRIKE, encoding="utf-8")

    def strike_dates(published: str) -> set[str]:
        run = run_cli("extract", path, "--published", published, "--format", "json")
        assert run.exit_code == 0, run
        return {e["date"] for e in run.json() if _is_yemen_strike(e)}

    first, second = strike_dates("2024-03-13"), strike_dates("2024-05-22")
    assert first and second
    assert first != second
    # "on Monday" lands in the week before each publication date
    for dates, published in ((first, "2024-03-13"), (second, "2024-05-22")):
        pub = dt.date.fromisoformat(published)
        for date in dates:
            assert 0 <= (pub - dt.date.fromisoformat(date)).days < 7, (date, published)
    assert "2024-03-11" in first and "2024-05-20" in second


def test_published_must_be_a_date(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(YEMEN_STRIKE, encoding="utf-8")
    run = run_cli("extract", path, "--published", "last tuesday")
    assert run.exit_code == 2, run
    assert "--published" in run.stderr and "YYYY-MM-DD" in run.stderr
    assert "Traceback" not in run.stderr


def test_file_or_input_not_both_nor_neither(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(YEMEN_STRIKE, encoding="utf-8")
    for args in (("extract",), ("extract", path, "--input", path)):
        run = run_cli(*args)
        assert run.exit_code == 1, run
        assert "FILE or --input" in run.stderr


# -- batches -----------------------------------------------------------------------------------


def _write_batch(tmp_path):
    batch = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "good-1", "published": "2024-03-13", "text": YEMEN_STRIKE}),
        "{this line is not json",
        json.dumps({"id": "no-text", "published": "2024-03-13", "title": "A headline only"}),
        json.dumps({"id": "good-2", "published": "2023-09-08", "text": MALI_CLASH}),
    ]
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return batch


def test_batch_jsonl_skips_bad_lines(tmp_path, nlp):
    batch = _write_batch(tmp_path)
    run = run_cli("extract", "--input", batch, "--format", "jsonl")
    assert run.exit_code == 0, run

    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["id"] for r in records] == ["good-1", "good-2"]
    for record in records:
        assert set(record) == {"id", "events"}
        assert isinstance(record["events"], list)
        for event in record["events"]:
            assert event["article_id"] == record["id"]
    texts = {"good-1": YEMEN_STRIKE, "good-2": MALI_CLASH}
    for record in records:
        for event in record["events"]:
            check_event_shape(event, texts[record["id"]])
    assert any(_is_yemen_strike(e) for e in records[0]["events"])

    err = run.stderr.splitlines()
    bad_json = [line for line in err if f"{batch}:2:" in line]
    no_text = [line for line in err if f"{batch}:3:" in line]
    assert len(bad_json) == 1 and "not JSON" in bad_json[0], err
    assert len(no_text) == 1 and "text" in no_text[0], err
    summary = [line for line in err if "articles extracted" in line]
    assert len(summary) == 1, err
    assert "2 articles extracted" in summary[0] and "2 failed" in summary[0], summary


def test_batch_default_format_is_jsonl_and_json_is_a_list(tmp_path, nlp):
    batch = _write_batch(tmp_path)
    default = run_cli("extract", "--input", batch)
    assert default.exit_code == 0, default
    assert [json.loads(line)["id"] for line in default.stdout.splitlines()] == ["good-1", "good-2"]

    as_json = run_cli("extract", "--input", batch, "--format", "json")
    assert as_json.exit_code == 0, as_json
    events = as_json.json()
    assert isinstance(events, list)
    per_article = sum(len(json.loads(line)["events"]) for line in default.stdout.splitlines())
    assert len(events) == per_article
    assert {e["article_id"] for e in events} <= {"good-1", "good-2"}


def test_batch_of_only_bad_lines_fails(tmp_path):
    batch = tmp_path / "bad.jsonl"
    batch.write_text("not json\n[1, 2]\n", encoding="utf-8")
    run = run_cli("extract", "--input", batch)
    assert run.exit_code == 1, run
    assert run.stdout == ""
    assert "0 articles extracted" in run.stderr and "2 failed" in run.stderr


# -- bad single inputs -------------------------------------------------------------------------


def _one_line_failure(run, name: str, words: str) -> None:
    assert run.exit_code != 0, run
    assert run.stdout == "", run
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run
    assert lines[0].startswith("sitrep: ") and name in lines[0] and words in lines[0], run
    assert "Traceback" not in run.stderr


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    _one_line_failure(run_cli("extract", path), "image.txt", "binary")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _one_line_failure(run_cli("extract", path), "empty.txt", "empty")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n\t\n")
    _one_line_failure(run_cli("extract", blank, "--format", "json"), "blank.txt", "empty")


def test_html_without_article_text(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Site</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a> <a href='/contact'>Contact</a></nav></body></html>",
        encoding="utf-8",
    )
    _one_line_failure(run_cli("extract", path), "menu.html", "no article text")


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.txt"
    _one_line_failure(run_cli("extract", path), "nowhere.txt", "no such file")


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    _one_line_failure(run_cli("extract", path), "report.pdf", "unsupported file type")


def test_windows_1252_file_is_read_with_a_warning(tmp_path, nlp):
    path = tmp_path / "cp1252.txt"
    text = YEMEN_STRIKE.replace("local health officials said", "the caf\u00e9 owner \u2013 and "
                                "local health officials \u2013 said")
    path.write_bytes(text.encode("windows-1252"))
    run = run_cli("extract", path, "--published", "2024-03-13", "--format", "json")
    assert run.exit_code == 0, run
    warnings = run.stderr.splitlines()
    assert len(warnings) == 1, run
    assert "warning" in warnings[0] and "cp1252.txt" in warnings[0]
    assert "windows-1252" in warnings[0]
    events = run.json()
    assert any(_is_yemen_strike(e) for e in events), events
    decoded = read_text_file(path).text
    assert "caf\u00e9" in decoded
    for event in events:
        check_event_shape(event, decoded)
