"""UCDP GED's CSV: GED's columns in GED's order (the header of the GED release files), then
sitrep's own.

``type_of_violence``, the regions and the country numbers come from ``sitrep/data/ucdp.json``
and ``countries.json``, ``where_prec``/``date_prec`` from ``precision_codes.json``. Columns that
need UCDP's conflict and actor registers (conflict, dyad and side ids, ``active_year``,
``code_status``) are empty. Deaths go to ``deaths_civilians`` for one-sided violence and to
``deaths_unknown`` otherwise, so that ``best`` is their sum as in GED; all are empty when no
source gave a figure.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from sitrep.dataset.cells import blank, coord, flag, joined, write_csv
from sitrep.dataset.countries import country, data_file
from sitrep.dataset.records import ArticleMeta, EventRecord, IncidentRecord
from sitrep.model import Actor, Place
from sitrep.precision import PrecisionCodes

GED_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)
EVENT_COLUMNS = GED_COLUMNS + ("article_id", "incident_id", "event_type", "sub_event_type", "background")
INCIDENT_COLUMNS = GED_COLUMNS + ("event_type", "sub_event_type", "fatalities_conservative", "reports",
                                  "first_reported", "last_reported", "event_ids", "article_ids",
                                  "background")


def codes() -> dict[str, Any]:
    return data_file("ucdp.json")


def type_of_violence(event_type: str, actor1: Actor | None, actor2: Actor | None) -> int | None:
    """1 state-based, 2 non-state, 3 one-sided; None for what GED does not cover."""
    table = codes()
    kinds = table["type_of_violence"]
    if event_type not in table["violent_event_types"]:
        return None
    if event_type in table["one_sided_event_types"] or (actor2 and actor2.type in table["one_sided_target_types"]):
        return kinds["one_sided"]
    if any(a is not None and a.type in table["state_actor_types"] for a in (actor1, actor2)):
        return kinds["state_based"]
    return kinds["non_state"]


def sides(actor1: Actor | None, actor2: Actor | None) -> tuple[Actor | None, Actor | None]:
    """GED's side_a is the state when one side is: swap a non-state actor1 with a state actor2."""
    state = codes()["state_actor_types"]
    if actor2 is not None and actor2.type in state and (actor1 is None or actor1.type not in state):
        return actor2, actor1
    return actor1, actor2


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """The PRIO-GRID cell (0.5 degrees, numbered from -90/-180 row by row, from 1)."""
    if lat is None or lon is None:
        return None
    size = codes()["priogrid_cell_degrees"]
    per_row = round(360 / size)
    row = min(math.floor((lat + 90) / size), round(180 / size) - 1)
    col = min(math.floor((lon + 180) / size), per_row - 1)
    return row * per_row + col + 1


def _gw(actor: Actor | None) -> int | None:
    if actor is None or actor.type not in codes()["state_actor_types"]:
        return None
    found = country(actor.country)
    return found.gw if found else None


