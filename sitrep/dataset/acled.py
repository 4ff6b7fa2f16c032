"""ACLED's CSV: the 31 columns of ACLED's 2023 codebook in ACLED's order, then sitrep's own.

Codes come from ``sitrep/data/acled_names.json`` (names, disorder types, inter codes, regions)
and ``precision_codes.json``. Columns sitrep cannot fill are empty: ``assoc_actor_*``,
``admin3``, ``source_scale`` and ``timestamp``. ``fatalities`` is empty when no source gave a
figure (ACLED writes 0; sitrep keeps "not stated" apart from "none"); for an incident it is
ACLED's conservative figure, the lowest any source reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.dataset.cells import blank, coord, flag, joined, write_csv
from sitrep.dataset.countries import country, data_file
from sitrep.dataset.records import EventRecord, IncidentRecord
from sitrep.model import Actor, Place
from sitrep.precision import PrecisionCodes

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
EVENT_COLUMNS = ACLED_COLUMNS + (
    "article_id", "incident_id", "url", "country_code", "fatalities_low", "fatalities_high",
    "injured", "background", "confidence",
)
INCIDENT_COLUMNS = ACLED_COLUMNS + (
    "fatalities_best", "fatalities_low", "fatalities_high", "reports", "first_reported",
    "last_reported", "date_from", "date_to", "outlets", "urls", "article_ids", "event_ids",
    "country_code", "background",
)


def names() -> dict[str, Any]:
    return data_file("acled_names.json")


def inter_code(actor: Actor | None) -> int | None:
    return names()["inter"].get(actor.type) if actor else None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: both inter codes, smaller first (17); one actor alone: 10 * code."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) == 2 else 0)


def _acled_columns(*, row_id: str, event_type: str, sub_event_type: str, date: str | None,
                   codes: PrecisionCodes, actor1: Actor | None, actor2: Actor | None,
                   place: Place | None, source: str, notes: str, fatalities: int | None,
                   tags: str) -> dict[str, Any]:
    table = names()
    where = country(place.country if place else None)
    inter1, inter2 = inter_code(actor1), inter_code(actor2)
    targeting = table["civilian_targeting"]
    return {
        "event_id_cnty": row_id,
        "event_date": date or "",
        "year": date[:4] if date else "",
        "time_precision": blank(codes.acled_time_precision),
        "disorder_type": table["disorder_type_by_sub_event"].get(sub_event_type)
        or table["disorder_type"].get(event_type, ""),
        "event_type": table["event_type"].get(event_type, event_type),
        "sub_event_type": table["sub_event_type"].get(sub_event_type, sub_event_type),
        "actor1": actor1.name if actor1 else "",
        "assoc_actor_1": "",
        "inter1": blank(inter1),
        "actor2": actor2.name if actor2 else "",
        "assoc_actor_2": "",
        "inter2": blank(inter2),
        "interaction": blank(interaction(inter1, inter2)),
        "civilian_targeting": targeting["value"]
        if actor2 is not None and actor2.type in targeting["target_types"] else "",
        "iso": blank(where.isonumeric) if where else "",
        "region": blank(where.acled_region) if where else "",
        "country": where.name if where else "",
        "admin1": blank(place.admin1) if place else "",
        "admin2": blank(place.admin2) if place else "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": coord(place.lat) if place else "",
        "longitude": coord(place.lon) if place else "",
        "geo_precision": blank(codes.acled_geo_precision),
        "source": source,
        "source_scale": "",
        "notes": notes,
        "fatalities": blank(fatalities),
        "tags": tags,
        "timestamp": "",
    }


def event_row(record: EventRecord) -> dict[str, Any]:
    """One event as an ACLED row, then its article, incident and the figures ACLED lacks."""
    e = record.event
    article = record.article
    row = _acled_columns(
        row_id=e.id, event_type=e.event_type, sub_event_type=e.sub_event_type, date=e.date,
        codes=record.codes(), actor1=e.actor1, actor2=e.actor2, place=e.location,
        source=joined([article.outlet if article else None, *e.reported_by]),
        notes=" ".join(ev.text for ev in e.evidence), fatalities=e.fatalities.best,
        tags="; ".join(e.flags))
    row.update({
        "article_id": e.article_id,
        "incident_id": blank(record.incident_id),
        "url": blank(article.url) if article else "",
        "country_code": blank(e.location.country) if e.location else "",
        "fatalities_low": blank(e.fatalities.low),
        "fatalities_high": blank(e.fatalities.high),
        "injured": blank(e.injured),
        "background": flag(e.background),
        "confidence": round(e.confidence, 3),
    })
    return row


def incident_row(record: IncidentRecord) -> dict[str, Any]:
    """One incident as an ACLED row: the main actors, every source, the first report's words
    as notes, the conservative toll; then the figures across sources and the provenance."""
    inc = record.incident
    actor1, actor2 = record.main_actors()
    first = record.events[0] if record.events else None
    row = _acled_columns(
        row_id=inc.id, event_type=inc.event_type, sub_event_type=inc.sub_event_type, date=inc.date,
        codes=record.codes(), actor1=actor1, actor2=actor2, place=inc.location,
        source=joined([*(a.outlet for a in record.articles()), *(n for s in inc.sources for n in s.reported_by)]),
        notes=" ".join(ev.text for ev in first.evidence) if first else "",
        fatalities=inc.fatalities_conservative, tags="")
    row.update({
        "fatalities_best": blank(inc.fatalities_best),
        "fatalities_low": blank(inc.fatalities_low),
        "fatalities_high": blank(inc.fatalities_high),
        "reports": inc.reports,
        "first_reported": blank(inc.first_reported),
        "last_reported": blank(inc.last_reported),
        "date_from": blank(inc.date_from),
        "date_to": blank(inc.date_to),
        "outlets": joined(a.outlet for a in record.articles()),
        "urls": joined(s.url for s in inc.sources),
        "article_ids": joined(s.article_id for s in inc.sources),
        "event_ids": "; ".join(s.event_id for s in inc.sources),
        "country_code": blank(inc.location.country) if inc.location else "",
        "background": flag(inc.background),
    })
    return row


def write_acled_csv(records: Iterable[EventRecord | IncidentRecord], out: TextIO, *,
                    what: str = "events") -> int:
    """Write the records as ACLED CSV (``what``: events or incidents); the number written."""
    columns, to_row = (EVENT_COLUMNS, event_row) if what == "events" else (INCIDENT_COLUMNS, incident_row)
    return write_csv(records, out, columns, to_row)
