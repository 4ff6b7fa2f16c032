"""FastAPI dependencies: the request's store and the write permission."""

from __future__ import annotations

from fastapi import Request

from sitrep.server.auth import Token, match_token
from sitrep.server.errors import ApiError
from sitrep.server.state import ServerState
from sitrep.store.sql import SQLStore


def state_of(request: Request) -> ServerState:
    return request.app.state.sitrep


class _ThreadStore:
    """The store of the thread that uses it. FastAPI runs a sync dependency and its endpoint in
    different pool threads, and an SQLite connection belongs to the thread that opened it, so
    the store is looked up on use, in the endpoint's thread."""

    def __init__(self, state: ServerState) -> None:
        self._state = state

    def __getattr__(self, name: str):
        return getattr(self._state.store(), name)

    @property  # type: ignore[misc]
    def __class__(self):  # isinstance(store, SQLStore) holds, as for the store it stands for
        return type(self._state.store())


def get_store(request: Request) -> SQLStore:
    return _ThreadStore(state_of(request))  # type: ignore[return-value]


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
