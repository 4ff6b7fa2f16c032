"""Web archives: the article of every HTML page a WARC file (``.warc`` or ``.warc.gz``) holds.

Each record is named ``FILE@OFFSET`` (the byte offset of the record in the file, as CDX indexes
name it): that is the ``source`` of its Article or failure. ``sitrep ingest`` writes records in
file order, so after a crash every record up to the last one stored is settled: a re-run
resumes after it (``resume_after``) without reading those pages again. (Resuming from the set
of settled records instead would be wrong: a page captured twice is stored under its later
record, and re-reading the earlier one would replace the later text.) Responses that are not
HTML or not status 200, revisit records and the other record types (requests, metadata,
warcinfo) are skipped and counted; the counts, the same on every run, end the file as a note.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.readers import read_html
from sitrep.model import Article

WARC_SUFFIXES = (".warc", ".warc.gz")
_HTML = ("text/html", "application/xhtml+xml")

# Given a WARC file's record prefix ("FILE@"), the record sources the store already settled.
Resume = Callable[[str], Collection[str]]


def last_offset(path: str | Path, sources: Collection[str]) -> int:
    """The offset of the last record of ``path`` among ``sources`` (``FILE@OFFSET``), -1 if none."""
    prefix = record_prefix(path)
    offsets = [s[len(prefix):] for s in sources if s.startswith(prefix)]
    return max((int(o) for o in offsets if o.isdigit()), default=-1)


@dataclass
class WarcCounts:
    """What one read of a WARC file met (``pages``: HTML responses, resumed ones included)."""

    pages: int = 0
    not_html: int = 0
    not_ok: int = 0
    revisits: int = 0
    other: int = 0
    resumed: int = 0

    def note(self) -> str:
        """What the file holds (the same whether the run resumed or not)."""
        return (f"WARC: {self.pages} HTML pages; skipped {self.not_html} not HTML, "
                f"{self.not_ok} not status 200, {self.revisits} revisits, {self.other} other "
                "records")


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def record_prefix(path: str | Path) -> str:
    return f"{path}@"


def read_warc(
    path: str | Path,
    *,
    published: str | None = None,
    resume_after: int = -1,
    counts: WarcCounts | None = None,
) -> Iterator[Article | InputError]:
    """Yield the Article of each HTML response record, or the InputError of a record that has
    none; records at offsets up to ``resume_after`` are skipped (counted in ``resumed``). A file
    that cannot be opened, or stops being a WARC part-way (truncated, corrupt), ends with an
    InputError naming the place.

    ``published`` (YYYY-MM-DD) is the date for pages that state none; without it, the day the
    page was archived (WARC-Date).
    """
    from warcio.archiveiterator import ArchiveIterator

    counts = counts if counts is not None else WarcCounts()
    try:
        stream = open(path, "rb")  # noqa: SIM115 (closed in finally; a generator holds it)
    except OSError as exc:
        yield InputError(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    head = stream.read(5)
    stream.seek(0)
    if not (head.startswith(b"\x1f\x8b") or head == b"WARC/"):
        stream.close()
        yield InputError(str(path), "not a WARC file (it starts neither with 'WARC/' nor with "
                                    "a gzip header)")
        return
    records = ArchiveIterator(stream, check_digests=False)
    end = 0  # where the last whole record ends
    try:
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as exc:  # warcio raises several kinds on corrupt input
                yield InputError(_at(path, end), f"not a readable WARC record ({_one_line(exc)}); "
                                 "the rest of the file is skipped")
                return
            offset = records.offset  # where it starts (get_record_offset() would read it whole)
            source = _at(path, offset)
            if record.length is None:  # headers cut off: WARC requires a Content-Length
                yield InputError(source, "WARC record without a Content-Length (a truncated "
                                         "file?); the rest of the file is skipped")
                return
            try:
                item = _page(record, source=source, published=published,
                             skip=offset <= resume_after, counts=counts)
            except InputError as exc:
                item = exc
            except Exception as exc:  # a record whose payload breaks warcio mid-read
                item = InputError(source, f"record cannot be read ({_one_line(exc)})")
            if item is not None:
                yield item
            try:
                end = records.get_record_offset() + records.get_record_length()
            except Exception as exc:
                yield InputError(source, f"not a readable WARC record ({_one_line(exc)}); "
                                 "the rest of the file is skipped")
                return
            if _missing(record):  # a skipped record may be the one cut short
                if not isinstance(item, InputError):
                    yield InputError(source, _cut_short(record))
                return
    finally:
        stream.close()
    rest = _trailing(path, end)
    if rest:
        yield InputError(_at(path, end), f"the last {rest} bytes are no complete WARC record "
                         "(a truncated file?)")


def _at(path: str | Path, offset: int) -> str:
    """The name of the record at ``offset`` (the file's, when warcio lost count on garbage)."""
    return f"{path}@{offset}" if offset >= 0 else str(path)


def _missing(record) -> int:
    """Bytes of the record's block the file lacks (read to its end first)."""
    return getattr(record.raw_stream, "limit", 0) or 0


def _cut_short(record) -> str:
    return (f"record cut short ({_missing(record)} of its {record.length} bytes missing: "
            "a truncated file?)")


def _trailing(path: str | Path, end: int) -> int:
    """How many bytes after ``end`` are not blank (0 when the file ends with its last record)."""
    with open(path, "rb") as handle:
        handle.seek(end)
        rest = handle.read()
    return len(rest) if rest.strip() else 0


def _page(record, *, source: str, published: str | None, skip: bool,
          counts: WarcCounts) -> Article | None:
    """The Article of one record; None for a record skipped (and counted)."""
    if record.rec_type == "revisit":
        counts.revisits += 1
        return None
    if record.rec_type != "response" or record.http_headers is None:
        counts.other += 1
        return None
    status = record.http_headers.get_statuscode()
    if status != "200":
        counts.not_ok += 1
        return None
    media = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media not in _HTML:
        counts.not_html += 1
        return None
    counts.pages += 1
    if skip:
        counts.resumed += 1
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    body = record.content_stream().read()
    if _missing(record):
        raise InputError(source, _cut_short(record))
    html = _decode(body, record.http_headers.get_header("Content-Type") or "", source=source)
    return read_html(html, source=source, url=url,
                     published=published or _warc_day(record.rec_headers.get_header("WARC-Date")))


def _decode(body: bytes, content_type: str, *, source: str) -> str:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            try:
                return body.decode(value.strip("\"' ")).replace("\r\n", "\n")
            except (LookupError, UnicodeDecodeError):
                break
    return decode_bytes(body, source=source)[0]


def _warc_day(value: str | None) -> str | None:
    try:
        return _dt.datetime.fromisoformat((value or "").replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
