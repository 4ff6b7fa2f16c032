"""The API's one error shape, ``{"error": {"status", "code", "message", "parameter"?}}``, and the
handlers that give every failure that shape (never a traceback)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.errors import StoreError, StoreUnavailableError

log = logging.getLogger("sitrep.server")

_CODES = {400: "bad_parameter", 401: "unauthorized", 403: "read_only", 404: "not_found",
          405: "method_not_allowed", 413: "too_large", 422: "invalid_body", 500: "internal",
          503: "store_unavailable"}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    parameter: str | None = None


class ErrorBody(BaseModel):
    """The one error shape of every non-2xx answer."""

    error: ErrorDetail


_MEANING = {400: "A malformed, unknown or out-of-range parameter, a bad cursor, or a body "
                 "that is not JSON",
            401: "A write without a valid bearer token", 403: "A write to a read-only server",
            404: "No such id or path", 413: "Request body too large",
            422: "A request body that does not validate", 500: "A server bug",
            503: "The store cannot be reached"}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI ``responses`` of these error statuses (plus 500 and 503, which any request
    can meet), all in the one error shape."""
    return {status: {"model": ErrorBody, "description": _MEANING[status]}
            for status in sorted(set(statuses) | {500, 503})}


class ApiError(Exception):
    """An error answered to the client as it is: status, code, one-line message."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 parameter: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.parameter = parameter


def bad_parameter(parameter: str, message: str) -> ApiError:
    return ApiError(400, message, parameter=parameter)


def error_body(status: int, code: str, message: str, parameter: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"status": status, "code": code, "message": message}
    if parameter is not None:
        error["parameter"] = parameter
    return {"error": error}


def error_response(status: int, code: str, message: str, parameter: str | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, parameter), status_code=status,
                        headers=headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None, int]:
    first = exc.errors()[0] if exc.errors() else {}
    loc = [str(p) for p in first.get("loc", ())]
    where = loc[0] if loc else ""
    name = ".".join(loc[1:]) or None
    message = first.get("msg", "invalid request")
    if where == "body":
        return f"body{'.' + name if name else ''}: {message}", name, 422
    return f"{name}: {message}", name, 400


def install_error_handlers(app: FastAPI) -> None:
    """Every error the app can raise answers the one JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.parameter)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, name, status = _validation_message(exc)
        return error_response(status, _CODES[status], message, name)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        code = _CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"{request.url.path}: no such path"
        elif exc.status_code == 400 and "body" in message:  # FastAPI could not parse the JSON
            code, message = "invalid_body", f"request body: {message.lower()} (send JSON)"
        return error_response(exc.status_code, code, message,
                              headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreUnavailableError)
    async def _gone(request: Request, exc: StoreUnavailableError) -> JSONResponse:
        log.error("store unavailable: %s", exc)
        return error_response(503, "store_unavailable", str(exc))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(500, "internal", f"{request.url.path}: the store refused the "
                              "request; the server log has the details")

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", f"{request.method} {request.url.path}: an "
                              "unexpected server error (a bug); the server log has the details")
