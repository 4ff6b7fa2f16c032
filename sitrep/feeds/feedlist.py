"""FEEDS.txt: one feed URL a line, optionally followed by a name; ``#`` starts a comment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.inputs import IngestFailure


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """A feed to poll: its URL and the name its articles are stored under as ``source``
    (the URL when the line gives none)."""

    url: str
    name: str

    @property
    def source(self) -> str:
        return self.name or self.url


def read_feed_list(path: str | Path) -> tuple[list[FeedSpec], list[IngestFailure]]:
    """The feeds of a FEEDS.txt file, and one failure per line that is not an http(s) URL.

    Raises InputError when the file itself cannot be read. A URL listed twice is polled once.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from exc
    text, _ = decode_bytes(data, source=source)
    feeds: dict[str, FeedSpec] = {}
    failures = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip() if raw.lstrip().startswith("#") else raw.strip()
        line = line.split(" #", 1)[0].strip()
        if not line:
            continue
        url, _, name = line.partition(" ")
        problem = url_problem(url)
        if problem is not None:
            failures.append(IngestFailure(source, f"line {lineno}: {problem}", line=lineno))
            continue
        feeds.setdefault(url, FeedSpec(url, name.strip()))
    if not feeds and not failures:
        failures.append(IngestFailure(source, "no feed URLs (one http(s) URL a line)"))
    return list(feeds.values()), failures


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched (not http(s), no host), or None when it can."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"{url[:200]!r} is not a URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{url[:200]!r} is not an http(s) URL"
    try:
        host = parts.hostname
    except ValueError as exc:
        return f"{url[:200]!r} is not a URL ({exc})"
    if not host:
        return f"{url[:200]!r} has no host"
    return None
