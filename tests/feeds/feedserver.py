"""A local news site with feeds that misbehave, served by ``http.server`` in a thread.

Stories are the synthetic dispatches of ``tests/store/dispatches.py`` (written for the tests),
published one by one as the test advances ``site.tick``. Paths:

    /feeds/rss.xml        RSS 2.0 of the published stories; ETag and Last-Modified, 304 when
                          the client's validators match
    /feeds/atom.xml       Atom of the same stories, linked through /go/N (302 -> /story/N) with
                          tracking parameters, one story listed twice
    /feeds/query.xml      RSS linking /s?id=N: the story page under a second URL
    /feeds/moved.xml      301 -> /feeds/rss.xml
    /feeds/loop.xml       302 -> itself
    /feeds/hang.xml       accepts the request and says nothing for a minute
    /feeds/drip.xml       a 200 whose body comes one byte at a time, forever
    /feeds/error.xml      500
    /feeds/garbage.xml    random bytes
    /feeds/html.xml       an HTML error page with status 200
    /feeds/malformed.xml  RSS cut off in the middle of an item (the first items are whole)
    /feeds/mirror.xml     RSS linking /mirror/N: the story's text with no canonical link
    /feeds/broken.xml     RSS linking a page that fails (500), one that hangs, one that is not
                          HTML and one without a link, then a good story
    /feeds/flaky.xml      the RSS feed, but every third request fails in turn with a 500, a
                          hang or garbage
    /story/N              the story page (rel=canonical to itself)
    /s?id=N               the same page under a second URL (canonical -> /story/N)
    /mirror/N             the same text on another page, no canonical link
"""

from __future__ import annotations

import email.utils
import hashlib
import random
import threading
import time
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from store.dispatches import dispatches

HANG_SECONDS = 60


@dataclass(frozen=True)
class Story:
    number: int
    title: str
    text: str
    published: str  # YYYY-MM-DD

    @property
    def body(self) -> str:
        return self.text.split("\n\n", 1)[1].strip()


def make_stories(n: int) -> list[Story]:
    """``n`` stories with distinct texts (dispatches, repeated texts left out)."""
    seen, stories = set(), []
    for record in dispatches(n * 2, seed=31):
        if record["text"] in seen:
            continue
        seen.add(record["text"])
        stories.append(Story(len(stories) + 1, record["title"], record["text"], record["published"]))
        if len(stories) == n:
            break
    return stories


