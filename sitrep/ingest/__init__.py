"""Ingest: turn text files, HTML pages, JSONL records and stdin into Articles.

``read_inputs`` never fails a batch for one bad input: it yields an ``IngestFailure`` naming the
input (and line) with a one-line reason, and goes on. The single-input readers raise
``sitrep.errors.InputError`` instead.
"""

from __future__ import annotations

from sitrep.ingest.decode import decode_bytes, normalise_date
from sitrep.ingest.inputs import SUFFIXES, IngestFailure, read_inputs
from sitrep.ingest.readers import parse_jsonl_line, read_html, read_html_file, read_text_file

__all__ = [
    "SUFFIXES",
    "IngestFailure",
    "decode_bytes",
    "normalise_date",
    "parse_jsonl_line",
    "read_html",
    "read_html_file",
    "read_inputs",
    "read_text_file",
]
