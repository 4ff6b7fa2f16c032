"""One poll of a list of feeds: fetch each feed (conditional GET), then the page of every item
not met before, and read its article (trafilatura). Feeds and pages are fetched concurrently,
so a feed that hangs costs the others nothing and itself at most its deadline.

Nothing here writes to the store: ``poll_feeds`` returns per feed the new articles (with every
key they were met under), the items that turned out to be articles already stored (met under
a new URL: an alias) and the failures. ``sitrep.feeds.watch`` stores them in that order —
articles first, then their keys, then the feed's validators — so a crash at any moment loses
nothing: the next poll fetches again what was not recorded.
"""

from __future__ import annotations

import asyncio
import codecs
from collections.abc import Sequence
from dataclasses import dataclass, field

from sitrep.errors import InputError
from sitrep.feeds.feedlist import FeedSpec, url_problem
from sitrep.feeds.fetch import Fetched, FetchError, FetchSettings, fetch, make_client
from sitrep.feeds.keys import guid_key, text_key, url_key
from sitrep.feeds.parse import FeedItem, parse_feed
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.inputs import IngestFailure
from sitrep.ingest.readers import read_html
from sitrep.model import Article
from sitrep.store.feeds import FeedState, feed_state, known_keys
from sitrep.store.sql import SQLStore

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article read from a feed item, and every key it was met under."""

    article: Article
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Alias:
    """A feed item that is an article already stored (``article_id``), met under ``keys``."""

    article_id: str
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """What one feed gave in one poll. ``status``: 'ok', 'not modified' or 'failed';
    ``state``: the validators to store once the feed's articles are stored; ``known``: items
    skipped before fetching (already stored, or listed twice)."""

    feed: FeedSpec
    status: str
    state: FeedState
    articles: tuple[NewArticle, ...] = ()
    aliases: tuple[Alias, ...] = ()
    failures: tuple[IngestFailure, ...] = ()
    known: int = 0


@dataclass(frozen=True, slots=True)
class PollResult:
    feeds: tuple[FeedPoll, ...] = field(default=())


def poll_feeds(store: SQLStore, feeds: Sequence[FeedSpec], *, settings: FetchSettings) -> PollResult:
    """Poll every feed once (see the module docstring); never raises for one feed or item."""
    return asyncio.run(_poll_all(store, feeds, settings))


async def _poll_all(store: SQLStore, feeds: Sequence[FeedSpec], settings: FetchSettings) -> PollResult:
    gate = asyncio.Semaphore(settings.concurrency)
    claimed: set[str] = set()  # item URLs being fetched in this poll, by any feed
    async with make_client(settings) as client:
        polls = await asyncio.gather(
            *(_poll_one(store, client, gate, claimed, feed, settings) for feed in feeds)
        )
    return PollResult(tuple(polls))


async def _poll_one(store: SQLStore, client, gate: asyncio.Semaphore, claimed: set[str],
                    feed: FeedSpec, settings: FetchSettings) -> FeedPoll:
    state = feed_state(store, feed.url)
    try:
        async with gate:
            answer = await fetch(client, feed.url, settings=settings, etag=state.etag,
                                 last_modified=state.last_modified)
        if answer.status == 304:
            return FeedPoll(feed, "not modified", _checked(state, answer, "not modified"))
        # parsing (and reading pages, below) runs in a thread: the fetches go on meanwhile
        parsed = await asyncio.to_thread(parse_feed, answer.body, url=feed.url,
                                         content_type=answer.content_type)
    except InputError as exc:
        failed = FeedState(feed.url, state.etag, state.last_modified, status="failed",
                           error=exc.problem)
        return FeedPoll(feed, "failed", failed, failures=(IngestFailure(feed.url, exc.problem),))
    failures = list(parsed.failures)
    if parsed.warning:
        failures.append(IngestFailure(feed.url, parsed.warning, warning=True))
    to_fetch: list[tuple[FeedItem, tuple[str, ...]]] = []
    known = 0
    for item in parsed.items:
        keys = (url_key(item.link),) + ((guid_key(feed.url, item.guid),) if item.guid else ())
        if known_keys(store, keys) or keys[0] in claimed:
            known += 1
            continue
        claimed.add(keys[0])
        to_fetch.append((item, keys))
    results = await asyncio.gather(
        *(_read_item(store, client, gate, feed, item, keys, settings) for item, keys in to_fetch)
    )
    articles = tuple(r for r in results if isinstance(r, NewArticle))
    aliases = tuple(r for r in results if isinstance(r, Alias))
    failures += [r for r in results if isinstance(r, IngestFailure)]
    failed_pages = sum(isinstance(r, IngestFailure) for r in results)
    if failed_pages:  # keep the old validators: the next poll reads the feed whole and retries
        new_state = FeedState(feed.url, state.etag, state.last_modified, status="ok",
                              error=f"{failed_pages} item pages failed")
    else:
        new_state = _checked(state, answer, "ok")
    return FeedPoll(feed, "ok", new_state, articles, aliases, tuple(failures), known)


def _checked(state: FeedState, answer: Fetched, status: str) -> FeedState:
    """The state after an answer: its validators (a 304 may omit them: keep the old ones)."""
    return FeedState(state.url, answer.etag or state.etag,
                     answer.last_modified or state.last_modified, status=status)


async def _read_item(store: SQLStore, client, gate: asyncio.Semaphore, feed: FeedSpec,
                     item: FeedItem, keys: tuple[str, ...],
                     settings: FetchSettings) -> NewArticle | Alias | IngestFailure:
    try:
        async with gate:
            page = await fetch(client, item.link, settings=settings)
        if page.status != 200:  # a 304 without validators sent: a broken server
            raise FetchError(item.link, f"HTTP {page.status} to an unconditional GET")
        media = page.content_type.split(";")[0].strip().lower()
        if media not in _HTML_TYPES:
            raise InputError(item.link, f"not an HTML page (content type {media!r})")
        read = await asyncio.to_thread(_read_page, page, source=feed.source)
    except InputError as exc:
        return IngestFailure(item.link, exc.problem)
    canonical = read.url if read.url and url_problem(read.url) is None else page.final_url
    every = {*keys, url_key(page.final_url), url_key(canonical), text_key(read.text),
             *(url_key(u) for u in page.redirects)}
    met = known_keys(store, every)
    if met:
        return Alias(min(met.values()), tuple(sorted(every)))
    article = Article(
        id=Article.make_id(text=read.text, url=canonical),
        text=read.text,
        published=item.published or read.published,
        title=item.title or read.title,
        url=canonical,
        source=feed.source,
    )
    return NewArticle(article, tuple(sorted(every)))


def _read_page(page: Fetched, *, source: str) -> Article:
    return read_html(_decode_page(page), source=source, url=page.final_url)


def _decode_page(page: Fetched) -> str:
    """The page's text in the charset its Content-Type names, else as ``decode_bytes`` guesses."""
    for part in page.content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            try:
                codecs.lookup(value.strip("\"' "))
                return page.body.decode(value.strip("\"' ")).replace("\r\n", "\n")
            except (LookupError, UnicodeDecodeError):
                break
    text, _ = decode_bytes(page.body, source=page.url)
    return text
