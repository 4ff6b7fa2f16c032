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
@click.version_option(package_name="sitrep")
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


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="SQLite file to store into.")
@click.option("--published", callback=_iso_date, help="Publication date for text/HTML inputs that carry none (YYYY-MM-DD).")
def ingest(paths: tuple[str, ...], db: str, published: str | None) -> None:
    """Read articles (text, HTML, JSONL files or folders), extract events, store them in --db.

    Idempotent: an article already stored with the same content is skipped.
    """
    from sitrep.ingest import IngestFailure, read_inputs
    from sitrep.nlp.extractor import extract_articles
    from sitrep.store.sqlite import SQLiteStore

    stats: Counter[str] = Counter()
    with SQLiteStore(db) as store:
        def fresh():
            for item in read_inputs(list(paths), published=published):
                if isinstance(item, IngestFailure):
                    store.record_failure(item)
                    _report(item)
                    stats["warnings" if item.warning else "failed"] += 1
                    continue
                if not store.add_article(item):
                    stats["unchanged"] += 1
                    continue
                yield item

        for article, result in extract_articles(fresh()):
            if isinstance(result, Exception):
                store.record_failure(IngestFailure(source=article.id, reason=f"extraction failed: {result}"))
                stats["failed"] += 1
                continue
            store.add_events(article.id, result)
            stats["ingested"] += 1
            stats["events"] += len(result)
    click.echo(f"sitrep: {stats['ingested']} articles ingested ({stats['events']} events), "
               f"{stats['unchanged']} unchanged, {stats['failed']} failed -> {db}", err=True)
    if stats["failed"] and not (stats["ingested"] or stats["unchanged"]):
        sys.exit(1)  # like `extract`: every input failed


@cli.command()
@click.option("--db", required=True, type=click.Path(dir_okay=False, exists=True), help="SQLite file.")
@click.option("--type", "event_type", callback=_event_kind, help="Event type or sub-event type (e.g. battles, air_drone_strike).")
@click.option("--country", callback=_country_code, help="ISO 3166-1 alpha-2 country code of the event location.")
@click.option("--since", "date_from", callback=_iso_date, help="Earliest event date (YYYY-MM-DD).")
@click.option("--until", "date_to", callback=_iso_date, help="Latest event date (YYYY-MM-DD).")
@click.option("--news-only", is_flag=True, help="Leave out background events.")
@click.option("--format", "fmt", type=click.Choice(FORMATS_EVENTS), default="table")
def events(db: str, event_type: str | None, country: str | None, date_from: str | None,
           date_to: str | None, news_only: bool, fmt: str) -> None:
    """List stored events, filtered by type, country and date range."""
    from sitrep.export import write_events
    from sitrep.model import EVENT_TYPES
    from sitrep.store.sqlite import SQLiteStore

    kind = {"event_type": event_type} if event_type in EVENT_TYPES else {"sub_event_type": event_type}
    with SQLiteStore(db) as store:
        found = store.query_events(country=country.upper() if country else None, date_from=date_from,
                                   date_to=date_to, include_background=not news_only,
                                   **{k: v for k, v in kind.items() if v})
    write_events(found, fmt, sys.stdout)


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


def main() -> None:
    try:
        cli(standalone_mode=True)
    except SitrepError as exc:
        _fail(str(exc))


if __name__ == "__main__":
    main()
