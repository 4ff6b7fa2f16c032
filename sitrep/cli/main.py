"""The ``sitrep`` command line: thin commands over the library, same argument names."""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import click

from sitrep.errors import SitrepError
from sitrep.geo.extra import DEFAULT_CLASSES
from sitrep.settings import PIPELINE_VERSION

FORMATS_EXTRACT = ["table", "json", "jsonl"]
FORMATS_EVENTS = ["table", "json", "jsonl", "csv", "geojson"]


def _report(item) -> None:
    """One line on stderr for a skipped input or a warning, naming the input."""
    kind = "warning" if item.warning else "skipped"
    where = f"{item.source}:{item.line}" if item.line else item.source
    click.echo(f"sitrep: {kind}: {where}: {item.reason}", err=True)


def _fail(message: str) -> None:
    click.echo(f"sitrep: {message}", err=True)
    sys.exit(1)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Option callback: a YYYY-MM-DD date (a usage error, not a traceback, when malformed)."""
    from sitrep.ingest import normalise_date

    if value is None:
        return None
    date = normalise_date(value)
    if date is None:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date")
    return date


def _country_code(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) != 2 or not value.isalpha():
        raise click.BadParameter(f"{value!r} is not an ISO 3166-1 alpha-2 code (e.g. YE, SY)")
    return value.upper()


def _event_kind(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from sitrep.model import EVENT_TYPES, SUB_EVENT_TYPES

    if value is None or value in EVENT_TYPES or value in SUB_EVENT_TYPES:
        return value
    raise click.BadParameter(
        f"{value!r} is not an event type ({', '.join(EVENT_TYPES)}) or a sub-event type "
        f"({', '.join(SUB_EVENT_TYPES)})"
    )


@click.group()
@click.version_option(package_name="sitrep", message="%(prog)s %(version)s (pipeline " + PIPELINE_VERSION + ")")
def cli() -> None:
    """sitrep: turn conflict news into a sourced event dataset."""


@cli.command()
@click.argument("file", required=False)
@click.option("--input", "input_path", type=click.Path(dir_okay=False, allow_dash=True),
              help="Batch mode: a JSONL file of {id, text, published, title?, url?} lines.")
@click.option("--published", callback=_iso_date, help="Publication date of FILE (YYYY-MM-DD); relative dates resolve against it.")
@click.option("--format", "fmt", type=click.Choice(FORMATS_EXTRACT), default=None,
              help="Output format (default: table for FILE, jsonl for --input).")
def extract(file: str | None, input_path: str | None, published: str | None, fmt: str | None) -> None:
    """Extract events from FILE (text or HTML; '-' for stdin) or from a JSONL batch (--input)."""
    from sitrep.export import write_events
    from sitrep.events.extractor import default_extractor
    from sitrep.ingest import IngestFailure, read_inputs

    if (file is None) == (input_path is None):
        _fail("give either FILE or --input (not both)")
    batch = input_path is not None
    fmt = fmt or ("jsonl" if batch else "table")
    failures: Counter[str] = Counter()
    done = 0
    loading = time.perf_counter()
    extractor = default_extractor()
    if batch:
        extractor.warm_up()  # load the model and dictionaries first, so the rate below is the steady one
    started = time.perf_counter()

    def articles():
        for item in read_inputs([input_path or file], published=published):
            if isinstance(item, IngestFailure):
                _report(item)
                if not item.warning:
                    # group by kind of problem: "line 7 is not JSON: ..." -> "is not JSON"
                    kind = re.sub(r"^line \d+:?\s*", "", item.reason)
                    failures[kind.split(":")[0].split(" (")[0]] += 1
                continue
            yield item

    out = sys.stdout
    all_events = []
    for article, result in extractor.extract_many(articles()):
        if isinstance(result, Exception):
            failures[type(result).__name__] += 1
            click.echo(f"sitrep: {article.id}: extraction failed: {result}", err=True)
            continue
        done += 1
        if batch:
            if fmt == "jsonl":
                out.write(json.dumps({"id": article.id, "events": [e.to_dict() for e in result]}) + "\n")
            else:
                all_events.extend(result)
        else:
            all_events.extend(result)
    if (not batch or fmt != "jsonl") and (done or not failures):
        write_events(all_events, fmt, out)
    if batch:
        elapsed = time.perf_counter() - started
        summary = (f"sitrep: {done} articles extracted in {elapsed:.1f}s ({done / elapsed if elapsed else 0:.1f}/s, "
                   f"after {started - loading:.1f}s loading the model)")
        if failures:
            summary += f"; {sum(failures.values())} failed (" + ", ".join(f"{k}: {v}" for k, v in failures.items()) + ")"
        click.echo(summary, err=True)
    if not done and failures:
        sys.exit(1)


@cli.command()
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def places(file: str, fmt: str) -> None:
    """The place layer alone: every place name of FILE (text or HTML; '-' for stdin) with its span
    and its resolution (GeoNames place, coordinates, precision), unresolved names included."""
    from tabulate import tabulate

    from sitrep.ingest import IngestFailure, read_inputs
    from sitrep.nlp.pipeline import build_nlp
    from sitrep.nlp.place_mentions import place_mentions

    items = list(read_inputs([file]))
    for item in items:
        if isinstance(item, IngestFailure):
            _report(item)
    articles = [a for a in items if not isinstance(a, IngestFailure)]
    if not articles:
        sys.exit(1)
    nlp = build_nlp()
    for article in articles:
        mentions = place_mentions(nlp(article.text))
        if fmt == "json":
            click.echo(json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=2))
            continue
        rows = [[m.start_char, m.text, m.group, *(
            (m.place.name, m.place.country or "", m.place.precision, f"{m.place.lat:.4f}", f"{m.place.lon:.4f}")
            if m.place is not None and m.place.lat is not None else ("", "", "", "", ""))] for m in mentions]
        click.echo(tabulate(rows, headers=["at", "text", "kind", "place", "country", "precision", "lat", "lon"]))


def _store_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Option callback: --db is a file path, sqlite:///PATH or postgresql://...; commands that
    only read (not `ingest` or `watch`) need an SQLite file to exist (a usage error naming it if not)."""
    from sitrep.store import is_postgres_url, sqlite_path

    if value is None or is_postgres_url(value):
        return value
    try:
        path = sqlite_path(value)
    except SitrepError as exc:
        raise click.BadParameter(str(exc)) from exc
    if path is None:
        raise click.BadParameter(f"{value!r} is not a file path, sqlite:///PATH or postgresql://... URL")
    if ctx.command.name not in ("ingest", "watch") and path != ":memory:" and not Path(path).is_file():
        raise click.BadParameter(f"store {path!r} does not exist (create it with `sitrep ingest`)")
    return value


