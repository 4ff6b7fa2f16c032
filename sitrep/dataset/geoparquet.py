"""GeoParquet 1.1 written with pyarrow: one flat row per record, typed columns (dates as
dates, tolls as nullable integers, lists as lists) and a WKB ``geometry`` column, null when
the record has no coordinates. The ``geo`` file metadata names the column, its encoding, its
geometry types and its bbox; no ``crs`` means OGC:CRS84 (lon/lat, WGS 84).

pyarrow is the ``parquet`` extra: ``pip install 'sitrep[parquet]'``.
"""

from __future__ import annotations

import datetime as dt
import json
import struct
from collections.abc import Sequence
from typing import IO, Any

from sitrep.dataset.records import EventRecord, IncidentRecord
from sitrep.errors import ExportError

GEOPARQUET_VERSION = "1.1.0"


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ExportError(
            f"geoparquet needs pyarrow, which is not installed ({exc}). Install it with "
            "pip install 'sitrep[parquet]'") from exc
    return pyarrow


def wkb_point(lon: float, lat: float) -> bytes:
    """ISO WKB of a 2D point, little-endian: byte order 1, geometry type 1, x, y."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ExportError(f"date {value!r} is not YYYY-MM-DD, so it cannot be a date column. "
                          "Re-extract the article (sitrep reprocess --all)") from None


def _place_columns(place: Any) -> dict[str, Any]:
    located = place is not None and place.lat is not None and place.lon is not None
    return {
        "location": place.name if place else None,
        "location_mention": place.mention if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "country": place.country if place else None,
        "latitude": place.lat if located else None,
        "longitude": place.lon if located else None,
        "place_precision": place.precision if place else None,
        "geonames_id": place.geonames_id if place else None,
        "geometry": wkb_point(place.lon, place.lat) if located else None,
    }


def event_columns(record: EventRecord) -> dict[str, Any]:
    e, article = record.event, record.article
    return {
        "id": e.id, "article_id": e.article_id, "incident_id": record.incident_id,
        "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "event_date": _day(e.date), "date_precision": e.date_precision,
        **_place_columns(e.location),
        "actor1": e.actor1.name if e.actor1 else None, "actor1_type": e.actor1.type if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None, "actor2_type": e.actor2.type if e.actor2 else None,
        "fatalities_best": e.fatalities.best, "fatalities_low": e.fatalities.low,
        "fatalities_high": e.fatalities.high, "injured": e.injured,
        "reported_by": list(e.reported_by), "background": e.background,
        "confidence": round(e.confidence, 3), "evidence": " ".join(ev.text for ev in e.evidence),
        "flags": list(e.flags), "url": article.url if article else None,
        "outlet": article.outlet if article else None,
        "published": _day(article.published) if article else None,
        "pipeline_version": e.pipeline_version,
    }


def incident_columns(record: IncidentRecord) -> dict[str, Any]:
    inc = record.incident
    return {
        "id": inc.id, "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
        "event_date": _day(inc.date), "date_from": _day(inc.date_from), "date_to": _day(inc.date_to),
        **_place_columns(inc.location),
        "actors": list(inc.actors),
        "fatalities_best": inc.fatalities_best, "fatalities_low": inc.fatalities_low,
        "fatalities_high": inc.fatalities_high, "fatalities_conservative": inc.fatalities_conservative,
        "reports": inc.reports, "first_reported": _day(inc.first_reported),
        "last_reported": _day(inc.last_reported),
        "outlets": list(dict.fromkeys(a.outlet for a in record.articles() if a.outlet)),
        "urls": list(dict.fromkeys(s.url for s in inc.sources if s.url)),
        "article_ids": list(dict.fromkeys(s.article_id for s in inc.sources)),
        "event_ids": [s.event_id for s in inc.sources],
        "background": inc.background,
    }


def _schema(pa, what: str):
    s, i, f, d, b = pa.string(), pa.int64(), pa.float64(), pa.date32(), pa.bool_()
    strings = pa.list_(pa.string())
    place = [("location", s), ("location_mention", s), ("admin1", s), ("admin2", s), ("country", s),
             ("latitude", f), ("longitude", f), ("place_precision", s), ("geonames_id", i)]
    if what == "events":
        fields = [("id", s), ("article_id", s), ("incident_id", s), ("event_type", s),
                  ("sub_event_type", s), ("event_date", d), ("date_precision", s), *place,
                  ("actor1", s), ("actor1_type", s), ("actor2", s), ("actor2_type", s),
                  ("fatalities_best", i), ("fatalities_low", i), ("fatalities_high", i), ("injured", i),
                  ("reported_by", strings), ("background", b), ("confidence", f), ("evidence", s),
                  ("flags", strings), ("url", s), ("outlet", s), ("published", d),
                  ("pipeline_version", s)]
    else:
        fields = [("id", s), ("event_type", s), ("sub_event_type", s), ("event_date", d),
                  ("date_from", d), ("date_to", d), *place, ("actors", strings),
                  ("fatalities_best", i), ("fatalities_low", i), ("fatalities_high", i),
                  ("fatalities_conservative", i), ("reports", i), ("first_reported", d),
                  ("last_reported", d), ("outlets", strings), ("urls", strings),
                  ("article_ids", strings), ("event_ids", strings), ("background", b)]
    return pa.schema([*fields, ("geometry", pa.binary())])


def geo_metadata(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The ``geo`` file metadata of GeoParquet 1.1 for the rows' ``geometry`` column."""
    points = [(r["longitude"], r["latitude"]) for r in rows if r["geometry"] is not None]
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"] if points else []}
    if points:
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        column["bbox"] = [min(xs), min(ys), max(xs), max(ys)]
    return {"version": GEOPARQUET_VERSION, "primary_column": "geometry", "columns": {"geometry": column}}


def write_geoparquet(records: Sequence[EventRecord | IncidentRecord], out: str | IO[bytes], *,
                     what: str = "events") -> int:
    """Write the records as a GeoParquet file (a path or a binary file); the number of rows."""
    pa = _pyarrow()
    to_columns = event_columns if what == "events" else incident_columns
    rows = [to_columns(r) for r in records]  # type: ignore[arg-type]
    table = pa.Table.from_pylist(rows, schema=_schema(pa, what))
    table = table.replace_schema_metadata({b"geo": json.dumps(geo_metadata(rows)).encode("utf-8")})
    pa.parquet.write_table(table, out)
    return len(rows)
