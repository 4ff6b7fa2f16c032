"""WARC files for the tests, written with warcio's own writer over pages written for the tests
(the synthetic dispatches of tests/store/dispatches.py in a small HTML page)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape
from pathlib import Path

from store.dispatches import dispatches
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITE = "http://wire.example.org"
NAV_ONLY = ("<html><head><title>Index</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/world'>World</a></nav></body></html>")


@dataclass(frozen=True)
class Page:
    url: str
    title: str
    text: str
    published: str | None  # stated in the page's metadata, or None


def page_html(page: Page, *, encoding: str = "utf-8") -> bytes:
    date = (f'<meta property="article:published_time" content="{page.published}T09:00:00Z">'
            if page.published else "")
    body = "".join(f"<p>{escape(p)}</p>" for p in page.text.split("\n\n")[1:])
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="{encoding}">'
            f"<title>{escape(page.title)}</title>{date}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{escape(page.title)}</h1>{body}</article>"
            f"<footer>Wire Example, made up for sitrep's tests.</footer></body></html>")
    return html.encode(encoding)


def pages(n: int, *, seed: int = 17) -> list[Page]:
    """``n`` pages with distinct texts and URLs; every third states no date."""
    out, seen = [], set()
    for record in dispatches(n * 2, seed=seed):
        if record["text"] in seen:
            continue
        seen.add(record["text"])
        i = len(out)
        out.append(Page(f"{SITE}/news/{i}", record["title"], record["text"],
                        None if i % 3 == 2 else record["published"]))
        if len(out) == n:
            break
    return out


class ArchiveWriter:
    """Records appended to one WARC file (gzip per record when the name ends in .gz)."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("wb")
        self.writer = WARCWriter(self.handle, gzip=path.name.endswith(".gz"))
        self.writer.write_record(self.writer.create_warcinfo_record(path.name, {"software": "tests"}))

    def response(self, url: str, body: bytes, *, status: str = "200 OK",
                 content_type: str = "text/html; charset=utf-8",
                 date: str = "2024-03-13T10:00:00Z") -> None:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "wire.example.org")],
                                   is_http_request=True)
        self.writer.write_record(self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), http_headers=request))
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        self.writer.write_record(self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date}))

    def page(self, page: Page, **kwargs) -> None:
        self.response(page.url, page_html(page), **kwargs)

    def revisit(self, url: str) -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        self.writer.write_record(self.writer.create_revisit_record(
            url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, "2024-03-12T10:00:00Z",
            http_headers=headers))

    def metadata(self, url: str) -> None:
        self.writer.write_record(self.writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(b"outlinks: none\r\n"),
            warc_content_type="application/warc-fields"))

    def close(self) -> None:
        self.handle.close()


def write_crawl(path: Path, articles: list[Page]) -> Path:
    """A crawl of ``articles`` among what a real crawl also holds: an image, a 404, a revisit,
    metadata, a page of navigation only, and a page in windows-1252 (named in Content-Type)."""
    archive = ArchiveWriter(path)
    for i, page in enumerate(articles):
        archive.page(page)
        if i == 1:
            archive.response(f"{SITE}/logo.png", b"\x89PNG\r\n\x1a\n fake", content_type="image/png")
            archive.response(f"{SITE}/gone", b"<h1>Not found</h1>", status="404 Not Found")
            archive.revisit(page.url)
            archive.metadata(page.url)
            archive.response(f"{SITE}/index", NAV_ONLY.encode())
    latin = Page(f"{SITE}/news/latin", "Café bombing in Mosul",
                 "Café bombing in Mosul\n\nA bomb exploded outside a café in Mosul, Iraq, on "
                 "Tuesday, killing three people, police said. The café’s owner survived.", None)
    archive.response(latin.url, page_html(latin, encoding="windows-1252"),
                     content_type="text/html; charset=windows-1252")
    archive.close()
    return path
