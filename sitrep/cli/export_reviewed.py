"""``sitrep export --reviewed``: the reviewed events as a gold file (sitrep.review_gold)."""

from __future__ import annotations

import sys

import click



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

