"""``sitrep eval-geo CORPUS.xml``: the geoparsing benchmark (docs/geo-benchmark.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command("eval-geo")
@click.argument("corpus", type=click.Path(dir_okay=False, exists=True))
@click.option("--regime", type=click.Choice(["given", "e2e", "both"]), default="both", show_default=True,
              help="given: gold toponyms -> resolver; e2e: raw text -> pipeline places -> resolver.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write one JSON line per scored toponym / prediction here (error analysis).")
def eval_geo(corpus: str, regime: str, fmt: str, limit: int | None, errors_path: str | None) -> None:
    """Score the place layer on a geoparsing gold CORPUS (LGL, GeoWebNews, TR-News or GeoVirus XML).

    Given names: accuracy within 161 km, exact GeoNames id, mean/median error (km), AUC.
    End to end: recognition precision/recall/F1, accuracy@161 of the matched toponyms, F1 x acc@161.
    """
    from sitrep.eval.geo_bench import format_table, load_corpus, score_end_to_end, score_given_names, to_json_dict

    docs = load_corpus(corpus)
    if limit is not None:
        docs = docs[:limit]
    given = score_given_names(docs) if regime in ("given", "both") else None
    e2e = score_end_to_end(docs) if regime in ("e2e", "both") else None
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as f:
            for regime_name, res in (("given", given), ("e2e", e2e)):
                for d in res.details if res is not None else ():
                    f.write(json.dumps({"regime": regime_name, **d}, ensure_ascii=False) + "\n")
    if fmt == "json":
        click.echo(json.dumps(to_json_dict(given, e2e), indent=2))
    else:
        click.echo(format_table(Path(corpus).name, len(docs), given, e2e))
