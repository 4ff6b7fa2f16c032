"""A poll into the store: the new articles extracted and stored (``ingest_articles``), then the
keys each was met under, then the feeds' validators. Articles two feeds (or two items) brought
in the same poll are stored once."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sitrep.feeds.feedlist import FeedSpec
from sitrep.feeds.fetch import FetchSettings
from sitrep.feeds.poll import NewArticle, PollResult, poll_feeds
from sitrep.ingest.inputs import IngestFailure
from sitrep.model import Article
from sitrep.store.feeds import remember_keys, save_feed_state
from sitrep.store.runs import Extract, Outcome, Report, RunStats, ingest_articles
from sitrep.store.sql import SQLStore

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds of an interval such as ``15m``, ``90s``, ``1h``, ``1.5h`` or ``300`` (seconds)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text.lower())
    if match is None or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval like 90s, 15m, 1h or 1d")
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


@dataclass
class PollStats:
    """One poll's counts: feeds by outcome; articles stored (with their events), already
    stored (skipped before fetching, or recognised after: an alias), failed."""

    feeds_ok: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    known: int = 0
    aliases: int = 0
    run: RunStats | None = None

    def summary(self) -> str:
        run = self.run or RunStats()
        return (f"{self.feeds_ok + self.feeds_not_modified + self.feeds_failed} feeds "
                f"({self.feeds_ok} read, {self.feeds_not_modified} not modified, "
                f"{self.feeds_failed} failed); {run.stored} new articles ({run.events} events), "
                f"{self.known + self.aliases + run.unchanged} already stored, {run.failed} failed")


def poll_into_store(
    store: SQLStore,
    feeds: Sequence[FeedSpec],
    *,
    settings: FetchSettings | None = None,
    report: Report | None = None,
    extract: Extract | None = None,
) -> PollStats:
    """Poll ``feeds`` once and store what is new; ``report`` hears each item's outcome."""
    result = poll_feeds(store, feeds, settings=settings or FetchSettings())
    stats = PollStats()
    for poll in result.feeds:
        stats.known += poll.known
        if poll.status == "ok":
            stats.feeds_ok += 1
        elif poll.status == "not modified":
            stats.feeds_not_modified += 1
        else:
            stats.feeds_failed += 1
    new, aliases = _dedupe(result)
    stats.aliases = len(aliases)
    keys_of = {item.article.id: item for item in new}

    def remember(outcome: Outcome) -> None:
        item = keys_of.get(outcome.article_id or "")
        if item is not None and outcome.kind in ("stored", "unchanged", "failed"):
            remember_keys(store, item.article.id, item.keys, feed=item.article.source)
        if report is not None:
            report(outcome)

    stats.run = ingest_articles(store, _items(result, new), report=remember, extract=extract)
    for article_id, keys, feed in aliases:
        remember_keys(store, article_id, keys, feed=feed)
    for poll in result.feeds:
        save_feed_state(store, poll.state)
    return stats


def _dedupe(result: PollResult) -> tuple[list[NewArticle], list[tuple[str, tuple[str, ...], str]]]:
    """The new articles, each once (the first in feed and item order wins), and the aliases:
    (article id, keys, feed) of items met before, in an earlier poll or earlier in this one."""
    owner: dict[str, str] = {}
    new: list[NewArticle] = []
    aliases = []
    for poll in result.feeds:
        aliases += [(a.article_id, a.keys, poll.feed.source) for a in poll.aliases]
        for item in poll.articles:
            first = next((owner[k] for k in item.keys if k in owner), None)
            if first is not None:
                aliases.append((first, item.keys, poll.feed.source))
                continue
            owner.update(dict.fromkeys(item.keys, item.article.id))
            new.append(item)
    return new, aliases


def _items(result: PollResult, new: list[NewArticle]) -> Iterator[Article | IngestFailure]:
    for poll in result.feeds:
        yield from poll.failures
    for item in new:
        yield item.article
