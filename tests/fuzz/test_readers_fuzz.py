"""Hostile input for every reader: arbitrary bytes, odd encodings, broken markup, mutated feeds and
web archives. Whatever comes in, a reader returns what it could read or a one-line error naming
the input — never another exception, never a hang (each example has a deadline) — and a batch
goes on past the bad item."""

from __future__ import annotations

import gzip
import io
import json
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.feeds import FeedSpec, FetchSettings, poll_feeds
from sitrep.feeds.feedlist import read_feed_list
from sitrep.feeds.parse import ParsedFeed, parse_feed
from sitrep.ingest import IngestFailure, decode_bytes, parse_jsonl_line, read_html, read_inputs
from sitrep.model import Article
from sitrep.store import store_from_url

from .conftest import READ, TRIED

SHORT = FetchSettings(connect_timeout=2, read_timeout=2, deadline=4)
GOOD_TEXT = ("Gunmen attacked a village near Ariha in the Idlib region of Syria on Monday, killing "
             "four people, a police spokesman said.\n")

# -- strategies ------------------------------------------------------------------------------

ENCODINGS = ["utf-8", "utf-16", "utf-16-be", "utf-32", "windows-1252", "latin-1", "koi8-r",
             "shift_jis", "gb18030", "iso-8859-7", "cp437"]
TAGS = ["p", "div", "article", "script", "style", "nav", "h1", "title", "meta", "html", "body",
        "head", "br", "a", "table", "tr", "td", "!--", "![CDATA[", "?xml", "svg", "iframe"]


@st.composite
def encoded_text(draw) -> bytes:
    """Text in some encoding (with or without BOM), sometimes with stray bytes spliced in."""
    text = draw(st.text(max_size=400))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=20)) + data[at:]
    return data


@st.composite
def html_soup(draw) -> str:
    """Markup-like text: tags opened and never closed, attributes, entities, comments, text."""
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 5))
        if kind == 0:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.text(alphabet=" =\"'abc<>/&;#x", max_size=15))
            parts.append(f"<{tag}{attrs}>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(["&amp;", "&#0;", "&#xD800;", "&nbsp;", "&bogus;",
                                               "&#99999999;", "<![CDATA[", "]]>", "<!--", "-->"])))
        elif kind == 3:
            parts.append(draw(st.sampled_from([GOOD_TEXT, "a b c d e f g", "\x00", "\ufeff",
                                               "\u202e", "\r\n"])))
        else:
            parts.append(draw(st.text(max_size=60)))
    return "".join(parts)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def jsonl_line(draw) -> str:
    """A JSONL line: a near-record with wrong types, other JSON, or not JSON at all."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        record = {k: draw(JSON_VALUES | st.text(max_size=80))
                  for k in draw(st.sets(st.sampled_from(["id", "text", "published", "title",
                                                         "url", "source", "extra"])))}
        return json.dumps(record)
    if kind == 1:
        return json.dumps(draw(JSON_VALUES))
    return draw(st.text(max_size=200))


FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        '<item><title>One</title><link>http://example.org/1</link><pubDate>Mon, 11 Mar 2024 '
        "08:00:00 GMT</pubDate><guid>1</guid></item><item><title>Two</title>"
        "<link>/relative/2</link></item></channel></rss>").encode()
ATOM = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        '<entry><title>One</title><link href="http://example.org/1"/><id>1</id>'
        "<updated>2024-03-11T08:00:00Z</updated></entry></feed>").encode()


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """``seed`` with a few bytes flipped, cut, repeated or inserted."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.integers(0, 3))
        if op == 0:
            data[at] = draw(st.integers(0, 255))
        elif op == 1:
            del data[at:at + draw(st.integers(1, 40))]
        elif op == 2:
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 60))]
    return bytes(data)


def _warc_seed() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for i, (ctype, body) in enumerate([("text/html", f"<html><body><p>{GOOD_TEXT}</p></body></html>"),
                                       ("image/png", "\x89PNG")]):
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"http://example.org/{i}", "response", payload=io.BytesIO(body.encode()),
            http_headers=headers))
    return out.getvalue()


WARC = _warc_seed()


# -- checks ----------------------------------------------------------------------------------

def one_line(message: str) -> None:
    assert message and "\n" not in message and "\r" not in message, repr(message)
    assert len(message) < 1000, len(message)


def check_read(name: str, call) -> object:
    """Run a single-input reader: its result, or None after checking its InputError."""
    TRIED[name] += 1
    try:
        result = call()
    except InputError as exc:
        one_line(str(exc))
        return None
    READ[name] += 1
    return result


# -- single-input readers --------------------------------------------------------------------

@given(st.binary(max_size=600) | encoded_text())
def test_decode_bytes(data):
    result = check_read("decode", lambda: decode_bytes(data, source="fuzz.txt"))
    if result is not None:
        text, warning = result
        assert isinstance(text, str) and "\r" not in text
        assert warning is None or "\n" not in warning