def _ged_columns(*, row_id: str, event_type: str, date_start: str | None, date_end: str | None,
                 codes_: PrecisionCodes, actor1: Actor | None, actor2: Actor | None,
                 place: Place | None, articles: Sequence[ArticleMeta], reported_by: Iterable[str],
                 best: int | None, low: int | None, high: int | None) -> dict[str, Any]:
    violence = type_of_violence(event_type, actor1, actor2)
    side_a, side_b = sides(actor1, actor2)
    where = country(place.country if place else None)
    lat, lon = (place.lat, place.lon) if place else (None, None)
    one_sided = violence == codes()["type_of_violence"]["one_sided"]
    known = best is not None
    return {
        "id": row_id,
        "relid": row_id,
        "year": date_start[:4] if date_start else "",
        "active_year": "",
        "code_status": "",
        "type_of_violence": blank(violence),
        "conflict_dset_id": "", "conflict_new_id": "", "conflict_name": "",
        "dyad_dset_id": "", "dyad_new_id": "",
        "dyad_name": f"{side_a.name} - {side_b.name}" if side_a and side_b else "",
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": side_a.name if side_a else "",
        "side_b_dset_id": "", "side_b_new_id": "", "side_b": side_b.name if side_b else "",
        "number_of_sources": len(articles),
        "source_article": ";".join(f'"{a.outlet or ""},{a.published or ""},{a.title or ""}"' for a in articles),
        "source_office": ";".join(a.outlet or "" for a in articles),
        "source_date": ";".join(a.published or "" for a in articles),
        "source_headline": ";".join(a.title or "" for a in articles),
        "source_original": joined(reported_by),
        "where_prec": blank(codes_.ucdp_where_prec),
        "where_coordinates": place.name if place else "",
        "where_description": blank(place.mention) if place else "",
        "adm_1": blank(place.admin1) if place else "",
        "adm_2": blank(place.admin2) if place else "",
        "latitude": coord(lat),
        "longitude": coord(lon),
        "geom_wkt": f"POINT ({coord(lon)} {coord(lat)})" if lat is not None and lon is not None else "",
        "priogrid_gid": blank(priogrid_gid(lat, lon)),
        "country": (where.ucdp_name or where.name) if where else "",
        "country_id": blank(where.gw) if where else "",
        "region": blank(where.ucdp_region) if where else "",
        "event_clarity": codes()["event_clarity"]["clear"],
        "date_prec": blank(codes_.ucdp_date_prec),
        "date_start": date_start or "",
        "date_end": date_end or "",
        "deaths_a": 0 if known else "",
        "deaths_b": 0 if known else "",
        "deaths_civilians": (best if one_sided else 0) if known else "",
        "deaths_unknown": (0 if one_sided else best) if known else "",
        "best": blank(best),
        "high": blank(high if high is not None else best),
        "low": blank(low if low is not None else best),
        "gwnoa": blank(_gw(side_a)),
        "gwnob": blank(_gw(side_b)),
    }


def event_row(record: EventRecord) -> dict[str, Any]:
    e = record.event
    row = _ged_columns(row_id=e.id, event_type=e.event_type, date_start=e.date, date_end=e.date,
                       codes_=record.codes(), actor1=e.actor1, actor2=e.actor2, place=e.location,
                       articles=record.articles(), reported_by=e.reported_by,
                       best=e.fatalities.best, low=e.fatalities.low, high=e.fatalities.high)
    row.update({"article_id": e.article_id, "incident_id": blank(record.incident_id),
                "event_type": e.event_type, "sub_event_type": e.sub_event_type,
                "background": flag(e.background)})
    return row


def incident_row(record: IncidentRecord) -> dict[str, Any]:
    inc = record.incident
    actor1, actor2 = record.main_actors()
    row = _ged_columns(row_id=inc.id, event_type=inc.event_type, date_start=inc.date_from or inc.date,
                       date_end=inc.date_to or inc.date, codes_=record.codes(), actor1=actor1,
                       actor2=actor2, place=inc.location, articles=record.articles(),
                       reported_by=[n for s in inc.sources for n in s.reported_by],
                       best=inc.fatalities_best, low=inc.fatalities_low, high=inc.fatalities_high)
    row.update({"event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
                "fatalities_conservative": blank(inc.fatalities_conservative), "reports": inc.reports, "first_reported": blank(inc.first_reported),
                "last_reported": blank(inc.last_reported),
                "event_ids": "; ".join(s.event_id for s in inc.sources),
                "article_ids": joined(s.article_id for s in inc.sources),
                "background": flag(inc.background)})
    return row


def write_ucdp_csv(records: Iterable[EventRecord | IncidentRecord], out: TextIO, *,
                   what: str = "events") -> int:
    """Write the records as UCDP GED CSV (``what``: events or incidents); the number written."""
    columns, to_row = (EVENT_COLUMNS, event_row) if what == "events" else (INCIDENT_COLUMNS, incident_row)
    return write_csv(records, out, columns, to_row)
