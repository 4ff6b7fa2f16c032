"""The keys an article is recognised by: its URLs (normalised: scheme and host lower-cased,
default port, fragment and click-tracking parameters dropped) and the hash of its text."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit


@cache
def _tracking() -> tuple[frozenset[str], tuple[str, ...]]:
    names, prefixes = set(), []
    text = resources.files("sitrep.feeds").joinpath("data/tracking_params.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            if line.endswith("*"):
                prefixes.append(line[:-1])
            else:
                names.add(line)
    return frozenset(names), tuple(prefixes)


def normalise_url(url: str) -> str:
    """``url`` in the form two links to one page share (unparseable URLs come back stripped)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    names, prefixes = _tracking()
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k not in names and not k.startswith(prefixes)]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def url_key(url: str) -> str:
    return "url:" + normalise_url(url)


def guid_key(feed_url: str, guid: str) -> str:
    """A feed item's guid (unique within its feed only)."""
    return f"guid:{normalise_url(feed_url)} {guid.strip()}"


def text_key(text: str) -> str:
    """The hash of the article text, whitespace-insensitive: one article under two URLs."""
    return "text:" + hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