@given(html_soup() | st.text(max_size=500))
def test_read_html(html):
    article = check_read("html", lambda: read_html(html, source="fuzz.html", url="http://example.org/a"))
    if article is not None:
        assert isinstance(article, Article) and article.text.strip()


@given(jsonl_line())
def test_parse_jsonl_line(line):
    article = check_read("jsonl", lambda: parse_jsonl_line(line, source="fuzz.jsonl", lineno=3))
    if article is not None:
        assert isinstance(article.text, str) and article.text.strip() and article.id


@given(st.binary(max_size=800) | mutated(FEED) | mutated(ATOM) | html_soup().map(str.encode))
def test_parse_feed(body):
    parsed = check_read("feed", lambda: parse_feed(body, url="http://example.org/feed.xml"))
    if parsed is not None:
        assert isinstance(parsed, ParsedFeed)
        for failure in parsed.failures:
            one_line(str(failure))
        for item in parsed.items:
            assert item.link.startswith(("http://", "https://"))


@given(st.binary(max_size=400) | encoded_text())
def test_read_feed_list(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feeds.txt"
        path.write_bytes(data)
        result = check_read("feed list", lambda: read_feed_list(path))
    if result is not None:
        feeds, failures = result
        for failure in failures:
            one_line(str(failure))
        assert all(f.url.startswith(("http://", "https://")) for f in feeds)


# -- a batch: one hostile file among good ones -----------------------------------------------

def _hostile_file(draw) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from([".txt", ".html", ".jsonl", ".warc", ".warc.gz"]))
    if suffix == ".jsonl":
        lines = draw(st.lists(jsonl_line(), max_size=5))
        data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
        if draw(st.booleans()):
            data += draw(st.binary(max_size=30))
    elif suffix == ".html":
        data = draw(html_soup()).encode("utf-8", errors="surrogatepass") if draw(st.booleans()) \
            else draw(encoded_text())
    elif suffix.startswith(".warc"):
        data = draw(mutated(WARC) | st.binary(max_size=300))
        if suffix == ".warc.gz" and draw(st.booleans()):
            data = gzip.compress(data)
    else:
        data = draw(encoded_text() | st.binary(max_size=300))
    return suffix, data


@st.composite
def hostile_file(draw):
    return _hostile_file(draw)


@given(hostile_file())
def test_a_batch_goes_on_past_a_hostile_file(case):
    TRIED["batch"] += 1
    suffix, data = case
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a-good.txt").write_text(GOOD_TEXT)
        (folder / f"b-hostile{suffix}").write_bytes(data)
        (folder / "c-good.jsonl").write_text(json.dumps({"id": "c", "text": GOOD_TEXT}) + "\n")
        items = list(read_inputs([folder]))
    for item in items:
        assert isinstance(item, Article | IngestFailure), item
        if isinstance(item, IngestFailure):
            one_line(str(item))
    if any(isinstance(i, Article) and "hostile" in (i.source or "") for i in items):
        READ["batch"] += 1
    good = [i for i in items if isinstance(i, Article) and i.source and "good" in i.source]
    assert [Path(g.source).name for g in good] == ["a-good.txt", "c-good.jsonl"]


# -- a feed and its pages, served over HTTP ------------------------------------------------

SERVED: dict[str, tuple[str, bytes]] = {}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        ctype, body = SERVED.get("feed" if self.path == "/feed" else "page", ("text/plain", b""))
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def http_site(tmp_path_factory):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    with store_from_url(tmp_path_factory.mktemp("fuzz") / "feeds.db") as store:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", store
    httpd.shutdown()
    httpd.server_close()


@st.composite
def served_feed(draw, base: str = "BASE"):
    """A feed (mutated RSS/Atom linking the page, or garbage) and a page (soup or bytes), each
    with a content type that may lie."""
    seed = FEED.replace(b"http://example.org/1", f"{base}/page/1".encode())
    feed = draw(mutated(seed) | mutated(ATOM) | st.binary(max_size=300) | st.just(seed))
    good = f"<html><body><article><p>{GOOD_TEXT}</p></article></body></html>".encode()
    page = draw(html_soup().map(lambda s: s.encode("utf-8", "surrogatepass")) | encoded_text()
                | mutated(good) | st.just(good))
    types = st.sampled_from(["application/rss+xml", "text/html; charset=utf-8", "text/plain",
                             "text/html; charset=nonsense", "application/pdf", ""])
    return (draw(types), feed), (draw(types), page)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(case=served_feed())
def test_poll_a_hostile_feed_and_page(http_site, case):
    base, store = http_site
    (feed_type, feed), (page_type, page) = case
    SERVED["feed"] = (feed_type, feed.replace(b"BASE", base.encode()))
    SERVED["page"] = (page_type, page)
    TRIED["poll"] += 1
    (polled,) = poll_feeds(store, [FeedSpec(f"{base}/feed", "")], settings=SHORT).feeds
    assert polled.status in ("ok", "failed")
    for failure in polled.failures:
        one_line(str(failure))
    for new in polled.articles:
        assert new.article.text.strip() and new.article.url.startswith(base)
    READ["poll"] += bool(polled.articles)
