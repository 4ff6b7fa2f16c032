"""One reader per input kind: a text file, an HTML page, a JSONL line. Each returns an Article or
raises InputError naming the input and the problem."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_bytes, normalise_date
from sitrep.model import Article

Warn = Callable[[str], None]

# An extracted page must hold at least one sentence-like line; navigation menus do not.
_MIN_SENTENCE_WORDS = 6


def read_text_file(
    path: str | Path, *, published: str | None = None, on_warning: Warn | None = None
) -> Article:
    """Read a plain-text (or Markdown) article. ``on_warning`` receives non-fatal notes such as
    "not UTF-8; decoded as windows-1252"."""
    source = str(path)
    text = _decode(_read_bytes(path), source=source, on_warning=on_warning)
    return Article(
        id=Article.make_id(text=text),
        text=text,
        published=_check_published(published, source=source),
        source=source,
    )


def read_html_file(
    path: str | Path, *, published: str | None = None, on_warning: Warn | None = None
) -> Article:
    """Read a saved HTML page (any encoding) and extract its article text."""
    source = str(path)
    html = _decode(_read_bytes(path), source=source, on_warning=on_warning)
    return read_html(html, source=source, published=published)


def read_html(
    html: str, *, source: str, url: str | None = None, published: str | None = None
) -> Article:
    """Extract the article of an HTML page with trafilatura (text, title, date, canonical URL).

    A date found in the page wins over ``published`` (the fallback for pages without one).
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not _has_sentence(text):
        raise InputError(source, "HTML page has no article text (only navigation or boilerplate)")
    page_url = getattr(doc, "url", None) or url
    return Article(
        id=Article.make_id(text=text, url=page_url),
        text=text,
        published=normalise_date(getattr(doc, "date", None))
        or _check_published(published, source=source),
        title=getattr(doc, "title", None) or None,
        url=page_url,
        source=source,
    )


def parse_jsonl_line(
    line: str, *, source: str, lineno: int, published: str | None = None
) -> Article:
    """One JSONL record ``{"id", "text", "published", "title"?, "url"?, "source"?}``.

    Keeps the record's own id; without one the id is ``Article.make_id(text, url)``.
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"line {lineno} is not JSON: {exc.msg}") from exc
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise InputError(source, f"line {lineno} is not a JSON object (got {kind})")
    text = data.get("text")
    if text is None:
        raise InputError(source, f"line {lineno} has no 'text'")
    if not isinstance(text, str):
        raise InputError(source, f"line {lineno}: 'text' is not a string")
    if not text.strip():
        raise InputError(source, f"line {lineno}: 'text' is empty")
    for key in ("id", "title", "url", "source"):
        if data.get(key) is not None and not isinstance(data[key], (str, int)):
            raise InputError(source, f"line {lineno}: '{key}' is not a string")
    raw_published = data.get("published")
    record_published = normalise_date(raw_published)
    if raw_published not in (None, "") and record_published is None:
        raise InputError(
            source, f"line {lineno}: 'published' is not a YYYY-MM-DD date (got {raw_published!r})"
        )
    url = _str_or_none(data.get("url"))
    return Article(
        id=_str_or_none(data.get("id")) or Article.make_id(text=text, url=url),
        text=text,
        published=record_published or _check_published(published, source=source),
        title=_str_or_none(data.get("title")),
        url=url,
        source=_str_or_none(data.get("source")) or source,
    )


def _read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(str(path), "is a directory, not a file") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from exc


def _decode(data: bytes, *, source: str, on_warning: Warn | None) -> str:
    text, warning = decode_bytes(data, source=source)
    if warning and on_warning is not None:
        on_warning(warning)
    return text


def _check_published(published: str | None, *, source: str) -> str | None:
    value = normalise_date(published)
    if published not in (None, "") and value is None:
        raise InputError(source, f"'published' is not a YYYY-MM-DD date (got {published!r})")
    return value


def _has_sentence(text: str) -> bool:
    return any(len(line.split()) >= _MIN_SENTENCE_WORDS for line in text.splitlines())


def _str_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)
