"""``sitrep serve``: the HTTP API and the page over a store (sitrep.server)."""

from __future__ import annotations

import click

from sitrep.cli.main import _db_option


@click.command()
@_db_option("Store: an SQLite file (PATH or sqlite:///PATH) or postgresql://USER@HOST:PORT/DBNAME.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token-file", type=click.Path(dir_okay=False, exists=True),
              help="Allow writes (posting articles, reviews) to holders of a token of this file "
                   "(lines: TOKEN or NAME TOKEN). Without it the server is read-only.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages of this origin call the API from a browser (CORS is off by default).")
def serve(db: str, host: str, port: int, token_file: str | None, cors_origins: tuple[str, ...]) -> None:
    """Serve the API (/api/..., /openapi.json) and the page (/) over --db (docs/api.md)."""
    from sitrep.server import serve as run

    run(db, host=host, port=port, token_file=token_file, cors_origins=cors_origins)
