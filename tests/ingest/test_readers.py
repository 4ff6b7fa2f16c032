"""Single-input readers: each returns an Article or raises InputError with a one-line reason."""

from __future__ import annotations

import json

import pytest

from sitrep.errors import InputError
from sitrep.ingest import normalise_date, parse_jsonl_line, read_html, read_text_file
from sitrep.model import Article

TEXT = "At least 12 people were killed on Sunday when shelling hit Ariha, activists said.\n"

ARTICLE_HTML = """<html><head><title>Ten killed in strike on Idlib market | News</title>
<meta property="article:published_time" content="2020-09-20T10:00:00Z">
<link rel="canonical" href="https://example.org/news/idlib"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ten killed in strike on Idlib market</h1>
<p>At least ten civilians were killed on Sunday when an air strike hit a crowded market in the
town of Ariha, south of Idlib, according to the White Helmets rescue group.</p>
<p>The strike came a day after shelling on nearby villages wounded four people, activists said.</p>
</article><footer>Copyright 2020</footer></body></html>"""

NAV_HTML = """<html><head><title>Menu</title></head><body><nav><ul>
<li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav></body></html>"""


def test_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    article = read_text_file(path, published="2020-09-23")
    assert article.text == TEXT
    assert article.id == Article.make_id(text=TEXT)
    assert article.published == "2020-09-23"
    assert article.source == str(path)


def test_binary_file(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match=r"binary file \(found NUL bytes\), not text") as info:
        read_text_file(path)
    assert info.value.source == str(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "e.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="empty file"):
        read_text_file(path)


def test_windows_1252_is_decoded_with_a_warning(tmp_path):
    text = (
        "Rebels said the army\u2019s \u201cshelling\u201d near the caf\u00e9 killed 3 "
        "\u2013 residents fled.\r\n"
    )
    path = tmp_path / "w.txt"
    path.write_bytes(text.encode("cp1252"))
    notes: list[str] = []
    article = read_text_file(path, on_warning=notes.append)
    assert article.text == text.replace("\r\n", "\n")
    assert notes == ["not UTF-8; decoded as windows-1252"]


def test_html_with_article(tmp_path):
    article = read_html(ARTICLE_HTML, source="page.html")
    assert "At least ten civilians were killed" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.title == "Ten killed in strike on Idlib market"
    assert article.published == "2020-09-20"
    assert article.url == "https://example.org/news/idlib"
    assert article.id == Article.make_id(text=article.text, url=article.url)


def test_html_date_falls_back_to_published():
    html = "<html><body><article><p>" + TEXT + "</p></article></body></html>"
    assert read_html(html, source="p.html", published="2020-09-23").published == "2020-09-23"


def test_html_navigation_only():
    with pytest.raises(InputError, match="HTML page has no article text"):
        read_html(NAV_HTML, source="nav.html")


def test_jsonl_line_keeps_id_and_normalises_datetime():
    line = json.dumps(
        {"id": "d001", "text": TEXT, "published": "2020-06-16T17:32:36Z", "title": "T", "url": "u"}
    )
    article = parse_jsonl_line(line, source="f.jsonl", lineno=1)
    assert (article.id, article.published, article.title, article.url) == (
        "d001", "2020-06-16", "T", "u",
    )


def test_jsonl_line_without_id_gets_content_id():
    article = parse_jsonl_line(json.dumps({"text": TEXT, "url": "https://x.org/a"}),
                               source="f", lineno=2)
    assert article.id == Article.make_id(text=TEXT, url="https://x.org/a")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("not json", "line 3 is not JSON: Expecting value"),
        ('["a"]', "line 3 is not a JSON object (got list)"),
        ('{"id": "x"}', "line 3 has no 'text'"),
        ('{"text": "  "}', "line 3: 'text' is empty"),
        ('{"text": "t", "published": "12/05/2020"}',
         "line 3: 'published' is not a YYYY-MM-DD date (got '12/05/2020')"),
    ],
)
def test_jsonl_line_errors(line, reason):
    with pytest.raises(InputError) as info:
        parse_jsonl_line(line, source="f.jsonl", lineno=3)
    assert info.value.problem == reason
    assert info.value.source == "f.jsonl"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2020-06-16", "2020-06-16"), ("2020-06-16T17:32:36+03:00", "2020-06-16"),
     ("2020-06-16 17:32", "2020-06-16"), ("June 16", None), (None, None), (20200616, None)],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected
