"""``read_inputs``: files, directories and stdin in; Articles and per-input failures out."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sitrep.errors import InputError
from sitrep.ingest.decode import decode_bytes, normalise_date
from sitrep.ingest.readers import parse_jsonl_line, read_html, read_html_file, read_text_file
from sitrep.ingest.warc import (
    WARC_SUFFIXES, Resume, WarcCounts, is_warc, last_offset, read_warc, record_prefix,
)
from sitrep.model import Article

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
STDIN = "-"
STDIN_SOURCE = "<stdin>"


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """An input (file, or one line of a JSONL file) that could not be read, and why.

    ``warning=True`` marks a note about an input that *was* read (e.g. decoded from
    windows-1252): it is recorded like a failure but the Article is yielded too.
    """

    source: str
    reason: str
    line: int | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {'warning: ' if self.warning else ''}{self.reason}"

    @classmethod
    def from_error(cls, error: InputError, *, line: int | None = None) -> IngestFailure:
        return cls(source=error.source, reason=error.problem, line=line)


def read_inputs(
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
    resume: Resume | None = None,
) -> Iterator[Article | IngestFailure]:
    """Yield an Article per readable input and an IngestFailure per unreadable one; never raise
    for one bad input.

    paths: files, directories (recursed, hidden entries skipped, files of other types ignored)
    or ``-`` for stdin (sniffed: JSONL, HTML or text). published: YYYY-MM-DD date given to
    articles whose input has none. stdin: the stream read for ``-`` (default ``sys.stdin``).
    resume: for WARC files, the record sources (``FILE@OFFSET``) a store already settled; the
    file is read on after the last of them (``sitrep.ingest.warc``).
    """
    if published is not None and normalise_date(published) is None:
        raise ValueError(f"published={published!r} is not a YYYY-MM-DD date")
    return _read_all(paths, published=normalise_date(published), stdin=stdin, resume=resume)


def _supported(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def _read_all(
    paths: Sequence[str | Path], *, published: str | None, stdin: BinaryIO | None,
    resume: Resume | None = None,
) -> Iterator[Article | IngestFailure]:
    for raw in paths:
        if str(raw) == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, published=published)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, published=published, resume=resume)
        elif not path.exists():
            yield IngestFailure(str(path), "no such file or directory")
        elif not _supported(path):
            yield IngestFailure(
                str(path),
                f"unsupported file type {path.suffix or '(no suffix)'!r}; "
                f"expected one of {', '.join(SUFFIXES)}",
            )
        else:
            yield from _read_file(path, published=published, resume=resume)


def _walk(directory: Path) -> Iterator[Path]:
    """Supported files under ``directory``, recursively, in a stable (sorted) order."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _supported(Path(name)):
                yield Path(root) / name


def _read_file(
    path: Path, *, published: str | None, resume: Resume | None = None
) -> Iterator[Article | IngestFailure]:
    if is_warc(path):
        yield from _read_warc_file(path, published=published, resume=resume)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        try:
            with path.open("rb") as handle:
                yield from _read_jsonl(handle, source=str(path), published=published)
        except OSError as exc:
            yield IngestFailure(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    notes: list[str] = []
    reader = read_html_file if suffix in HTML_SUFFIXES else read_text_file
    try:
        article = reader(path, published=published, on_warning=notes.append)
    except InputError as exc:
        yield IngestFailure.from_error(exc)
        return
    for note in notes:
        yield IngestFailure(str(path), note, warning=True)
    yield article


def _read_warc_file(
    path: Path, *, published: str | None, resume: Resume | None
) -> Iterator[Article | IngestFailure]:
    """The pages of a WARC file, then a note of what it held (one warning, the same each run)."""
    after = last_offset(path, resume(record_prefix(path))) if resume is not None else -1
    counts = WarcCounts()
    for item in read_warc(path, published=published, resume_after=after, counts=counts):
        yield IngestFailure.from_error(item) if isinstance(item, InputError) else item
    yield IngestFailure(str(path), counts.note(), warning=True)


def _read_jsonl(
    lines: Iterable[bytes], *, source: str, published: str | None
) -> Iterator[Article | IngestFailure]:
    seen_content = False
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen_content = True
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            yield IngestFailure(source, f"line {lineno} is not UTF-8", line=lineno)
            continue
        try:
            yield parse_jsonl_line(line, source=source, lineno=lineno, published=published)
        except InputError as exc:
            yield IngestFailure.from_error(exc, line=lineno)
    if not seen_content:
        yield IngestFailure(source, "empty file")


def _read_stdin(stream: BinaryIO, *, published: str | None) -> Iterator[Article | IngestFailure]:
    data = stream.read()
    head = data.lstrip()[:1]
    if head == b"{":
        yield from _read_jsonl(io.BytesIO(data), source=STDIN_SOURCE, published=published)
        return
    try:
        text, warning = decode_bytes(data, source=STDIN_SOURCE)
        if head == b"<":
            article = read_html(text, source=STDIN_SOURCE, published=published)
        else:
            article = Article(
                id=Article.make_id(text=text), text=text, published=published, source=STDIN_SOURCE
            )
    except InputError as exc:
        yield IngestFailure.from_error(exc)
        return
    if warning:
        yield IngestFailure(STDIN_SOURCE, warning, warning=True)
    yield article
