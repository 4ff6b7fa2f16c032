"""Opaque keyset cursors: the sort key of the last row of a page, tied to the page's filter."""

from __future__ import annotations

import base64
import json

from sitrep.server.errors import ApiError


def encode_cursor(key: str, row_id: str, fingerprint: str) -> str:
    raw = json.dumps([key, row_id, fingerprint], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, fingerprint: str) -> tuple[str, str]:
    """The (sort key, id) a cursor resumes after; a 400 when it is not one of ours or belongs
    to other filters."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key, row_id, made_for = json.loads(raw.decode("utf-8"))
        if not (isinstance(key, str) and isinstance(row_id, str) and isinstance(made_for, str)):
            raise ValueError
    except (ValueError, TypeError, UnicodeDecodeError):
        raise ApiError(400, f"cursor={cursor[:40]!r} is not a cursor this server issued; use the "
                            "`next` value of the previous page", code="bad_cursor",
                       parameter="cursor") from None
    if made_for != fingerprint:
        raise ApiError(400, "cursor belongs to a listing with other filters; repeat the first "
                            "request's parameters with it", code="bad_cursor", parameter="cursor")
    return key, row_id
