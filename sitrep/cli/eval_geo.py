"""``sitrep eval-geo CORPUS.xml``: the geoparsing benchmark (docs/geo-benchmark.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval-geo")
@click.argument("corpora", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True))
@click.option("--regime", type=click.Choice(["given", "e2e", "both"]), default="both", show_default=True,
              help="given: gold toponyms -> resolver; e2e: raw text -> pipeline places -> resolver.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="markdown: one summary table over all CORPORA (docs/quality.md).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write one JSON line per scored toponym / prediction here (error analysis).")
def eval_geo(corpora: tuple[str, ...], regime: str, fmt: str, limit: int | None, errors_path: str | None) -> None:
    """Score the place layer on geoparsing gold CORPORA (LGL, GeoWebNews, TR-News or GeoVirus XML).

    Given names: accuracy within 161 km, exact GeoNames id, mean/median error (km), AUC.
    End to end: recognition precision/recall/F1, accuracy@161 of the matched toponyms, F1 x acc@161.
    With one corpus, --format json prints {"given_names": {...}, "end_to_end": {...}}; with
    several, one such object per corpus name.
    """
    from sitrep.eval.geo_bench import (format_markdown, format_table, load_corpus, score_end_to_end,
                                       score_given_names, to_json_dict)

    results = []
    errors = open(errors_path, "w", encoding="utf-8") if errors_path else None
    try:
        for corpus in corpora:
            docs = load_corpus(corpus)
            if limit is not None:
                docs = docs[:limit]
            given = score_given_names(docs) if regime in ("given", "both") else None
            e2e = score_end_to_end(docs) if regime in ("e2e", "both") else None
            results.append((Path(corpus).stem, Path(corpus).name, len(docs), given, e2e))
            for regime_name, res in (("given", given), ("e2e", e2e)):
                for d in res.details if res is not None and errors is not None else ():
                    errors.write(json.dumps({"corpus": Path(corpus).stem, "regime": regime_name, **d},
                                            ensure_ascii=False) + "\n")
    finally:
        if errors is not None:
            errors.close()
    if fmt == "json":
        out = {stem: to_json_dict(g, e) for stem, _, _, g, e in results}
        click.echo(json.dumps(next(iter(out.values())) if len(out) == 1 else out, indent=2))
    elif fmt == "markdown":
        click.echo(format_markdown([(stem, n, g, e) for stem, _, n, g, e in results]))
    else:
        click.echo("\n\n".join(format_table(name, n, g, e) for _, name, n, g, e in results))
