"""The query parameters of the listings, declared once (so /openapi.json documents them) and
read into an EventFilter; a parameter the endpoint does not know is a 400 (usually a typo)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from sitrep.server.errors import bad_parameter
from sitrep.server.filters import EventFilter, build_filter

MAX_LIMIT = 5000

Text = Annotated[str | None, Query(max_length=4000)]

FILTER_PARAMS = ("country", "admin1", "event_type", "sub_event_type", "type", "actor", "actor1",
                 "actor2", "date_from", "date_to", "event_date", "event_date_where", "bbox",
                 "background", "min_confidence", "q", "review")
PAGE_PARAMS = ("limit", "cursor", "format", "fields")


def check_known(request: Request, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise bad_parameter(unknown[0], f"unknown parameter {unknown[0]!r}; this endpoint takes: "
                                        f"{', '.join(allowed)}")


def event_filter(
    request: Request,
    country: Annotated[str | None, Query(description="ISO alpha-2 code(s) or English name(s), `|`-separated", max_length=4000)] = None,
    admin1: Annotated[str | None, Query(description="admin1 name(s), `|`-separated", max_length=4000)] = None,
    event_type: Annotated[str | None, Query(description="event type(s) (snake_case or ACLED's name)", max_length=4000)] = None,
    sub_event_type: Annotated[str | None, Query(description="sub-event type(s)", max_length=4000)] = None,
    type: Annotated[str | None, Query(description="event type(s) or sub-event type(s)", max_length=4000)] = None,
    actor: Annotated[str | None, Query(description="actor name(s), as actor1 or actor2", max_length=4000)] = None,
    actor1: Text = None,
    actor2: Text = None,
    date_from: Annotated[str | None, Query(description="earliest event date, YYYY-MM-DD", max_length=40)] = None,
    date_to: Annotated[str | None, Query(description="latest event date, YYYY-MM-DD", max_length=40)] = None,
    event_date: Annotated[str | None, Query(description="ACLED: a date, or FROM|TO with BETWEEN", max_length=40)] = None,
    event_date_where: Annotated[str | None, Query(description="ACLED: =, >, <, >=, <=, BETWEEN", max_length=10)] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat", max_length=200)] = None,
    background: Annotated[str | None, Query(description="include (default), exclude or only")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    q: Annotated[str | None, Query(description="full-text search over the article text", max_length=200)] = None,
    review: Annotated[str | None, Query(description="any, unreviewed, reviewed, accepted, rejected, corrected")] = None,
) -> EventFilter:
    return build_filter(country=country, admin1=admin1, event_type=event_type,
                        sub_event_type=sub_event_type, type=type, actor=actor, actor1=actor1,
                        actor2=actor2, date_from=date_from, date_to=date_to,
                        event_date=event_date, event_date_where=event_date_where, bbox=bbox,
                        background=background, min_confidence=min_confidence, q=q, review=review)
