"""A feed document (RSS 0.9x/1.0/2.0, Atom) into items, with feedparser. Malformed XML that
still yields items is read with a warning; a document with no items and broken XML (an HTML
error page, garbage) is an error naming the feed."""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass

from sitrep.errors import InputError
from sitrep.feeds.feedlist import url_problem
from sitrep.ingest.inputs import IngestFailure


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: the link to its page, its guid, title and publication date
    (YYYY-MM-DD, from the item's published or else updated date)."""

    link: str
    guid: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """The usable items of a feed, one failure per unusable item, and a warning when the
    document was malformed but read anyway."""

    items: tuple[FeedItem, ...]
    failures: tuple[IngestFailure, ...]
    warning: str | None = None


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> ParsedFeed:
    """Parse a fetched feed. Raises InputError (naming ``url``) when it holds no feed at all."""
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:  # a stream, so feedparser never takes the body for a URL or a file name
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    except Exception as exc:  # feedparser is lenient, but never let one feed crash a poll
        raise InputError(url, f"feed could not be parsed ({type(exc).__name__}: {exc})") from exc
    entries = list(parsed.get("entries") or [])
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    reason = " ".join(str(problem).split())[:200] if problem is not None else ""
    if not entries and (problem is not None or not parsed.get("version")):
        what = f"malformed XML: {reason}" if reason else "no RSS or Atom elements"
        raise InputError(url, f"not an RSS or Atom feed ({what})")
    items, failures = [], []
    for number, entry in enumerate(entries, start=1):
        item = _item(entry)
        if isinstance(item, str):
            failures.append(IngestFailure(url, f"item {number}: {item}"))
        else:
            items.append(item)
    warning = f"malformed XML ({reason}); {len(entries)} items read anyway" if problem else None
    return ParsedFeed(tuple(items), tuple(failures), warning)


def _item(entry: dict) -> FeedItem | str:
    """The FeedItem of a feedparser entry, or why it has none."""
    title = _text(entry.get("title"))
    link = _text(entry.get("link"))
    if not link:
        links = [x.get("href") for x in entry.get("links") or [] if isinstance(x, dict)]
        link = next((_text(href) for href in links if _text(href)), None)
    named = f" ({title[:80]!r})" if title else ""
    if not link:
        return f"no link{named}"
    problem = url_problem(link)
    if problem is not None:
        return f"{problem}{named}"
    return FeedItem(link=link, guid=_text(entry.get("id")), title=title,
                    published=_date(_raw(entry, "published_parsed") or _raw(entry, "updated_parsed")))


def _raw(entry: dict, key: str) -> object:
    """``entry[key]`` without feedparser's deprecated updated->published fallback (and warning)."""
    return dict.get(entry, key)


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _date(value: object) -> str | None:
    try:
        return _dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return None
