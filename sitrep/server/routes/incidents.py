"""``/api/incidents``: the listing and one incident with every report and its evidence."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from sitrep.export import INCIDENT_CSV_COLUMNS, to_incident_row
from sitrep.incidents import Incident
from sitrep.server import queries
from sitrep.server.routes.events import LISTING
from sitrep.server.deps import state_of
from sitrep.server.errors import ApiError, error_responses
from sitrep.server.filters import EventFilter
from sitrep.server.params import FILTER_PARAMS, MAX_LIMIT, PAGE_PARAMS, check_known, event_filter
from sitrep.server.render import page_response, select_fields
from sitrep.server.state import ServerState

router = APIRouter(prefix="/api/incidents", tags=["incidents"])

INCIDENT_FIELDS = ("id", "event_type", "sub_event_type", "date", "date_from", "date_to",
                   "location", "actors", "fatalities", "sources", "first_reported",
                   "last_reported", "reports", "background", "moved_in", "moved_out")
INCIDENT_COLUMNS = INCIDENT_CSV_COLUMNS + ("moved_in", "moved_out")


def incident_csv_row(item: dict[str, Any]) -> dict[str, Any]:
    core = {k: v for k, v in item.items() if k not in ("moved_in", "moved_out")}
    row = to_incident_row(Incident.from_dict(core))
    row["moved_in"] = "; ".join(item.get("moved_in") or ())
    row["moved_out"] = "; ".join(item.get("moved_out") or ())
    return row


@router.get("", summary="A page of incidents, newest first", responses=LISTING)
def list_incidents(
    request: Request,
    f: Annotated[EventFilter, Depends(event_filter)],
    state: Annotated[ServerState, Depends(state_of)],
    min_reports: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
    format: Literal["json", "geojson", "csv"] = "json",
    fields: Annotated[str | None, Query(description="keys to keep, `a|b`", max_length=2000)] = None,
) -> Response:
    store = state.store()  # in this thread (see sitrep.server.deps)
    check_known(request, FILTER_PARAMS + PAGE_PARAMS + ("min_reports",))
    if f.review != "any":
        raise ApiError(400, "review: filters events, not incidents", parameter="review")
    page = queries.list_incidents(store, replace(f, min_reports=min_reports), limit=limit,
                                  cursor=cursor)
    if format == "csv":
        return page_response(page.items, page.next, "csv", incident_csv_row, INCIDENT_COLUMNS)
    items = page.items
    if fields:
        extra = "" if format == "json" else "|location"
        items = select_fields(items, fields + extra, INCIDENT_FIELDS)
    return page_response(items, page.next, format)


@router.get("/{incident_id}", summary="One incident, every report with its evidence",
            responses=error_responses(404))
def get_incident(incident_id: str, state: Annotated[ServerState, Depends(state_of)]) -> dict[str, Any]:
    store = state.store()  # in this thread (see sitrep.server.deps)
    incident = queries.get_incident(store, incident_id)
    if incident is None:
        raise ApiError(404, f"incident {incident_id!r}: no such incident")
    return incident
