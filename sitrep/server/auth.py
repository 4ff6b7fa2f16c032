"""Write access: tokens read from the --token-file, checked in constant time.

A token file holds one token per line, ``TOKEN`` or ``NAME TOKEN`` (``#`` starts a comment).
The name is who a review is recorded as.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError

DEFAULT_REVIEWER = "reviewer"


@dataclass(frozen=True, slots=True)
class Token:
    name: str
    secret: str


def read_tokens(path: str | Path) -> tuple[Token, ...]:
    """The tokens of a token file; InputError naming the file and line when one is unusable."""
    source = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise InputError(source, f"cannot read the token file ({exc.strerror})") from exc
    tokens = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) > 2:
            raise InputError(f"{source}:{number}", "a token line is TOKEN or NAME TOKEN")
        name, secret = (parts if len(parts) == 2 else (DEFAULT_REVIEWER, parts[0]))
        if len(secret) < 16:
            raise InputError(f"{source}:{number}", "a token needs at least 16 characters "
                             "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe())'`)")
        tokens.append(Token(name, secret))
    if not tokens:
        raise InputError(source, "the token file holds no token")
    return tuple(tokens)


def match_token(tokens: tuple[Token, ...], header: str | None) -> Token | None:
    """The token an ``Authorization: Bearer ...`` header carries, or None. Every token is
    compared (in constant time), so timing does not tell which one nearly matched."""
    if not header:
        return None
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    given_bytes = given.strip().encode("utf-8")
    found = None
    for token in tokens:
        if hmac.compare_digest(token.secret.encode("utf-8"), given_bytes):
            found = token
    return found
