"""``sitrep serve``: the HTTP API (FastAPI) over the store and the page, on one port.

    from sitrep.server import create_app
    app = create_app("demo.db", tokens=read_tokens("tokens.txt"))

Modules: ``app`` (the app, limits, headers), ``routes/`` (one router per resource),
``params``/``filters`` (query parameters, ACLED's grammar), ``sql``/``queries`` (the reads),
``cursor`` (keyset cursors), ``render`` (json/geojson/csv), ``stats``, ``auth`` (tokens),
``state`` (per-thread stores, the Extractor), ``errors`` (the one error shape).
"""

from sitrep.server.app import create_app
from sitrep.server.auth import read_tokens

__all__ = ["create_app", "read_tokens", "serve"]


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token_file: str | None = None,
          cors_origins: tuple[str, ...] = ()) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn

    tokens = read_tokens(token_file) if token_file else ()
    app = create_app(db, tokens=tokens, cors_origins=cors_origins)
    uvicorn.run(app, host=host, port=port, log_level="info")
