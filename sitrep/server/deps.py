"""FastAPI dependencies: the server's state and the write permission.

Endpoints take the ``ServerState`` and call ``state.store()`` themselves: FastAPI runs a sync
dependency and its endpoint on different pool threads, and an SQLite connection belongs to
the thread that opened it, so the store must be looked up in the endpoint's own thread."""

from __future__ import annotations

from fastapi import Request

from sitrep.server.auth import Token, match_token
from sitrep.server.errors import ApiError
from sitrep.server.state import ServerState


def state_of(request: Request) -> ServerState:
    return request.app.state.sitrep


def require_token(request: Request) -> Token:
    """The token of a write request; 403 on a read-only server, 401 without a valid token."""
    state = state_of(request)
    if not state.writable:
        raise ApiError(403, f"{request.method} {request.url.path}: this server is read-only "
                            "(start `sitrep serve` with --token-file to allow writes)")
    token = match_token(state.tokens, request.headers.get("authorization"))
    if token is None:
        raise ApiError(401, "a write needs the header `Authorization: Bearer TOKEN` with a "
                            "token of the server's --token-file")
    return token
