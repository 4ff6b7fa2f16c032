"""The facet rollup: event counts and tolls summed per group, kept exact by triggers on
``events`` so ``GET /api/stats`` reads a few thousand summed rows instead of a million events.

Each ``Grain`` is one table: the events grouped by its dimensions (day, type, sub-type,
country, background, actor), with ``events`` (how many) and ``fatalities`` (the sum of
``fatalities_best``, unknown counted as 0). Actor grains hold one row per distinct actor of an
event (either role), as the actor facet counts them. Triggers on every insert, delete
(including the cascade from ``articles``) and update of ``events`` add or take away the row's
share, on SQLite and PostgreSQL alike, so no write path can leave the rollup behind.

A reader picks, for each facet, the smallest grain holding the facet's dimension and every
dimension its filter names (``pick_grain``). Migration ``m007_stats_rollup`` made these tables:
never change a released grain here; a new grain needs a new migration.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# dimension -> its value on an events row (``{r}`` is ``new``, ``old`` or a table alias)
DIMENSIONS = {
    "day": "coalesce({r}.date, '')",
    "month": "substr(coalesce({r}.date, ''), 1, 7)",
    "event_type": "{r}.event_type",
    "sub_event_type": "{r}.sub_event_type",
    "country": "coalesce({r}.country, '')",
    "background": "{r}.background",
}
# columns of events whose change moves a row between groups (or changes its toll)
WATCHED = ("date", "event_type", "sub_event_type", "country", "background", "fatalities_best",
           "actor1", "actor2")
_TYPE = {"background": "INTEGER NOT NULL"}


@dataclass(frozen=True, slots=True)
class Grain:
    """One rollup table: its dimensions (the primary key, in this order), whether it is kept
    per actor, and more indexes (each a tuple of dimensions) for the filters it serves."""

    table: str
    dims: tuple[str, ...]
    indexes: tuple[tuple[str, ...], ...] = ()

    @property
    def per_actor(self) -> bool:
        return "actor" in self.dims


# smallest first: a reader takes the first grain that has what it needs. Months serve the
# whole months of a date range (its edge days come from a day grain).
_KINDS = ("event_type", "sub_event_type")
_BY_KIND = (("sub_event_type", "day"), ("event_type", "day"))
GRAINS = (
    Grain("stats_totals", (*_KINDS, "country", "background")),
    Grain("stats_days", ("day", "background")),
    Grain("stats_months", ("month", *_KINDS, "country", "background")),
    Grain("stats_country_days", ("day", "country", "background"), indexes=(("country", "day"),)),
    Grain("stats_kind_days", ("day", *_KINDS, "background"), indexes=_BY_KIND),
    Grain("stats_cells", ("day", *_KINDS, "country", "background"),
          indexes=(("country", "day"), *_BY_KIND)),
    Grain("stats_actor_totals", ("actor", *_KINDS, "country", "background")),
    Grain("stats_actor_months", ("month", "actor", *_KINDS, "country", "background")),
    Grain("stats_actor_cells", ("day", "actor", *_KINDS, "country", "background")),
)


def pick_grain(needed: Iterable[str], *, actor: bool = False) -> Grain:
    """The smallest grain holding every dimension in ``needed`` (per actor or not)."""
    want = set(needed) | ({"actor"} if actor else set())
    for grain in GRAINS:
        if grain.per_actor == actor and want <= set(grain.dims):
            return grain
    raise ValueError(f"no rollup grain holds {sorted(want)}")


def _roles(dialect: str, r: str) -> tuple[tuple[str, str], ...]:
    """(actor expression, condition) per role: actor2 only when it differs from actor1, so an
    event counts once for an actor named in both roles."""
    distinct = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    return ((f"{r}.actor1", f"{r}.actor1 <> ''"),
            (f"{r}.actor2", f"{r}.actor2 <> '' AND {r}.actor2 {distinct} {r}.actor1"))


def _values(grain: Grain, r: str, actor: str | None) -> list[str]:
    return [actor if d == "actor" else DIMENSIONS[d].format(r=r) for d in grain.dims]


def _shares(grain: Grain, dialect: str, r: str) -> list[tuple[list[str], str]]:
    """(values of the grain's dimensions, condition) of each share one events row adds."""
    if not grain.per_actor:
        return [(_values(grain, r, None), "1 = 1")]
    return [(_values(grain, r, actor), cond) for actor, cond in _roles(dialect, r)]


def _add(grain: Grain, dialect: str) -> list[str]:
    dims = ", ".join(grain.dims)
    return [
        f"INSERT INTO {grain.table} ({dims}, events, fatalities) "
        f"SELECT {', '.join(values)}, 1, coalesce(new.fatalities_best, 0) WHERE {cond} "
        f"ON CONFLICT ({dims}) DO UPDATE SET events = {grain.table}.events + 1, "
        f"fatalities = {grain.table}.fatalities + excluded.fatalities"
        for values, cond in _shares(grain, dialect, "new")
    ]


def _take(grain: Grain, dialect: str) -> list[str]:
    out = []
    for values, cond in _shares(grain, dialect, "old"):
        key = " AND ".join(f"{d} = {v}" for d, v in zip(grain.dims, values))
        out.append(f"UPDATE {grain.table} SET events = events - 1, fatalities = fatalities - "
                   f"coalesce(old.fatalities_best, 0) WHERE {key} AND {cond}")
        out.append(f"DELETE FROM {grain.table} WHERE {key} AND events = 0")
    return out


def _table_ddl(grain: Grain, dialect: str) -> list[str]:
    """SQLite: a table clustered on its key (WITHOUT ROWID) and indexes that carry the counts,
    so a filter reads a range of one b-tree. PostgreSQL: indexes on the dimensions alone (a
    count in an index would make every update of it a non-HOT update)."""
    columns = [f"{d} {_TYPE.get(d, 'TEXT NOT NULL')}" for d in grain.dims]
    clustered = " WITHOUT ROWID" if dialect == "sqlite" else ""
    out = [f"CREATE TABLE {grain.table} ({', '.join(columns)}, events INTEGER NOT NULL, "
           f"fatalities INTEGER NOT NULL, PRIMARY KEY ({', '.join(grain.dims)})){clustered}"]
    counts = ", events, fatalities" if dialect == "sqlite" else ""
    for index in grain.indexes:
        out.append(f"CREATE INDEX {grain.table}_{'_'.join(index)} ON {grain.table}"
                   f"({', '.join(index)}{counts})")
    return out


def _backfill(grain: Grain, dialect: str) -> str:
    """Sum the grain from the events: the finest grain of its kind (per actor or not) reads
    the events, every other one that grain (a few scans of a big table, not one per grain)."""
    dims = ", ".join(grain.dims)
    finest = [g for g in GRAINS if g.per_actor == grain.per_actor][-1]
    if grain != finest:
        values = ", ".join("substr(r.day, 1, 7)" if d == "month" else f"r.{d}" for d in grain.dims)
        return (f"INSERT INTO {grain.table} ({dims}, events, fatalities) SELECT {values}, "
                f"sum(r.events), sum(r.fatalities) FROM {finest.table} r GROUP BY {values}")
    parts = [f"SELECT {', '.join(f'{v} AS {d}' for d, v in zip(grain.dims, values))}, "
             f"coalesce(e.fatalities_best, 0) AS killed FROM events e WHERE {cond}"
             for values, cond in _shares(grain, dialect, "e")]
    return (f"INSERT INTO {grain.table} ({dims}, events, fatalities) SELECT {dims}, count(*), "
            f"sum(killed) FROM ({' UNION ALL '.join(parts)}) shares GROUP BY {dims}")


def _finest_first() -> list[Grain]:
    return sorted(GRAINS, key=lambda g: g != [h for h in GRAINS if h.per_actor == g.per_actor][-1])


def refill_rollup(conn: Any, dialect: Any) -> None:
    """Sum every grain again from the events (after a bulk load that bypassed the triggers)."""
    for grain in GRAINS:
        conn.execute(f"DELETE FROM {grain.table}")
    for grain in _finest_first():
        conn.execute(_backfill(grain, dialect.name))


def create_rollup(conn: Any, dialect: Any) -> None:
    """Create the grains' tables, fill them from the stored events and add the triggers."""
    ddl = [_table_ddl(grain, dialect.name) for grain in GRAINS]
    for table, *_indexes in ddl:
        conn.execute(dialect.ddl(table))
    refill_rollup(conn, dialect)
    for _table, *indexes in ddl:  # after the bulk insert: built once, not kept row by row
        for index in indexes:
            conn.execute(index)
    take = [s for g in GRAINS for s in _take(g, dialect.name)]
    add = [s for g in GRAINS for s in _add(g, dialect.name)]
    if dialect.name == "postgresql":
        conn.execute(
            "CREATE FUNCTION stats_rollup() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n"
            f"IF TG_OP <> 'INSERT' THEN\n{''.join(s + ';' + chr(10) for s in take)}END IF;\n"
            f"IF TG_OP <> 'DELETE' THEN\n{''.join(s + ';' + chr(10) for s in add)}END IF;\n"
            "RETURN NULL; END $$")
        conn.execute(f"CREATE TRIGGER stats_rollup AFTER INSERT OR DELETE OR UPDATE OF "
                     f"{', '.join(WATCHED)} ON events FOR EACH ROW EXECUTE FUNCTION stats_rollup()")
        return
    body = lambda statements: "".join(s + "; " for s in statements)  # noqa: E731
    conn.execute(f"CREATE TRIGGER stats_rollup_insert AFTER INSERT ON events BEGIN {body(add)}END")
    conn.execute(f"CREATE TRIGGER stats_rollup_delete AFTER DELETE ON events BEGIN {body(take)}END")
    conn.execute(f"CREATE TRIGGER stats_rollup_update AFTER UPDATE OF {', '.join(WATCHED)} "
                 f"ON events BEGIN {body(take + add)}END")