def _db_option(help_text: str):
    return click.option("--db", required=True, callback=_store_url, metavar="PATH|URL", help=help_text)


_QUIET = click.option("--quiet", "-q", is_flag=True,
                      help="No progress bar (it is shown only when stderr is a terminal anyway).")


def _run_with_progress(work, *, quiet: bool, desc: str, total: int | None = None):
    """Run ``work(report)``; a tqdm bar on stderr (articles done, rate, failures) when stderr is
    a terminal and not --quiet; one line per failure or warning, naming the input."""
    failed = 0
    with _progress_bar(desc, quiet=quiet, total=total) as bar:
        def report(outcome) -> None:
            nonlocal failed
            _say(bar, outcome)
            if outcome.kind != "warning":
                failed += outcome.kind == "failed"
                bar.update(1)
                if failed:
                    bar.set_postfix(failed=failed, refresh=False)

        return work(report)


def _progress_bar(desc: str, *, quiet: bool, total: int | None = None):
    from tqdm import tqdm

    return tqdm(desc=desc, unit=" articles", file=sys.stderr, dynamic_ncols=True, total=total,
                disable=quiet or not sys.stderr.isatty())


def _say(bar, outcome) -> None:
    """One line on stderr (above the bar, if shown) for a failed input or a warning."""
    if outcome.kind in ("failed", "warning"):
        kind = outcome.kind if outcome.article_id or outcome.kind == "warning" else "skipped"
        line = f"sitrep: {kind}: {outcome.message}"
        if bar.disable:
            click.echo(line, err=True)
        else:
            bar.write(line, file=sys.stderr)


