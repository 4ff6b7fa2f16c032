"""``sitrep watch``: poll news feeds into a store, once or every interval."""

from __future__ import annotations

import sys
import time

import click

from sitrep.errors import SitrepError


def _interval(ctx: click.Context, param: click.Parameter, value: str) -> float:
    from sitrep.feeds import parse_interval

    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command()
@click.argument("feeds_file", metavar="FEEDS.txt", type=click.Path(dir_okay=False, exists=True))
@click.option("--db", required=True, metavar="PATH|URL",
              help="Store: an SQLite file (PATH or sqlite:///PATH, created if missing) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--every", default="15m", show_default=True, callback=_interval,
              help="Time between the starts of two polls: 90s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll once and exit.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds to connect, and seconds a server may stay silent, per fetch.")
@click.option("--deadline", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds one fetch (a feed or a page) may take in all.")
@click.option("--concurrency", type=click.IntRange(min=1, max=64), default=8, show_default=True,
              help="Fetches at once.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def watch(feeds_file: str, db: str, every: float, once: bool, timeout: float, deadline: float,
          concurrency: int, quiet: bool) -> None:
    """Poll the RSS/Atom feeds listed in FEEDS.txt (one URL a line, optionally followed by a
    name; # comments) and store the new articles' events in --db, every --every until stopped.

    Conditional GET (ETag, Last-Modified) spares unchanged feeds; an article met again under
    another link, after a redirect, by its canonical URL or by its text is not stored twice. A
    feed or page that hangs, fails or holds garbage is recorded (`sitrep failures`) and the
    poll goes on.
    """
    from sitrep.cli.main import _store_url
    from sitrep.feeds import FetchSettings

    db = _store_url(click.get_current_context(), None, db)  # type: ignore[arg-type]
    settings = FetchSettings(connect_timeout=timeout, read_timeout=timeout, deadline=deadline,
                             concurrency=concurrency)
    number = 0
    try:
        while True:
            number += 1
            started = time.monotonic()
            try:
                _poll(number, feeds_file, db, settings, quiet)
            except SitrepError as exc:  # the store or the feeds file is gone: try again later
                if once:
                    raise
                click.echo(f"sitrep: poll {number} failed: {exc}; next poll in {every:g} s", err=True)
            if once:
                return
            time.sleep(max(0.0, every - (time.monotonic() - started)))
    except KeyboardInterrupt:
        click.echo(f"sitrep: stopped after {number} polls", err=True)
        sys.exit(0)


def _poll(number: int, feeds_file: str, db: str, settings, quiet: bool) -> None:
    """One poll into the store, its summary on stderr."""
    from sitrep.cli.main import _link_after, _noting_stored, _run_with_progress
    from sitrep.feeds import poll_into_store, read_feed_list
    from sitrep.store import store_from_url
    from sitrep.store.postgres import redact_url

    feeds, bad_lines = read_feed_list(feeds_file)
    with store_from_url(db) as store:
        for failure in bad_lines:
            store.record_failure(failure)
            click.echo(f"sitrep: skipped: {failure}", err=True)
        stored: list[str] = []
        stats = _run_with_progress(
            lambda report: poll_into_store(store, feeds, settings=settings,
                                           report=_noting_stored(report, stored)),
            quiet=quiet, desc=f"poll {number}")
        linked = _link_after(store, stored)
    click.echo(f"sitrep: poll {number}: {stats.summary()} -> {redact_url(db)}{linked}", err=True)
