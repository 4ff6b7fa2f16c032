"""Cells and rows shared by the CSV formats."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO


def blank(value: Any) -> Any:
    """A CSV cell: None is empty."""
    return "" if value is None else value


def coord(value: float | None) -> float | str:
    """A coordinate to 4 decimals (about 11 m), as every sitrep output rounds it."""
    return "" if value is None else round(value, 4)


def joined(values: Iterable[str | None]) -> str:
    """Distinct non-empty values in first-seen order, joined as ACLED joins sources."""
    return "; ".join(dict.fromkeys(v for v in values if v))


def flag(value: bool) -> str:
    return "true" if value else "false"


def write_csv(records: Iterable[Any], out: TextIO, columns: Sequence[str],
              to_row: Callable[[Any], dict[str, Any]]) -> int:
    """A header, then one row per record; the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(to_row(record))
        n += 1
    return n