def _noting_stored(report, stored: list[str]):
    """``report``, also keeping the ids of the articles (re-)extracted and written."""
    def both(outcome) -> None:
        if outcome.kind == "stored" and outcome.article_id:
            stored.append(outcome.article_id)
        report(outcome)

    return both


def _link_after(store, stored: list[str]) -> str:
    """Link the events just written into incidents (only the parts of the link graph they
    touch); what it did, for the end of the summary line ('' when nothing was linked)."""
    from sitrep.incidents import update_incidents

    linked = update_incidents(store, stored)
    if not linked.events_linked:
        return ""
    versions = f", versions {linked.first_version}-{linked.last_version}" if linked.changes else ""
    return (f" ({linked.events_linked} events linked into incidents: {linked.incidents_written} "
            f"incidents written, {linked.changes} changes{versions})")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH, created if missing) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--published", callback=_iso_date, help="Publication date for text/HTML inputs that carry none (YYYY-MM-DD).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process, or --jobs local worker processes; dask: a Dask cluster "
                   "(--scheduler, or a LocalCluster of --workers processes).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --engine local: worker processes extracting at once.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="With --engine dask and no --scheduler: local Dask worker processes [default: cores].")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="With --engine dask: the address of a running Dask scheduler.")
@click.option("--partition-size", type=click.IntRange(min=1), default=None,
              help="Articles per task sent to a worker [default: 1000, about a minute of work; a "
                   "smaller input is shared out evenly].")
@_QUIET
def ingest(paths: tuple[str, ...], db: str, published: str | None, engine: str, jobs: int,
           workers: int | None, scheduler: str | None, partition_size: int | None, quiet: bool) -> None:
    """Read articles (text, HTML, JSONL, WARC files or folders), extract events, store them in --db.

    Each article is written with its events in one transaction. An article already stored with
    the same content by the running pipeline version is skipped as unchanged; a changed text or
    an older pipeline's extraction is extracted again. A failing article is recorded with its
    reason and the batch goes on. With --jobs or --engine dask, workers extract (and, on
    PostgreSQL, write) partitions of the input; the store ends the same as with one process.
    """
    from sitrep.ingest import read_inputs
    from sitrep.store import store_from_url
    from sitrep.store.feeds import resume_from
    from sitrep.store.postgres import redact_url
    from sitrep.store.runs import ingest_articles

    if engine == "local" and (workers is not None or scheduler is not None):
        raise click.UsageError("--workers and --scheduler go with --engine dask")
    if engine == "dask" and jobs != 1:
        raise click.UsageError("--jobs goes with --engine local (Dask takes --workers or --scheduler)")
    if workers is not None and scheduler is not None:
        raise click.UsageError("give --scheduler (a running cluster) or --workers (a local one), not both")
    with store_from_url(db) as store:
        stored: list[str] = []
        if engine == "local" and jobs == 1:
            # one process writes in input order: a WARC file resumes after its last stored record
            items = read_inputs(list(paths), published=published, resume=resume_from(store))
            stats = _run_with_progress(
                lambda report: ingest_articles(store, items, report=_noting_stored(report, stored)),
                quiet=quiet, desc="ingest")
        else:
            # workers finish out of order: every record is read again, stored ones skipped as unchanged
            items = read_inputs(list(paths), published=published)
            stats = _ingest_on_workers(store, items, engine=engine, jobs=jobs, workers=workers,
                                       scheduler=scheduler, partition_size=partition_size,
                                       quiet=quiet, stored=stored)
        linked = _link_after(store, stored)
    click.echo(f"sitrep: {stats.stored} articles ingested ({stats.events} events), "
               f"{stats.unchanged} unchanged, {stats.failed} failed -> {redact_url(db)}{linked}", err=True)
    if stats.failed and not (stats.stored or stats.unchanged):
        sys.exit(1)  # like `extract`: every input failed


