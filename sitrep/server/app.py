"""The FastAPI app of ``sitrep serve``: the API routers, the one error shape, the limits and
headers every response gets, and the page's static files at ``/``."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep import __version__
from sitrep.server.auth import Token
from sitrep.server.errors import error_body, install_error_handlers
from sitrep.server.routes import articles, events, feeds, incidents
from sitrep.server.state import ServerState

MAX_BODY = 1_000_000
CSP = ("default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
       "worker-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")


class Guard:
    """ASGI middleware: refuses request bodies over MAX_BODY (413, streamed or declared) and
    adds the security headers (a CSP that keeps the page on this host) to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            await _too_large(send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY:
                    raise _BodyTooLarge
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                extra = [(b"content-security-policy", CSP.encode()),
                         (b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"no-referrer")]
                message = {**message, "headers": list(message.get("headers") or []) + extra}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _BodyTooLarge:
            if not started:
                await _too_large(send)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send) -> None:
    import json

    body = json.dumps(error_body(413, "too_large", f"request body over {MAX_BODY:,} bytes")).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"content-security-policy", CSP.encode())]})
    await send({"type": "http.response.body", "body": body})


def static_dir() -> Path:
    return Path(str(resources.files("sitrep.server").joinpath("static")))


def create_app(db: str, *, tokens: tuple[Token, ...] = (), cors_origins: tuple[str, ...] = (),
               extractor: Any = None) -> FastAPI:
    """The app over the store at ``db`` (no I/O until the first request); writes allowed
    only with ``tokens``. ``extractor``: the ``Extractor`` of POST /api/articles (default: one
    built on the first article posted)."""
    state = ServerState(db, tokens=tokens, cors_origins=cors_origins, _extractor=extractor)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        state.close()

    app = FastAPI(title="sitrep", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Conflict events with the evidence behind every field (docs/api.md).")
    app.state.sitrep = state
    install_error_handlers(app)
    for module in (events, incidents, articles, feeds):
        app.include_router(module.router)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(Guard)
    app.mount("/", StaticFiles(directory=static_dir(), html=True), name="page")
    return app
