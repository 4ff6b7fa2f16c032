"""``GET /api/stats``: the facets of the events a filter keeps (counts by type, sub-type,
country, ISO week and actor), each one grouped query on indexed columns."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sitrep.server import sql
from sitrep.server.filters import EventFilter
from sitrep.store.sql import SQLStore

TOP_ACTORS = 50


def _facet(counts: Counter) -> list[dict[str, Any]]:
    return [{"value": v, "count": n} for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def _monday(day: str) -> str | None:
    try:
        d = dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        return None
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def event_stats(store: SQLStore, f: EventFilter) -> dict[str, Any]:
    where, params = sql.event_where(f, store.dialect.name)
    clause = sql.where_sql(where)

    def rows(select: str, group: str) -> list[Any]:
        return store._exec(f"SELECT {select} FROM events e{clause} GROUP BY {group}",
                           params).fetchall()

    total, fatalities, first, last = store._exec(
        f"SELECT count(*), sum(e.fatalities_best), min(e.date), max(e.date) FROM events e{clause}",
        params).fetchone()
    types: Counter = Counter()
    subs: Counter = Counter()
    for event_type, sub_type, n in rows("e.event_type, e.sub_event_type, count(*)",
                                        "e.event_type, e.sub_event_type"):
        types[event_type] += n
        subs[sub_type] += n
    countries = Counter({c: n for c, n in rows("e.country, count(*)", "e.country") if c})
    weeks: Counter = Counter()
    for day, n in rows("e.date, count(*)", "e.date"):
        monday = _monday(day)
        if monday:
            weeks[monday] += n
    actors: Counter = Counter()
    for column in ("actor1", "actor2"):
        for name, n in rows(f"e.{column}, count(*)", f"e.{column}"):
            if name:
                actors[name] += n
    incidents = store._exec("SELECT count(*) FROM incidents").fetchone()[0]
    return {
        "events": int(total),
        "incidents": int(incidents),
        "fatalities": int(fatalities or 0),
        "date_min": first,
        "date_max": last,
        "by_event_type": _facet(types),
        "by_sub_event_type": _facet(subs),
        "by_country": _facet(countries),
        "by_week": [{"value": w, "count": n} for w, n in sorted(weeks.items())],
        "by_actor": _facet(Counter(dict(actors.most_common(TOP_ACTORS)))),
    }
