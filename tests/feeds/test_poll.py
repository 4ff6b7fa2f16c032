"""One poll against the local site (no extraction): what each misbehaving feed or page gives,
conditional GET, redirects, and the keys an article is recognised by."""

from __future__ import annotations

import dataclasses
import time

import pytest

from sitrep.feeds import FeedSpec, poll_feeds, read_feed_list
from sitrep.feeds.keys import normalise_url, text_key, url_key
from sitrep.store import store_from_url
from sitrep.store.feeds import save_feed_state

from .conftest import FAST


@pytest.fixture
def store(tmp_path):
    with store_from_url(tmp_path / "feeds.db") as opened:
        yield opened


def poll(store, server, *paths):
    result = poll_feeds(store, [FeedSpec(server.url(p), "") for p in paths], settings=FAST)
    return result.feeds if len(paths) > 1 else result.feeds[0]


def test_rss_items_become_articles_with_the_feed_dates_and_canonical_urls(store, server, site):
    got = poll(store, server, "/feeds/rss.xml")
    assert got.status == "ok" and not got.failures
    stories = {server.url(f"/story/{s.number}"): s for s in site.published()}
    assert {a.article.url for a in got.articles} == set(stories) and len(got.articles) == 4
    for new in got.articles:
        story = stories[new.article.url]
        assert new.article.published == story.published and new.article.title == story.title
        assert story.body in new.article.text
        assert text_key(new.article.text) in new.keys and url_key(new.article.url) in new.keys
    assert got.state.etag and got.state.last_modified


def test_conditional_get_answers_304_until_the_feed_changes(store, server, site):
    first = poll(store, server, "/feeds/rss.xml")
    save_feed_state(store, first.state)
    again = poll(store, server, "/feeds/rss.xml")
    assert again.status == "not modified" and not again.articles
    assert site.requests["/feeds/rss.xml"] == 2
    site.tick += 1  # a new story: the feed changes, its ETag too
    changed = poll(store, server, "/feeds/rss.xml")
    assert changed.status == "ok" and changed.state.etag != first.state.etag


def test_a_hanging_feed_costs_its_timeout_and_the_others_are_read(store, server):
    started = time.monotonic()
    hang, drip, good = poll(store, server, "/feeds/hang.xml", "/feeds/drip.xml", "/feeds/rss.xml")
    elapsed = time.monotonic() - started
    assert hang.status == "failed" and "read timeout" in hang.failures[0].reason, hang.failures
    assert drip.status == "failed" and "deadline" in drip.failures[0].reason, drip.failures
    assert good.status == "ok" and len(good.articles) == 4
    # The server holds both for a minute: the poll ended because the limits cut them off.
    assert elapsed < 20, elapsed


@pytest.mark.parametrize("path, reason", [
    ("/feeds/error.xml", "HTTP 500 Internal Server Error"),
    ("/feeds/garbage.xml", "not an RSS or Atom feed"),
    ("/feeds/html.xml", "not an RSS or Atom feed"),
    ("/feeds/nothing-here.xml", "HTTP 404"),
])
def test_a_feed_that_fails_gives_one_line_naming_it(store, server, path, reason):
    got = poll(store, server, path)
    assert got.status == "failed" and not got.articles
    (failure,) = got.failures
    assert failure.source == server.url(path) and failure.reason.startswith(reason), failure
    assert "\n" not in failure.reason and len(failure.reason) < 300
    assert got.state.error == failure.reason


def test_redirect_loops_oversized_answers_and_closed_ports_are_cut_off(store, server):
    loop = poll(store, server, "/feeds/loop.xml")
    assert loop.failures[0].reason == f"more than {FAST.max_redirects} redirects"
    small = dataclasses.replace(FAST, max_bytes=500)
    (big,) = poll_feeds(store, [FeedSpec(server.url("/feeds/rss.xml"), "")], settings=small).feeds
    assert big.status == "failed" and big.failures[0].reason == "answer larger than 500 bytes"
    (closed,) = poll_feeds(store, [FeedSpec("http://127.0.0.1:9/feed.xml", "")], settings=FAST).feeds
    assert closed.status == "failed" and closed.failures[0].reason.startswith("could not connect")


