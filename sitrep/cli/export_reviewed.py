"""``sitrep export --reviewed``: the reviewed events as a gold file (sitrep.review_gold).

When ``sitrep export`` (dataset formats) is present, ``--reviewed`` belongs on it; this module
gives the command on its own until then.
"""

from __future__ import annotations

import sys

import click

from sitrep.cli.main import _db_option


def export_reviewed(db: str, output: str) -> None:
    """Write the gold file of --db's reviewed articles to ``output`` ('-': stdout), replaced
    only once complete; one line on stderr per article left out."""
    import os
    import tempfile

    from sitrep.review_gold import write_reviewed_gold
    from sitrep.store import store_from_url
    from sitrep.store.postgres import redact_url

    with store_from_url(db) as store:
        if output == "-":
            result = write_reviewed_gold(store, sys.stdout)
        else:
            folder = os.path.dirname(os.path.abspath(output))
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False,
                                             suffix=".partial") as tmp:
                result = write_reviewed_gold(store, tmp)
            os.replace(tmp.name, output)
    for line in result.skipped:
        click.echo(f"sitrep: skipped: {line}", err=True)
    where = "stdout" if output == "-" else output
    click.echo(f"sitrep: {result.articles} reviewed articles ({result.events} events) written to "
               f"{where} as gold (FORMAT.md), {len(result.skipped)} left out, from {redact_url(db)}",
               err=True)


@click.command("export")
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--reviewed", is_flag=True, required=True,
              help="Write the reviewed events as a gold file (FORMAT.md JSONL): articles whose "
                   "events are all reviewed, corrections applied, rejected events left out.")
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE",
              help="File to write ('-' for stdout).")
def export(db: str, reviewed: bool, output: str) -> None:
    """Export the reviewed events as a gold file (docs/review.md)."""
    if not reviewed:
        raise click.UsageError("give --reviewed")
    export_reviewed(db, output)