def _ingest_on_workers(store, items, *, engine: str, jobs: int, workers: int | None,
                       scheduler: str | None, partition_size: int | None, quiet: bool,
                       stored: list[str]):
    """`ingest` on worker processes: a tqdm bar of the articles done across workers, with
    their rate and failures; one line per failure as soon as its worker sends it."""
    import os

    from sitrep.batch import PARTITION_SIZE, DaskPool, ProcessPool, ingest_parallel

    pool = (ProcessPool(jobs) if engine == "local"
            else DaskPool(scheduler=scheduler, workers=None if scheduler else workers or os.cpu_count()))
    with _progress_bar(f"ingest ({engine})", quiet=quiet) as bar:
        def count(done: int, failed: int) -> None:
            bar.update(done - bar.n)
            if failed:
                bar.set_postfix(failed=failed, refresh=False)

        with pool:
            return ingest_parallel(store, items, pool, report=_noting_stored(lambda o: _say(bar, o), stored),
                                   count=count, partition_size=partition_size or PARTITION_SIZE)


@cli.command()
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--all", "force", is_flag=True, help="Re-extract every stored article, not only out-of-date ones.")
@_QUIET
def reprocess(db: str, force: bool, quiet: bool) -> None:
    """Re-extract stored articles whose extraction is older than the running pipeline (or failed).

    Each article keeps its previous events until the new ones are written, in one transaction;
    if re-extraction fails, the previous events stay and the failure is recorded.
    """
    from sitrep.settings import PIPELINE_VERSION
    from sitrep.store import store_from_url
    from sitrep.store.postgres import redact_url
    from sitrep.store.runs import reprocess_articles

    with store_from_url(db) as store:
        stored: list[str] = []
        stats = _run_with_progress(
            lambda report: reprocess_articles(store, force=force,
                                              report=_noting_stored(report, stored)),
            quiet=quiet, desc="reprocess", total=len(store.articles_to_reprocess(force=force)))
        linked = _link_after(store, stored)
    click.echo(f"sitrep: {stats.stored} articles re-extracted ({stats.events} events) by "
               f"{PIPELINE_VERSION}, {stats.unchanged} up to date, {stats.failed} failed "
               f"-> {redact_url(db)}{linked}", err=True)


@cli.command()
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--type", "event_type", callback=_event_kind, help="Event type or sub-event type (e.g. battles, air_drone_strike).")
@click.option("--country", callback=_country_code, help="ISO 3166-1 alpha-2 country code of the event location.")
@click.option("--since", "date_from", callback=_iso_date, help="Earliest event date (YYYY-MM-DD).")
@click.option("--until", "date_to", callback=_iso_date, help="Latest event date (YYYY-MM-DD).")
@click.option("--news-only", is_flag=True, help="Leave out background events.")
@click.option("--format", "fmt", type=click.Choice(FORMATS_EVENTS), default="table")
def events(db: str, event_type: str | None, country: str | None, date_from: str | None,
           date_to: str | None, news_only: bool, fmt: str) -> None:
    """List stored events, filtered by type, country and date range; each with its article_id
    and the incident_id it is linked into."""
    from sitrep.dataset import load_records
    from sitrep.export import write_events
    from sitrep.store import store_from_url

    with store_from_url(db) as store:
        found = load_records(store, "events", **_event_filters(event_type, country, date_from, date_to, news_only))
    write_events(found, fmt, sys.stdout)


def _event_filters(event_type: str | None, country: str | None, date_from: str | None,
                   date_to: str | None, news_only: bool) -> dict:
    """The options of `events` and `export --what events` as ``Store.query_events`` arguments."""
    from sitrep.model import EVENT_TYPES

    kind = "event_type" if event_type in EVENT_TYPES else "sub_event_type"
    return {kind: event_type, "country": country, "date_from": date_from, "date_to": date_to,
            "include_background": not news_only}


