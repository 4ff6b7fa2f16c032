"""``/api/events``: the listing, one event, and its review records."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from sitrep.export import CSV_COLUMNS, to_acled_row
from sitrep.model import Event
from sitrep.review import ReviewError, add_review, records_for
from sitrep.server import queries
from sitrep.server.auth import Token
from sitrep.server.deps import require_token, state_of
from sitrep.server.errors import ApiError, error_responses
from sitrep.server.filters import EventFilter
from sitrep.server.params import FILTER_PARAMS, MAX_LIMIT, PAGE_PARAMS, check_known, event_filter
from sitrep.server.render import page_response, review_columns, select_fields
from sitrep.server.state import ServerState

router = APIRouter(prefix="/api/events", tags=["events"])

EVENT_FIELDS = ("id", "article_id", "incident_id", "event_type", "sub_event_type", "date",
                "date_precision", "location", "actor1", "actor1_type", "actor2", "actor2_type",
                "actor1_mention", "actor1_country", "actor2_mention", "actor2_country",
                "fatalities", "injured", "reported_by", "evidence", "background", "confidence",
                "evidence_spans", "field_evidence", "flags", "precision_codes",
                "pipeline_version", "review")
EVENT_CSV_COLUMNS = CSV_COLUMNS + ("review_status", "corrected")
Format = Literal["json", "geojson", "csv"]


def event_csv_row(item: dict[str, Any]) -> dict[str, Any]:
    row = to_acled_row(Event.from_dict(item), incident_id=item.get("incident_id"))
    row.update(review_columns(item.get("review")))
    return row


LISTING = {200: {"description": "A page (json: {data, next}; geojson: a FeatureCollection with "
                                 "next; csv: rows, next cursor in X-Next-Cursor)",
                  "content": {"application/json": {}, "application/geo+json": {}, "text/csv": {}}},
           **error_responses(400)}


@router.get("", summary="A page of events, newest first", responses=LISTING)
def list_events(
    request: Request,
    f: Annotated[EventFilter, Depends(event_filter)],
    state: Annotated[ServerState, Depends(state_of)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
    format: Format = "json",
    fields: Annotated[str | None, Query(description="keys to keep, `a|b`", max_length=2000)] = None,
) -> Response:
    store = state.store()  # in this thread (see sitrep.server.deps)
    check_known(request, FILTER_PARAMS + PAGE_PARAMS)
    page = queries.list_events(store, f, limit=limit, cursor=cursor)
    if format == "csv":
        if fields:
            columns = [c for c in fields.split("|") if c]
            bad = [c for c in columns if c not in EVENT_CSV_COLUMNS]
            if bad:
                raise ApiError(400, f"fields: unknown CSV column(s) {', '.join(bad[:5])}; allowed: "
                                    f"{', '.join(EVENT_CSV_COLUMNS)}", parameter="fields")
        else:
            columns = list(EVENT_CSV_COLUMNS)
        return page_response(page.items, page.next, "csv", event_csv_row, columns)
    items = page.items if format == "geojson" else select_fields(page.items, fields, EVENT_FIELDS)
    if format == "geojson" and fields:
        located = {i["id"]: i for i in select_fields(page.items, fields + "|location|review",
                                                     EVENT_FIELDS)}
        items = list(located.values())
    return page_response(items, page.next, format)


@router.get("/{event_id}", summary="One event, with its article's head and its incident",
            responses=error_responses(404))
def get_event(event_id: str, state: Annotated[ServerState, Depends(state_of)]) -> dict[str, Any]:
    store = state.store()  # in this thread (see sitrep.server.deps)
    event = queries.get_event(store, event_id)
    if event is None:
        raise ApiError(404, f"event {event_id!r}: no such event")
    return event


class ReviewIn(BaseModel):
    """One review of an event (docs/api.md, Review)."""

    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "reject", "correct", "move"]
    field: Literal["sub_event_type", "date", "location", "actor1", "actor2", "fatalities"] | None = None
    value: Any = None
    note: str | None = Field(default=None, max_length=2000)


@router.post("/{event_id}/reviews", status_code=201, summary="Review an event (token)",
             responses=error_responses(400, 401, 403, 404, 413, 422))
def post_review(event_id: str, body: ReviewIn, token: Annotated[Token, Depends(require_token)],
                state: Annotated[ServerState, Depends(state_of)]) -> dict[str, Any]:
    store = state.store()  # in this thread (see sitrep.server.deps)
    try:
        record = add_review(store, event_id, action=body.action, field=body.field,
                            value=body.value, note=body.note, reviewer=token.name)
    except ReviewError as exc:
        if exc.not_found:
            raise ApiError(404, str(exc)) from None
        raise ApiError(422, f"body.{exc}", parameter=exc.field) from None
    return {"record": record.to_dict(), "event": queries.get_event(store, event_id)}


@router.get("/{event_id}/reviews", summary="The review records of an event, oldest first",
            responses=error_responses(404))
def get_reviews(event_id: str, state: Annotated[ServerState, Depends(state_of)]) -> dict[str, Any]:
    store = state.store()  # in this thread (see sitrep.server.deps)
    if store._exec("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
        raise ApiError(404, f"event {event_id!r}: no such event")
    return {"data": [r.to_dict() for r in records_for(store, [event_id]).get(event_id, [])]}

