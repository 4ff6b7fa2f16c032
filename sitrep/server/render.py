"""Event and incident records as the API answers them (the shapes of docs/api.md), and the
json / geojson / csv renderings of a page."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from fastapi.responses import JSONResponse, Response

from sitrep.review import ReviewState, records_for, review_state
from sitrep.server.errors import bad_parameter
from sitrep.store.sql import SQLStore

FORMATS = ("json", "geojson", "csv")


def event_records(store: SQLStore, rows: Sequence[Sequence[Any]]) -> list[dict[str, Any]]:
    """API records of ``(json, incident_id)`` event rows: the stored event, its incident and
    its review."""
    records = records_for(store, [json.loads(r[0])["id"] for r in rows]) if rows else {}
    out = []
    for raw, incident_id in rows:
        event = json.loads(raw)
        event["incident_id"] = incident_id
        event["review"] = review_state(records.get(event["id"], [])).to_dict()
        out.append(event)
    return out


def select_fields(items: list[dict[str, Any]], fields: str | None, allowed: Sequence[str]
                  ) -> list[dict[str, Any]]:
    """Only the ``fields`` (``a|b``) of each record, ``id`` always kept."""
    if not fields:
        return items
    wanted = [f.strip() for f in fields.split("|") if f.strip()]
    unknown = [f for f in wanted if f not in allowed]
    if unknown:
        raise bad_parameter("fields", f"fields: unknown {', '.join(repr(f) for f in unknown[:5])}; "
                                      f"allowed: {', '.join(allowed)}")
    keep = ["id"] + [f for f in wanted if f != "id"]
    return [{k: item.get(k) for k in keep} for item in items]


def _point(item: dict[str, Any]) -> dict[str, Any] | None:
    place = item.get("location")
    review = item.get("review") or {}
    place = (review.get("corrected") or {}).get("location") or place
    if not place or place.get("lat") is None or place.get("lon") is None:
        return None
    return {"type": "Feature", "id": item["id"],
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": item}


def page_response(items: list[dict[str, Any]], next_cursor: str | None, fmt: str,
                  csv_row: Any = None, csv_columns: Sequence[str] = ()) -> Response:
    """One page in ``fmt``; ``csv_row(item) -> dict`` gives the CSV columns."""
    if fmt == "geojson":
        features = [f for f in (_point(i) for i in items) if f is not None]
        return JSONResponse({"type": "FeatureCollection", "features": features,
                             "unlocated": len(items) - len(features), "next": next_cursor},
                            media_type="application/geo+json")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(csv_columns), lineterminator="\n",
                                extrasaction="ignore")
        writer.writeheader()
        for item in items:
            writer.writerow(csv_row(item))
        headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    return JSONResponse({"data": items, "next": next_cursor})


def review_columns(state: dict[str, Any] | ReviewState | None) -> dict[str, str]:
    if isinstance(state, ReviewState):
        state = state.to_dict()
    state = state or {}
    corrected = state.get("corrected") or {}
    return {"review_status": state.get("status", "unreviewed"),
            "corrected": json.dumps(corrected, ensure_ascii=False, sort_keys=True) if corrected else ""}