@cli.command()
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--errors-only", is_flag=True, help="Leave out warnings (inputs that were read with a note).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def failures(db: str, errors_only: bool, fmt: str) -> None:
    """List what ingest and reprocess could not read, extract or store, with the reasons."""
    from tabulate import tabulate

    from sitrep.store import store_from_url

    with store_from_url(db) as store:
        found = store.failures(include_warnings=not errors_only)
    if fmt == "json":
        click.echo(json.dumps([{"source": f.source, "line": f.line, "reason": f.reason,
                                "severity": "warning" if f.warning else "error"} for f in found],
                              ensure_ascii=False, indent=2))
    elif not found:
        click.echo("(no failures)")
    else:
        click.echo(tabulate([[f.source, f.line or "", "warning" if f.warning else "error", f.reason]
                             for f in found], headers=["input", "line", "severity", "reason"]))


@cli.command()
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--explain", is_flag=True,
              help="Print every compared pair of events with its named match weights instead of relinking.")
@click.option("--event", "event_id", help="With --explain: only the pairs of this event id.")
@click.option("--linked-only", is_flag=True, help="With --explain: only the pairs at or above the threshold.")
def link(db: str, explain: bool, event_id: str | None, linked_only: bool) -> None:
    """Rebuild the incidents of --db from scratch (every pair scored again, everything
    re-clustered): the same incidents and ids incremental linking in `ingest` gives. Changes
    against the stored incidents go to the change feed."""
    from sitrep.incidents import explain_pairs, rebuild_incidents
    from sitrep.store import store_from_url
    from sitrep.store.postgres import redact_url

    with store_from_url(db) as store:
        if explain:
            pairs = explain_pairs(store, event_id=event_id, include_unlinked=not linked_only)
            for pair in pairs:
                click.echo(pair.explain())
            if not pairs:
                click.echo("(no pairs: no two events of different articles share a country and a date window)")
            return
        stats = rebuild_incidents(store)
        count = store._exec("SELECT count(*) FROM incidents").fetchone()[0]
    click.echo(f"sitrep: {stats.events_linked} events linked into {count} incidents "
               f"({stats.pairs} linked pairs, {stats.changes} changes) -> {redact_url(db)}", err=True)


@cli.command()
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--type", "event_type", callback=_event_kind, help="Event type or sub-event type.")
@click.option("--country", callback=_country_code, help="ISO 3166-1 alpha-2 country code.")
@click.option("--since", "date_from", callback=_iso_date, help="Earliest incident date (YYYY-MM-DD).")
@click.option("--until", "date_to", callback=_iso_date, help="Latest incident date (YYYY-MM-DD).")
@click.option("--min-reports", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only incidents reported by at least this many articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv", "geojson"]), default="table")
def incidents(db: str, event_type: str | None, country: str | None, date_from: str | None,
              date_to: str | None, min_reports: int, fmt: str) -> None:
    """List stored incidents (events of several articles linked as one happening)."""
    from sitrep.dataset import load_records
    from sitrep.export import write_incidents
    from sitrep.store import store_from_url

    with store_from_url(db) as store:
        found = load_records(store, "incidents", country=country, date_from=date_from, date_to=date_to,
                             event_type=event_type, min_reports=min_reports)
    write_incidents(found, fmt, sys.stdout)


@cli.command("export")
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--what", type=click.Choice(["events", "incidents"]), default="events", show_default=True,
              help="One row per stored event, or per incident (every report of one happening).")
@click.option("--format", "fmt",
              type=click.Choice(["acled-csv", "ucdp-csv", "geojson", "geoparquet", "jsonl"]),
              help="acled-csv: ACLED's 2023 columns; ucdp-csv: UCDP GED's; geojson: RFC 7946; "
                   "geoparquet: GeoParquet 1.1 (needs the parquet extra); jsonl: whole records. "
                   "Required unless --reviewed.")
@click.option("--reviewed", is_flag=True,
              help="Instead: the reviewed events as a gold file (FORMAT.md JSONL; docs/review.md): "
                   "articles whose events are all reviewed, corrections applied, rejected events left out.")
