"""The dataset exports: stored events or incidents as the files analysts load.

    from sitrep.dataset import export_dataset
    export_dataset(store, what="incidents", fmt="ucdp-csv", output="incidents.csv")

- ``records``: what a row is made of (an event with its article and incident; an incident with
  its member events and articles), read from the store in bulk;
- ``acled``: ACLED's 2023 columns; ``ucdp``: UCDP GED's columns; ``countries``: their country
  and region codes (tables in ``sitrep/data``);
- ``geojson``: RFC 7946; ``geoparquet``: GeoParquet 1.1 (pyarrow, the ``parquet`` extra);
- ``jsonl``: each record whole, one JSON object a line.

A file is written next to its target and renamed over it only when complete, so a failed
export leaves the previous file as it was.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from sitrep.dataset.acled import write_acled_csv
from sitrep.dataset.geojson import write_geojson
from sitrep.dataset.geoparquet import write_geoparquet
from sitrep.dataset.records import EventRecord, IncidentRecord, event_records, incident_records
from sitrep.dataset.ucdp import write_ucdp_csv
from sitrep.errors import ExportError

WHAT = ("events", "incidents")
EXPORT_FORMATS = ("acled-csv", "ucdp-csv", "geojson", "geoparquet", "jsonl")
BINARY_FORMATS = frozenset({"geoparquet"})

__all__ = ["EXPORT_FORMATS", "WHAT", "EventRecord", "ExportResult", "IncidentRecord", "event_records",
           "export_dataset", "incident_records", "load_records", "write_records"]


@dataclass(frozen=True, slots=True)
class ExportResult:
    what: str
    fmt: str
    rows: int
    output: str


def write_jsonl(records: Sequence[Any], out: IO[str]) -> int:
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    return len(records)


def write_records(records: Sequence[EventRecord | IncidentRecord], fmt: str, out: Any, *,
                  what: str = "events") -> int:
    """Write ``records`` to ``out`` (a text file; for geoparquet a binary file or a path)."""
    writers: dict[str, Callable[[], int]] = {
        "acled-csv": lambda: write_acled_csv(records, out, what=what),
        "ucdp-csv": lambda: write_ucdp_csv(records, out, what=what),
        "geojson": lambda: write_geojson(records, out),
        "geoparquet": lambda: write_geoparquet(records, out, what=what),
        "jsonl": lambda: write_jsonl(records, out),
    }
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
    if what not in WHAT:
        raise ExportError(f"cannot export {what!r}; choose events or incidents")
    return writers[fmt]()


def load_records(store: Any, what: str, **filters: Any) -> list[EventRecord] | list[IncidentRecord]:
    """The stored events (``query_events`` filters) or incidents (``query_incidents``
    filters) with what their rows need."""
    if what == "events":
        return event_records(store, store.query_events(**filters))
    if what == "incidents":
        from sitrep.incidents import query_incidents

        return incident_records(store, query_incidents(store, **filters))
    raise ExportError(f"cannot export {what!r}; choose events or incidents")


@contextmanager
def _replacing(output: str, binary: bool) -> Iterator[IO[Any]]:
    """A file that replaces ``output`` only when the block ends without an error."""
    target = Path(output)
    if not target.parent.is_dir():
        raise ExportError(f"{output}: folder {str(target.parent)!r} does not exist. Create it or "
                          "choose another -o")
    # open(..., "x") rather than mkstemp: the file gets the permissions the umask gives, not 0600
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        with open(tmp, "xb" if binary else "x", **({} if binary else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_dataset(store: Any, *, what: str, fmt: str, output: str, **filters: Any) -> ExportResult:
    """Write the store's events or incidents matching ``filters`` to ``output`` ('-': stdout)."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
    records = load_records(store, what, **filters)
    binary = fmt in BINARY_FORMATS
    if output == "-":
        out = sys.stdout.buffer if binary else sys.stdout
        rows = write_records(records, fmt, out, what=what)
        out.flush()
    else:
        with _replacing(output, binary) as out:
            rows = write_records(records, fmt, out, what=what)
    return ExportResult(what, fmt, rows, output)
