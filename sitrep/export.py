"""Write events or incidents as a readable table or as JSON, JSONL, ACLED CSV, GeoJSON.

    write_events(events, "csv", sys.stdout)

The CSV is the ACLED export of ``sitrep.dataset.acled`` (ACLED's 2023 columns, then sitrep's);
GeoJSON is ``sitrep.dataset.geojson`` (RFC 7946). ``write_events`` takes Events or
``EventRecord``s (events read from a store, with their article and incident id).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from sitrep.dataset.acled import EVENT_COLUMNS, INCIDENT_COLUMNS, names, write_acled_csv
from sitrep.dataset.geojson import write_geojson
from sitrep.dataset.records import EventRecord, IncidentRecord
from sitrep.model import Event

FORMATS = ("table", "json", "jsonl", "csv", "geojson")
CSV_COLUMNS = EVENT_COLUMNS
INCIDENT_CSV_COLUMNS = INCIDENT_COLUMNS


def acled_names() -> dict[str, Any]:
    """The sitrep -> ACLED vocabulary table (names, disorder types, inter codes, regions)."""
    return names()


def _records(events: Sequence[Event | EventRecord]) -> list[EventRecord]:
    return [e if isinstance(e, EventRecord) else EventRecord(e) for e in events]


def _write_dicts(items: Sequence[Any], out: TextIO, *, lines: bool) -> None:
    if lines:
        for item in items:
            out.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        return
    json.dump([item.to_dict() for item in items], out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_events(events: Sequence[Event | EventRecord], fmt: str, out: TextIO) -> None:
    """Write ``events`` to ``out`` in ``fmt``: table, json, jsonl, csv or geojson. Records read
    from a store carry ``incident_id`` (and, in the CSV, their article's url)."""
    writers = {
        "table": lambda: _write_table([getattr(e, "event", e) for e in events], out),
        "json": lambda: _write_dicts(events, out, lines=False),
        "jsonl": lambda: _write_dicts(events, out, lines=True),
        "csv": lambda: write_acled_csv(_records(events), out),
        "geojson": lambda: write_geojson(events, out),
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    writers[fmt]()


def _write_table(events: Sequence[Event], out: TextIO) -> None:
    from tabulate import tabulate

    if not events:
        out.write("(no events)\n")
        return
    names = acled_names()
    rows = []
    for e in events:
        place = e.location
        rows.append(
            [
                e.date or "?",
                names["event_type"].get(e.event_type, e.event_type),
                names["sub_event_type"].get(e.sub_event_type, e.sub_event_type),
                place.name if place else "",
                (place.country or "") if place else "",
                e.actor1.name if e.actor1 else "",
                e.actor2.name if e.actor2 else "",
                _killed(e),
                "background" if e.background else "",
            ]
        )
    headers = ["date", "type", "sub-type", "place", "country", "actor1", "actor2", "killed", "status"]
    out.write(tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True))
    out.write("\n")


def _killed(event: Event) -> str:
    f = event.fatalities
    if f.best is not None:
        return str(f.best)
    if f.low is not None or f.high is not None:
        return f"{'' if f.low is None else f.low}-{'' if f.high is None else f.high}"
    return ""


# -- incidents --------------------------------------------------------------------------------

INCIDENT_FORMATS = FORMATS


def write_incidents(incidents: Sequence[Any], fmt: str, out: TextIO) -> None:
    """Write ``incidents`` (``Incident``s or ``IncidentRecord``s) to ``out`` in ``fmt``: table,
    json, jsonl, csv (ACLED columns: ``fatalities`` is ACLED's conservative figure, the lowest
    any source reported; then the figures across sources) or geojson (RFC 7946)."""
    writers = {
        "table": lambda: _write_incident_table([getattr(i, "incident", i) for i in incidents], out),
        "json": lambda: _write_dicts(incidents, out, lines=False),
        "jsonl": lambda: _write_dicts(incidents, out, lines=True),
        "csv": lambda: write_acled_csv([i if isinstance(i, IncidentRecord) else IncidentRecord(i)
                                        for i in incidents], out, what="incidents"),
        "geojson": lambda: write_geojson(incidents, out),
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(INCIDENT_FORMATS)}")
    writers[fmt]()


def _write_incident_table(incidents: Sequence[Any], out: TextIO) -> None:
    from tabulate import tabulate

    if not incidents:
        out.write("(no incidents)\n")
        return
    names = acled_names()
    rows = []
    for i in incidents:
        place = i.location
        killed = "" if i.fatalities_best is None else str(i.fatalities_best)
        if i.fatalities_low is not None and i.fatalities_high != i.fatalities_low:
            killed += f" ({i.fatalities_low}-{i.fatalities_high})"
        rows.append([i.id, i.date or "?", names["sub_event_type"].get(i.sub_event_type, i.sub_event_type),
                     place.name if place else "", (place.country or "") if place else "",
                     killed, i.reports, ", ".join(sorted({s.outlet or s.article_id for s in i.sources}))])
    out.write(tabulate(rows, headers=["incident", "date", "sub-type", "place", "country", "killed",
                                      "reports", "outlets"], tablefmt="simple", disable_numparse=True))
    out.write("\n")