@click.option("-o", "--output", required=True, metavar="FILE",
              help="File to write ('-' for stdout); replaced only once the export is complete.")
@click.option("--type", "event_type", callback=_event_kind, help="Event type or sub-event type.")
@click.option("--country", callback=_country_code, help="ISO 3166-1 alpha-2 country code.")
@click.option("--since", "date_from", callback=_iso_date, help="Earliest date (YYYY-MM-DD).")
@click.option("--until", "date_to", callback=_iso_date, help="Latest date (YYYY-MM-DD).")
@click.option("--news-only", is_flag=True, help="Events: leave out background events.")
@click.option("--min-reports", type=click.IntRange(min=1), default=1, show_default=True,
              help="Incidents: only those reported by at least this many articles.")
def export(db: str, what: str, fmt: str | None, reviewed: bool, output: str, event_type: str | None,
           country: str | None, date_from: str | None, date_to: str | None, news_only: bool,
           min_reports: int) -> None:
    """Export stored events or incidents as a dataset file: ACLED or UCDP GED CSV, GeoJSON,
    GeoParquet or JSONL (docs/export.md); or, with --reviewed, the reviewed events as gold."""
    from sitrep.dataset import export_dataset
    from sitrep.store import store_from_url
    from sitrep.store.postgres import redact_url

    if reviewed:
        if fmt is not None:
            raise click.BadParameter("--reviewed writes gold JSONL; leave out --format", param_hint="--format")
        from sitrep.cli.export_reviewed import export_reviewed

        export_reviewed(db, output)
        return
    if fmt is None:
        raise click.BadParameter("give --format (or --reviewed)", param_hint="--format")

    if what == "events":
        if min_reports != 1:
            raise click.BadParameter("--min-reports applies to --what incidents", param_hint="--min-reports")
        filters = _event_filters(event_type, country, date_from, date_to, news_only)
    else:
        if news_only:
            raise click.BadParameter("--news-only applies to --what events", param_hint="--news-only")
        filters = {"event_type": event_type, "country": country, "date_from": date_from,
                   "date_to": date_to, "min_reports": min_reports}
    with store_from_url(db) as store:
        result = export_dataset(store, what=what, fmt=fmt, output=output, **filters)
    where = "stdout" if output == "-" else output
    click.echo(f"sitrep: {result.rows} {what} written to {where} ({fmt}) from {redact_url(db)}", err=True)


@cli.command()
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--since", type=click.IntRange(min=0), default=0, show_default=True,
              help="Only changes after this version (the last version you read).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many changes.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def changes(db: str, since: int, limit: int | None, fmt: str) -> None:
    """The change feed of the incidents: created, updated, merged, split, removed, event_added,
    event_removed; each change has a version that only grows."""
    from tabulate import tabulate

    from sitrep.incidents import changes_since
    from sitrep.store import store_from_url

    with store_from_url(db) as store:
        found = changes_since(store, since, limit=limit)
    if fmt == "jsonl":
        for change in found:
            click.echo(json.dumps(change.to_dict(), ensure_ascii=False))
    elif not found:
        click.echo(f"(no changes after version {since})")
    else:
        click.echo(tabulate([[c.version, c.kind, c.incident_id or "", c.event_id or "", c.detail or "", c.at]
                             for c in found], headers=["version", "kind", "incident", "event", "detail", "at"],
                            disable_numparse=True))


@cli.command("eval-incidents")
@click.argument("gold", type=click.Path(dir_okay=False, exists=True))
@click.option("--db", "db", default=None, metavar="PATH|URL",
              help="Store to ingest into (default: a scratch SQLite file, deleted afterwards).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def eval_incidents(gold: str, db: str | None, fmt: str) -> None:
    """Ingest the gold articles (FORMAT.md, every gold event with an `incident` id) into a
    scratch store, link them, and score the linking: cross-article pairwise and B-cubed
    precision/recall/F1 over the matched events, gold incidents split and merged."""
    from sitrep.incidents.evaluate import evaluate_incidents, format_eval

    result = evaluate_incidents(gold, db=db)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), indent=2))
    else:
        click.echo(format_eval(result))