@dataclass
class Site:
    """What the server serves; tests change ``tick`` (stories published = first + tick // every)."""

    stories: list[Story]
    first: int = 3
    every: int = 1
    tick: int = 0
    requests: dict[str, int] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def published(self) -> list[Story]:
        return self.stories[: min(len(self.stories), self.first + self.tick // self.every)]

    def count(self, path: str) -> int:
        with self.lock:
            self.requests[path] = self.requests.get(path, 0) + 1
            return self.requests[path]


def page_html(story: Story, *, canonical: str | None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(story.title)} | Example Wire</title>{link}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/contact">Contact</a></nav>
<article><h1>{escape(story.title)}</h1><p>{escape(story.body)}</p></article>
<footer>Example Wire, a site made up for sitrep's tests.</footer>
</body></html>"""


def rss(stories: list[Story], link, *, extra: str = "") -> str:
    items = "".join(
        f"<item><title>{escape(s.title)}</title><link>{escape(link(s))}</link>"
        f"<guid isPermaLink=\"false\">story-{s.number}</guid>"
        f"<pubDate>{email.utils.format_datetime(_datetime(s.published))}</pubDate></item>"
        for s in stories)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Example Wire</title><link>http://example.invalid/</link>"
            f"<description>test feed</description>{items}{extra}</channel></rss>")


def atom(stories: list[Story], link) -> str:
    entries = "".join(
        f"<entry><title>{escape(s.title)}</title><link href=\"{escape(link(s))}\"/>"
        f"<id>urn:example:{s.number}</id><updated>{s.published}T08:00:00Z</updated></entry>"
        for s in stories)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Example Wire (Atom)</title><id>urn:example</id>"
            f"<updated>2024-01-01T00:00:00Z</updated>{entries}</feed>")


def _datetime(day: str):
    import datetime as dt

    return dt.datetime.fromisoformat(day + "T08:00:00+00:00")


class Handler(BaseHTTPRequestHandler):
    site: Site  # set on the subclass made per server

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes | str, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _hang(self) -> None:
        self.site.stop.wait(HANG_SECONDS)

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.end_headers()
        while not self.site.stop.is_set():
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.05)

    def _feed(self, xml: str) -> None:
        """A feed with validators; 304 when the request's validators match."""
        tag = '"' + hashlib.sha1(xml.encode()).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(1_700_000_000 + len(self.site.published()) * 60,
                                          usegmt=True)
        if self.headers.get("If-None-Match") == tag or (
                not self.headers.get("If-None-Match")
                and self.headers.get("If-Modified-Since") == modified):
            self.send_response(304)
            self.send_header("ETag", tag)
            self.end_headers()
            return
        self._send(200, xml, "application/rss+xml; charset=utf-8",
                   {"ETag": tag, "Last-Modified": modified})

    def do_GET(self) -> None:  # noqa: C901 - one branch per path, as the docstring lists
        parts = urlsplit(self.path)
        path = parts.path
        n = self.site.count(path)
        base = f"http://{self.headers['Host']}"
        stories = self.site.published()
        by_number = {s.number: s for s in self.site.stories}
        if path == "/feeds/rss.xml":
            return self._feed(rss(stories, lambda s: f"{base}/story/{s.number}"))
        if path == "/feeds/atom.xml":
            listed = stories + stories[:1]
            xml = atom(listed, lambda s: f"{base}/go/{s.number}?utm_source=atom&utm_medium=feed")
            return self._send(200, xml, "application/atom+xml")
        if path == "/feeds/query.xml":
            return self._send(200, rss(stories, lambda s: f"{base}/s?id={s.number}"),
                              "application/rss+xml")
        if path == "/feeds/moved.xml":
            return self._redirect(301, "/feeds/rss.xml")
        if path == "/feeds/loop.xml":
            return self._redirect(302, "/feeds/loop.xml")
        if path == "/feeds/hang.xml":
            return self._hang()
        if path == "/feeds/drip.xml":
            return self._drip()
        if path == "/feeds/error.xml":
            return self._send(500, "<h1>Internal Server Error</h1>")
        if path == "/feeds/garbage.xml":
            return self._send(200, random.Random(n).randbytes(3000), "application/rss+xml")
        if path == "/feeds/html.xml":
            return self._send(200, "<html><body><h1>Service unavailable</h1><p>Try again "
                                   "later.</p></body></html>")
        if path == "/feeds/malformed.xml":
            whole = rss(stories[:2], lambda s: f"{base}/story/{s.number}")
            cut = whole.replace("</channel></rss>", "<item><title>Cut off</title><link>"
                                f"{base}/story/99</li")
            return self._send(200, cut, "application/rss+xml")
        if path == "/feeds/mirror.xml":
            return self._send(200, rss(stories, lambda s: f"{base}/mirror/{s.number}"),
                              "application/rss+xml")
        if path == "/feeds/broken.xml":
            extra = "<item><title>No link here</title></item>"
            bad = [Story(900 + i, f"Broken {i}", "x\n\nx", "2024-01-01") for i in range(3)]
            links = {900: "/broken/1", 901: "/slowpage/1", 902: "/pdf/1"}
            xml = rss(bad + stories[:1], lambda s: base + links.get(s.number, f"/story/{s.number}"),
                      extra=extra)
            return self._send(200, xml, "application/rss+xml")
        if path == "/feeds/flaky.xml":
            turn = n % 9
            if turn == 3:
                return self._send(500, "oops")
            if turn == 6:
                return self._hang()
            if turn == 0:
                return self._send(200, b"\x00\xff<<rss" * 50, "application/rss+xml")
            return self._feed(rss(stories, lambda s: f"{base}/story/{s.number}"))
        if path.startswith("/go/"):
            return self._redirect(302, "/story/" + path.rsplit("/", 1)[1])
        if path.startswith("/story/") or path == "/s" or path.startswith("/mirror/"):
            key = parse_qs(parts.query).get("id", [""])[0] if path == "/s" else path.rsplit("/", 1)[1]
            story = by_number.get(int(key)) if key.isdigit() else None
            if story is None:
                return self._send(404, "<h1>Not found</h1>")
            canonical = None if path.startswith("/mirror/") else f"{base}/story/{story.number}"
            return self._send(200, page_html(story, canonical=canonical))
        if path.startswith("/broken/"):
            return self._send(500, "<h1>Internal Server Error</h1>")
        if path.startswith("/slowpage/"):
            return self._hang()
        if path.startswith("/pdf/"):
            return self._send(200, b"%PDF-1.4 not really", "application/pdf")
        return self._send(404, "<h1>Not found</h1>")


class FeedServer:
    """The site on 127.0.0.1 (a free port), served by daemon threads until ``close()``."""

    def __init__(self, site: Site) -> None:
        self.site = site
        handler = type("SiteHandler", (Handler,), {"site": site})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def close(self) -> None:
        self.site.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
