"""Polls into a real store with the real pipeline: each article stored once however many feeds,
URLs, redirects and polls bring it back; failures recorded once each, visible to
`sitrep failures`; a day of polling a misbehaving site."""

from __future__ import annotations

import collections
import dataclasses
from urllib.parse import urlsplit

import pytest

from sitrep.feeds import FeedSpec, poll_into_store
from sitrep.feeds.keys import url_key
from sitrep.store import store_from_url
from sitrep.store.feeds import feed_state, known_keys

from cli.clitools import run_cli
from .conftest import FAST
from .feedserver import Site, make_stories

pytestmark = pytest.mark.model

# A day of polls meets a hanging feed or page on most of them: shorter limits keep it quick.
QUICK = dataclasses.replace(FAST, read_timeout=0.2, deadline=1.0)


def feeds(server, *paths: str) -> list[FeedSpec]:
    return [FeedSpec(server.url(p), p.rsplit("/", 1)[1]) for p in paths]


def stored_texts(store) -> collections.Counter:
    rows = store._exec("SELECT text FROM articles").fetchall()
    return collections.Counter(" ".join(r[0].split()) for r in rows)


def story_of(text: str, stories) -> int:
    """The number of the story whose body ``text`` holds (exactly one)."""
    (number,) = [s.number for s in stories if " ".join(s.body.split()) in text]
    return number


def test_one_article_under_many_feeds_and_urls_is_stored_once(store_url, server, site, nlp):
    every_way = feeds(server, "/feeds/query.xml", "/feeds/rss.xml", "/feeds/atom.xml",
                      "/feeds/moved.xml", "/feeds/mirror.xml", "/feeds/malformed.xml")
    with store_from_url(store_url) as store:
        first = poll_into_store(store, every_way, settings=FAST)
        assert first.run.stored == 4 and first.run.failed == 1, first.summary()
        (cut,) = store.failures(include_warnings=False)  # the item cut off in malformed.xml
        assert cut.source.endswith("/malformed.xml") and cut.reason == "item 3: no link ('Cut off')"
        texts = stored_texts(store)
        assert len(texts) == 4 and set(texts.values()) == {1}
        assert {story_of(t, site.stories) for t in texts} == {1, 2, 3, 4}
        # first met as /s?id=N, stored under the page's canonical URL
        urls = {row[0] for row in store._exec("SELECT url FROM articles").fetchall()}
        assert urls == {server.url(f"/story/{n}") for n in (1, 2, 3, 4)}
        # each article is known under its feed link, redirect, canonical and mirror URLs
        for n in (1, 2, 3, 4):
            urls = [f"/s?id={n}", f"/story/{n}", f"/go/{n}", f"/mirror/{n}"]
            found = known_keys(store, [url_key(server.url(u)) for u in urls])
            assert len(found) == 4 and len(set(found.values())) == 1, (n, found)
        events = store.counts()["events"]
        assert events >= 3  # the real pipeline ran on them

        again = poll_into_store(store, every_way, settings=FAST)
        assert again.run.stored == 0 and again.feeds_not_modified == 2, again.summary()
        assert again.known + again.aliases + again.run.unchanged > 0
        site.tick += 2
        later = poll_into_store(store, every_way, settings=FAST)
        assert later.run.stored == 2, later.summary()
        assert len(stored_texts(store)) == 6 and set(stored_texts(store).values()) == {1}
        assert feed_state(store, server.url("/feeds/rss.xml")).status == "ok"


def test_a_day_of_polling_a_misbehaving_site_stores_each_article_once(tmp_path, nlp):
    """96 polls (a day at --every 15m), a story published every fifth poll, among feeds that
    fail in turn (500, hang, garbage), always fail, or hold broken XML."""
    site = Site(make_stories(20), first=2, every=5)
    from .feedserver import FeedServer

    server = FeedServer(site)
    try:
        paths = ["/feeds/rss.xml", "/feeds/atom.xml", "/feeds/moved.xml", "/feeds/mirror.xml",
                 "/feeds/flaky.xml", "/feeds/error.xml", "/feeds/garbage.xml",
                 "/feeds/malformed.xml", "/feeds/broken.xml"]
        with store_from_url(tmp_path / "day.db") as store:
            totals = collections.Counter()
            for tick in range(96):
                site.tick = tick
                stats = poll_into_store(store, feeds(server, *paths), settings=QUICK)
                totals.update(stored=stats.run.stored, failed_feeds=stats.feeds_failed,
                              not_modified=stats.feeds_not_modified)
            texts = stored_texts(store)
            failures = store.failures(include_warnings=False)
            reasons = collections.Counter(urlsplit(f.source).path for f in failures)
    finally:
        server.close()
    assert len(site.published()) == 20
    assert totals["stored"] == 20 and len(texts) == 20 and set(texts.values()) == {1}, totals
    assert sorted(story_of(t, site.stories) for t in texts) == list(range(1, 21))
    # every story page was fetched once (the feeds link it directly); later links are known
    story_fetches = [n for p, n in site.requests.items() if p.startswith("/story/")]
    assert max(story_fetches) <= 2, site.requests
    assert totals["not_modified"] > 50  # conditional GET spared most polls of rss.xml
    # each distinct failure recorded once, however many polls met it
    assert len(failures) == len({(f.source, f.line, f.reason) for f in failures})
    # the 500 of error.xml once in 96 polls (on a loaded machine a poll may also time out,
    # a distinct failure recorded once more)
    error_500 = [f for f in failures
                 if f.source.endswith("/feeds/error.xml") and "HTTP 500" in f.reason]
    assert len(error_500) == 1, [(f.source, f.reason) for f in failures]
    assert reasons["/feeds/garbage.xml"] >= 1
    assert reasons["/feeds/flaky.xml"] >= 2  # its 500, hang and garbage, once each
    assert reasons["/broken/1"] == reasons["/slowpage/1"] == reasons["/pdf/1"] == 1


def test_cli_watch_once_and_failures(tmp_path, server, nlp):
    listed = tmp_path / "feeds.txt"
    listed.write_text(f"# test feeds\n{server.url('/feeds/rss.xml')} Example Wire\n"
                      f"{server.url('/feeds/error.xml')}\nftp://example.invalid/feed\n")
    db = tmp_path / "watch.db"
    run = run_cli("watch", listed, "--db", db, "--once", "--timeout", "2", "--deadline", "5")
    assert run.exit_code == 0, run
    assert "poll 1: 2 feeds (1 read, 0 not modified, 1 failed); 4 new articles" in run.stderr, run
    assert "sitrep: skipped:" in run.stderr and "not an http(s) URL" in run.stderr
    shown = run_cli("failures", "--db", db)
    assert "HTTP 500 Internal Server Error" in shown.stdout and "line 4" in shown.stdout, shown
    with store_from_url(db) as store:
        sources = {a.source for a in store.get_articles(store.articles_to_reprocess(force=True))}
    assert sources == {"Example Wire"}
    bad = run_cli("watch", listed, "--db", db, "--every", "soon")
    assert bad.exit_code == 2 and "'soon' is not an interval" in bad.stderr, bad
