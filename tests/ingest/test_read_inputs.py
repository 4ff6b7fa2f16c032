"""read_inputs: a batch never stops for one bad input."""

from __future__ import annotations

import io
import json

import pytest

from sitrep.ingest import IngestFailure, read_inputs
from sitrep.model import Article

TEXT = "At least 12 people were killed on Sunday when shelling hit Ariha, activists said.\n"


def _split(items):
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    return articles, failures


def test_jsonl_bad_line_in_the_middle(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "published": "2020-09-20"}),
        "{oops",
        "",
        json.dumps({"id": "a3", "text": TEXT + " More.", "published": "2020-09-21"}),
        json.dumps({"id": "a4", "published": "2020-09-21"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, failures = _split(list(read_inputs([path])))
    assert [a.id for a in articles] == ["a1", "a3"]
    assert [(f.line, f.reason) for f in failures] == [
        (2, "line 2 is not JSON: Expecting property name enclosed in double quotes"),
        (5, "line 5 has no 'text'"),
    ]
    assert all(f.source == str(path) and not f.warning for f in failures)
    assert str(failures[0]) == f"{path}:2: line 2 is not JSON: " \
        "Expecting property name enclosed in double quotes"


def test_directory_recursion_mixed_inputs(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(TEXT + "b", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": TEXT}) + "\n", encoding="utf-8"
    )
    (tmp_path / "sub" / "deeper" / "d.html").write_text(
        "<html><body><article><p>" + TEXT + "</p></article></body></html>", encoding="utf-8"
    )
    (tmp_path / "sub" / "empty.text").write_bytes(b"")
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden" / "x.txt").write_text(TEXT, encoding="utf-8")
    articles, failures = _split(list(read_inputs([tmp_path], published="2020-09-23")))
    assert sorted(a.source for a in articles) == sorted(
        str(tmp_path / p) for p in ("a.txt", "sub/b.md", "sub/deeper/c.jsonl", "sub/deeper/d.html")
    )
    assert {a.published for a in articles} == {"2020-09-23"}
    assert [(f.source, f.reason) for f in failures] == [
        (str(tmp_path / "sub" / "empty.text"), "empty file")
    ]


def test_bad_files_do_not_stop_the_batch(tmp_path):
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"abc\x00def")
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    items = list(read_inputs([binary, tmp_path / "missing.txt", tmp_path / "x.pdf", nav, good]))
    articles, failures = _split(items)
    assert [a.source for a in articles] == [str(good)]
    reasons = [f.reason for f in failures]
    assert reasons[0] == "binary file (found NUL bytes), not text"
    assert reasons[1] == "no such file or directory"
    assert reasons[2].startswith("unsupported file type '.pdf'")
    assert reasons[3].startswith("HTML page has no article text")


def test_windows_1252_yields_warning_and_article(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes("The caf\u00e9 was shelled \u2013 two killed.".encode("cp1252"))
    items = list(read_inputs([path]))
    assert items[0] == IngestFailure(str(path), "not UTF-8; decoded as windows-1252", None, True)
    assert isinstance(items[1], Article) and "caf\u00e9" in items[1].text


@pytest.mark.parametrize(
    ("data", "expected_ids"),
    [
        (json.dumps({"id": "s1", "text": TEXT}).encode() + b"\n", ["s1"]),
        (TEXT.encode(), [Article.make_id(text=TEXT)]),
    ],
)
def test_stdin(data, expected_ids):
    articles, failures = _split(list(read_inputs(["-"], stdin=io.BytesIO(data))))
    assert [a.id for a in articles] == expected_ids and failures == []
    assert articles[0].source == "<stdin>"


def test_invalid_default_published_is_rejected_up_front():
    with pytest.raises(ValueError, match="not a YYYY-MM-DD date"):
        read_inputs([], published="yesterday")


def test_same_input_same_ids(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    first = [a.id for a in read_inputs([tmp_path])]
    assert first == [a.id for a in read_inputs([tmp_path])]