def test_malformed_xml_keeps_the_whole_items_with_a_warning(store, server):
    got = poll(store, server, "/feeds/malformed.xml")
    assert got.status == "ok"
    assert {a.article.url for a in got.articles} == {server.url("/story/1"), server.url("/story/2")}
    warnings = [f for f in got.failures if f.warning]
    assert len(warnings) == 1 and "malformed XML" in warnings[0].reason


def test_a_moved_feed_and_redirected_links_are_followed(store, server):
    moved = poll(store, server, "/feeds/moved.xml")
    assert moved.status == "ok" and len(moved.articles) == 4
    atom = poll(store, server, "/feeds/atom.xml")
    assert atom.status == "ok" and len(atom.articles) == 4
    assert atom.known == 1  # the story listed twice is fetched once
    for new in atom.articles:
        number = new.article.url.rsplit("/", 1)[1]
        assert new.article.url == server.url(f"/story/{number}")  # the canonical, not /go/N
        assert url_key(server.url(f"/go/{number}")) in new.keys  # tracking parameters dropped


def test_bad_item_pages_fail_one_by_one_and_the_good_one_is_read(store, server):
    got = poll(store, server, "/feeds/broken.xml")
    reasons = sorted(f.reason for f in got.failures)
    assert [a.article.url for a in got.articles] == [server.url("/story/1")]
    assert any(r.startswith("HTTP 500") for r in reasons), reasons
    assert any("read timeout" in r for r in reasons), reasons
    assert any("not an HTML page" in r for r in reasons), reasons
    assert any("no link" in r and "No link here" in r for r in reasons), reasons
    # a failed page keeps the old validators, so the next poll retries it
    assert got.state.etag is None and got.state.error == "3 item pages failed"


def test_an_article_already_stored_under_another_url_is_an_alias(store, server, site):
    from sitrep.store.feeds import remember_keys

    first = poll(store, server, "/feeds/rss.xml")
    for new in first.articles:
        remember_keys(store, new.article.id, new.keys, feed="rss")
    mirror = poll(store, server, "/feeds/mirror.xml")  # same texts, other URLs, no canonical
    assert not mirror.articles and len(mirror.aliases) == 4
    assert {a.article_id for a in mirror.aliases} == {n.article.id for n in first.articles}
    redirected = poll(store, server, "/feeds/atom.xml")  # /go/N: known once redirected
    assert not redirected.articles and len(redirected.aliases) == 4 and redirected.known == 1
    for alias in redirected.aliases:
        remember_keys(store, alias.article_id, alias.keys, feed="atom")
    fetched = dict(site.requests)
    again = poll(store, server, "/feeds/atom.xml")  # now known by its own links: not fetched
    assert not again.articles and not again.aliases and again.known == 5
    assert {p: n for p, n in site.requests.items() if fetched.get(p) != n} == {"/feeds/atom.xml": 2}

def test_urls_are_compared_without_tracking_fragments_or_default_ports():
    assert normalise_url("HTTP://Example.ORG:80/a/b/?utm_source=x&id=3#top") == \
        "http://example.org/a/b?id=3"
    assert normalise_url("https://example.org:8443/a?fbclid=1") == "https://example.org:8443/a"
    assert normalise_url("https://example.org") == "https://example.org/"


def test_feed_list_file(tmp_path):
    listed = tmp_path / "feeds.txt"
    listed.write_text("# my feeds\nhttps://a.example/rss  A Wire  # daily\n\n"
                      "ftp://b.example/feed\nhttps://a.example/rss\nhttp:///nohost\n")
    feeds, failures = read_feed_list(listed)
    assert feeds == [FeedSpec("https://a.example/rss", "A Wire")]
    assert [(f.line, "not an http(s) URL" in f.reason or "no host" in f.reason)
            for f in failures] == [(4, True), (6, True)]
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n")
    assert read_feed_list(empty)[1][0].reason.startswith("no feed URLs")
