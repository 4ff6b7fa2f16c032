"""``/api/stats`` read from the facet rollup (``sitrep.store.rollup``) for filters on type,
sub-type, country, dates and background alone.

Each facet is one GROUP BY over the smallest grain holding the facet and the filter's
dimensions. A date range is read by day for the per-day facet; the other facets read the
range's whole months from a month grain and only its edge days from a day grain, so a year is
twelve months' rows, not 365 days' of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sitrep.server import sql
from sitrep.server.filters import EventFilter
from sitrep.store.rollup import pick_grain
from sitrep.store.sql import SQLStore

Where = tuple[list[str], list[Any]]


def rolled_up(f: EventFilter) -> bool:
    """Whether the filter names the rollup's dimensions alone."""
    return dataclasses.replace(f, countries=(), event_types=(), sub_event_types=(), kinds=(),
                               date_from=None, date_to=None, background="include",
                               min_reports=1) == EventFilter()


def _others(f: EventFilter) -> tuple[list[str], list[Any], set[str]]:
    """Conditions on a rollup table ``r`` but the dates, and the dimensions they need."""
    where: list[str] = []
    params: list[Any] = []
    needed: set[str] = set()
    if f.countries:
        needed.add("country")
        where.append(f"r.country IN ({', '.join('?' for _ in f.countries)})")
        params += f.countries
    if f.event_types or f.sub_event_types or f.kinds:
        needed |= {"event_type", "sub_event_type"}
        sql.kind_filter(f, "r", where, params)
    if f.background != "include":
        needed.add("background")
        where.append("r.background = ?")
        params.append(1 if f.background == "only" else 0)
    return where, params, needed


def _range(column: str, low: str | None, high: str | None) -> Where:
    """Rows of ``r`` with a (non-empty) ``column`` from ``low`` to ``high`` (inclusive; None:
    unbounded)."""
    bounds = [(op, v) for op, v in ((">=", low), ("<=", high)) if v is not None]
    return ([f"r.{column} > ''"] + [f"r.{column} {op} ?" for op, _ in bounds],
            [v for _, v in bounds])


def _shift(month: str, by: int) -> str:
    year, number = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 + by, 12)
    return f"{year:04d}-{number + 1:02d}"


def whole_months(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None] | None:
    """The first and last whole month (YYYY-MM; None: unbounded) of a date range, None when
    it holds no whole month."""
    first = last = None
    if date_from is not None:
        first = date_from[:7] if date_from.endswith("-01") else _shift(date_from[:7], 1)
    if date_to is not None:
        ends_month = (dt.date.fromisoformat(date_to) + dt.timedelta(days=1)).day == 1
        last = date_to[:7] if ends_month else _shift(date_to[:7], -1)
    if first is not None and last is not None and first > last:
        return None
    return first, last


def _parts(f: EventFilter, column: str, actor: bool) -> list[tuple[str, list[str], list[Any]]]:
    """(grain table, conditions, parameters) whose rows, summed, give the facet ``column``."""
    others, params, needed = _others(f)
    if f.date_from is None and f.date_to is None:
        return [(pick_grain(needed | {column}, actor=actor).table, others, params)]
    day_grain = pick_grain(needed | {column, "day"}, actor=actor).table
    months = whole_months(f.date_from, f.date_to) if column != "day" else None
    if months is None:
        days, more = _range("day", f.date_from, f.date_to)
        return [(day_grain, others + days, params + more)]
    first, last = months
    month_where, month_params = _range("month", first, last)
    out = [(pick_grain(needed | {column, "month"}, actor=actor).table, others + month_where,
            params + month_params)]
    if first is not None and f.date_from is not None and f.date_from < first + "-01":
        days, more = _range("day", f.date_from, _shift(first, -1) + "-31")
        out.append((day_grain, others + days, params + more))
    if last is not None and f.date_to is not None and f.date_to > last + "-31":
        days, more = _range("day", _shift(last, 1) + "-01", f.date_to)
        out.append((day_grain, others + days, params + more))
    return out


def grouped(store: SQLStore, f: EventFilter, column: str, *, actor: bool = False,
            top: int | None = None) -> list[Any]:
    """(value, events, fatalities) of the facet ``column`` (``top``: the biggest, ties by
    value)."""
    selects, params = [], []
    for table, where, more in _parts(f, column, actor):
        selects.append(f"SELECT r.{column} AS v, r.events AS n, r.fatalities AS k FROM {table} r"
                       f"{sql.where_sql(where)}")
        params += more
    tail = f" ORDER BY sum(n) DESC, v LIMIT {int(top)}" if top else ""
    return store._exec(f"SELECT v, sum(n), sum(k) FROM ({' UNION ALL '.join(selects)}) parts "
                       f"GROUP BY v{tail}", params).fetchall()
