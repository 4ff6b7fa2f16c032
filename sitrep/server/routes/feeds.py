"""``/api/stats`` (the page's facets) and ``/api/changes`` (the change feed)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from sitrep.incidents import changes_since
from sitrep.server.deps import state_of
from sitrep.server.errors import error_responses
from sitrep.server.filters import EventFilter
from sitrep.server.params import FILTER_PARAMS, MAX_LIMIT, check_known, event_filter
from sitrep.server.stats import event_stats
from sitrep.server.state import ServerState

router = APIRouter(prefix="/api", tags=["feeds"])


@router.get("/stats", summary="Counts by type, sub-type, country, week and actor",
            responses=error_responses(400))
def stats(request: Request, f: Annotated[EventFilter, Depends(event_filter)],
          state: Annotated[ServerState, Depends(state_of)]) -> dict[str, Any]:
    store = state.store()  # in this thread (see sitrep.server.deps)
    check_known(request, FILTER_PARAMS)
    return event_stats(store, f)


@router.get("/changes", summary="The change feed after version `since`, oldest first",
            responses=error_responses(400))
def changes(request: Request, state: Annotated[ServerState, Depends(state_of)],
            since: Annotated[int, Query(ge=0, le=2**62)] = 0,
            limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 1000) -> dict[str, Any]:
    store = state.store()  # in this thread (see sitrep.server.deps)
    check_known(request, ("since", "limit"))
    found = changes_since(store, since, limit=limit)
    return {"data": [c.to_dict() for c in found],
            "last_version": found[-1].version if found else since}