@cli.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--errors", "show_errors", is_flag=True,
              help="After the scores, list every missed gold event, spurious system event and field "
                   "disagreement (all-events regime), grouped by article, with failure-reason counts.")
@click.option("--part", type=click.Choice(["all", "working", "locked"]), default="all", show_default=True,
              help="Score one part of the gold set: 'locked' is every fifth article in id order "
                   "(never read its errors while you work, docs/evaluation.md), 'working' the rest.")
def eval_command(gold: str, fmt: str, show_errors: bool, part: str) -> None:
    """Score the extractor against a gold JSONL file (FORMAT.md): precision, recall, F1, fields,
    and the reliability of the events' confidence."""
    from sitrep.eval.metrics import format_report, to_json
    from sitrep.eval.runner import evaluate
    from sitrep.nlp.extractor import extract_events

    def run(text: str, published: str | None, url: str | None) -> list[dict]:
        return [e.to_dict() for e in extract_events(text, published=published, url=url)]

    if part == "locked" and show_errors:
        _fail("--errors is not available on the locked part: its errors stay unread (docs/evaluation.md)")
    all_scores, news_scores, details = evaluate(gold, run, part=part)
    extra = {"reliability": details.reliability(), "errors": details.errors() if show_errors else None}
    if fmt == "json":
        click.echo(to_json(all_scores, news_scores, timing=details.timing, **extra))
    else:
        click.echo(format_report(all_scores, news_scores, timing=details.timing, **extra))


@cli.group()
def gazetteer() -> None:
    """Manage the gazetteer index (built once into the cache directory)."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
def gazetteer_build(force: bool) -> None:
    """Build the gazetteer index from the packaged GeoNames data."""
    from sitrep.geo.gazetteer import build_gazetteer

    started = time.perf_counter()
    path = build_gazetteer(force=force)
    click.echo(f"sitrep: gazetteer index at {path} ({Path(path).stat().st_size / 1e6:.0f} MB, "
               f"{time.perf_counter() - started:.1f}s)", err=True)


@gazetteer.command("bench")
@click.option("--names", "n", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Random town names drawn from the index (fixed seed).")
@click.option("--build", is_flag=True, help="Also time a fresh build into a temporary directory (~30-60 s).")
def gazetteer_bench(n: int, build: bool) -> None:
    """Index size, build time and lookup latency (cold and warm caches), resolve_place time."""
    from sitrep.geo.bench import run_bench

    click.echo(run_bench(n, build=build).report())


@gazetteer.command("add")
@click.argument("dumps", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--classes", default=DEFAULT_CLASSES, show_default=True,
              help="GeoNames feature classes to add besides populated places (P): H water, T relief, "
                   "L areas, S spots, V vegetation, R roads, U undersea; '' for towns only.")
def gazetteer_add(dumps: tuple[str, ...], classes: str) -> None:
    """Add GeoNames dump files (SY.zip, SY.txt, allCountries.zip from download.geonames.org) to
    the index: villages, rivers, mountains and sites the packaged data lacks."""
    from sitrep.geo.extra import DumpError, add_geonames_dump
    from sitrep.geo.gazetteer import build_gazetteer

    path = build_gazetteer()
    for dump in dumps:
        try:
            res = add_geonames_dump(dump, path, classes=classes)
        except DumpError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"sitrep: {dump}: {res.towns} towns and {res.features} features added "
                   f"({res.read} rows read, {res.skipped} skipped: known or other classes)", err=True)


from sitrep.cli.eval_geo import eval_geo  # noqa: E402

cli.add_command(eval_geo)

from sitrep.cli.watch import watch  # noqa: E402

cli.add_command(watch)

if __name__ == "__main__":  # `python -m sitrep.cli.main`: run the package's own module, whose
    # import registers every command (serve.py imports its options from sitrep.cli.main)
    from sitrep.cli.main import main as _package_main

    raise SystemExit(_package_main())

from sitrep.cli.serve import serve  # noqa: E402

cli.add_command(serve)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except SitrepError as exc:
        _fail(str(exc))

