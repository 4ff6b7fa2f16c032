"""Bytes to text: UTF-8 first, then charset detection, with the guess reported as a warning."""

from __future__ import annotations

import codecs
import datetime as _dt

from sitrep.errors import InputError

# Single-byte Western code pages that charset detection confuses on short English text; when
# the bytes decode as windows-1252 (by far the most common non-UTF-8 news encoding) we prefer it.
_LATIN_LIKE = {
    "cp1250", "cp1252", "cp1257", "cp1258", "cp775", "cp437", "cp850", "cp852", "cp858",
    "latin_1", "iso8859_2", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_15",
    "mac_roman", "mac_latin2", "mac_iceland", "hp_roman8",
}
_FRIENDLY = {"cp1250": "windows-1250", "cp1251": "windows-1251", "cp1252": "windows-1252",
             "cp1253": "windows-1253", "cp1254": "windows-1254", "cp1256": "windows-1256",
             "latin_1": "iso-8859-1"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_bytes(data: bytes, *, source: str) -> tuple[str, str | None]:
    """Decode file bytes; return ``(text, warning)`` where warning names a non-UTF-8 guess.

    Raises InputError for empty input, binary data (NUL bytes) or bytes no encoding fits.
    Line endings are normalised to ``\\n`` so character offsets do not depend on the platform.
    """
    if not data.strip():
        raise InputError(source, "empty file" if not data else "empty file (only whitespace)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _newlines(data.decode(encoding)), None
            except UnicodeDecodeError:
                break
    if b"\x00" in data:
        raise InputError(source, "binary file (found NUL bytes), not text")
    try:
        return _newlines(data.decode("utf-8-sig")), None
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    if encoding is None:
        raise InputError(source, "not UTF-8 and no character encoding fits; convert it to UTF-8")
    text = data.decode(encoding)
    name = _FRIENDLY.get(encoding, encoding.replace("_", "-"))
    return _newlines(text), f"not UTF-8; decoded as {name}"


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = codecs.lookup(best.encoding).name.replace("-", "_") if best is not None else None
    if guess is None or guess in _LATIN_LIKE:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return guess


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_date(value: object) -> str | None:
    """An ISO date or datetime (``2020-06-16``, ``2020-06-16T17:32:36Z``) as ``YYYY-MM-DD``.

    Returns None when the value is not an ISO date; None and "" pass through as None.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return _dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return _dt.datetime.fromisoformat(text.replace("z", "Z")).date().isoformat()
    except ValueError:
        return None
