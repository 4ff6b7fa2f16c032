"""SQL of the API's listings: the WHERE clause of an EventFilter on the ``events`` table (alias
``e``), and the keyset page. Values are always parameters (``?``); only column names and
operators chosen here are written into the text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitrep.model import SUB_EVENT_TYPES_BY_TYPE
from sitrep.server.filters import EventFilter

DATE_KEY = "coalesce({t}.date, '')"  # newest first, undated last: the order of every listing


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _any_of(column: str, values: Sequence[Any], where: list[str], params: list[Any]) -> None:
    if len(values) == 1:
        where.append(f"{column} = ?")
    elif values:
        where.append(f"{column} IN ({_marks(values)})")
    params.extend(values)


FEW_MATCHES = 2000  # articles: up to this many, a search is a list of ids


def article_matches(store: Any, words: Sequence[str]) -> tuple[str, ...] | None:
    """The ids of the articles whose title or text holds every word, when there are at most
    FEW_MATCHES; None when there are more. A few matches are best found through the events'
    article index; many are best tested while walking the listing's own index in order (the
    first page is found long before the matches run out)."""
    if store.dialect.name == "postgresql":
        query = ("SELECT id FROM articles WHERE search @@ plainto_tsquery('english', ?) LIMIT ?",
                 [" ".join(words)])
    else:  # count in the FTS index alone first: a common word is known to be common quickly
        query = ("SELECT a.id FROM article_search s JOIN articles a ON a.rowid = s.rowid "
                 "WHERE article_search MATCH ? LIMIT ?", [_fts_query(words)])
        if store._exec("SELECT count(*) FROM (SELECT rowid FROM article_search WHERE "
                       "article_search MATCH ? LIMIT ?)",
                       query[1] + [FEW_MATCHES + 1]).fetchone()[0] > FEW_MATCHES:
            return None
    rows = store._exec(query[0], query[1] + [FEW_MATCHES + 1]).fetchall()
    return tuple(r[0] for r in rows) if len(rows) <= FEW_MATCHES else None


def _fts_query(words: Sequence[str]) -> str:
    return " AND ".join(f'"{w}"' for w in words)  # \w+ words: no quote can get in


def search_probe(words: Sequence[str], article_id: str) -> tuple[str, list[Any]]:
    """SQLite: 'the article ``article_id`` holds every word', one seek by rowid in the FTS5
    index per row tested: the cost of a walk down another index that tests its rows as it
    goes, however common the words (``search_clause`` without ``matches`` reads every
    matching article first)."""
    return (f"EXISTS (SELECT 1 FROM article_search s WHERE s.rowid = (SELECT a.rowid FROM "
            f"articles a WHERE a.id = {article_id}) AND article_search MATCH ?)", [_fts_query(words)])


def search_clause(words: Sequence[str], dialect: str, matches: Sequence[str] | None
                  ) -> tuple[str, list[Any]]:
    """``e.article_id IN (articles whose title or text holds every word)``."""
    if matches is not None:
        return (f"e.article_id IN ({_marks(matches)})", list(matches)) if matches else ("1 = 0", [])
    if dialect == "postgresql":
        return ("e.article_id IN (SELECT id FROM articles WHERE search @@ "
                "plainto_tsquery('english', ?))", [" ".join(words)])
    # `+` keeps SQLite off the events' article index: it walks the listing's order instead
    return ("+e.article_id IN (SELECT a.id FROM article_search s JOIN articles a ON a.rowid = "
            "s.rowid WHERE article_search MATCH ?)", [_fts_query(words)])


# events whose latest review record leaves them in a status: work in proportion to the reviews
_IN_STATUS = ("e.id IN (SELECT r.event_id FROM reviews r WHERE r.status = ? AND r.id IN "
              "(SELECT max(r2.id) FROM reviews r2 GROUP BY r2.event_id))")


def event_where(f: EventFilter, dialect: str, *, kinds: bool = True, dates: bool = True,
                countries: bool = True, actor_role: str | None = None,
                matches: Sequence[str] | None = None, in_box: Sequence[str] | None = None,
                walk_box: bool = False, search: bool = True) -> tuple[list[str], list[Any]]:
    """Conditions on ``events e`` for the filter (type, date and country conditions can be
    left out: incidents filter those on their own merged fields). ``actor_role``
    ('actor1'/'actor2') reads ``actor`` in that role only (one half of the 'either role' OR,
    which a listing runs as two index-ordered queries). ``matches``: the articles of the
    search (``article_matches``), None when too many to list. ``in_box``: the ids of the
    events in the box (``boxes.keys_in_box``), when listed; ``walk_box``: the box holds too
    many to list, so its test must not use an index (the listing walks its own order).
    ``search``: False leaves the full-text words out (the caller tests them)."""
    where: list[str] = []
    params: list[Any] = []
    if countries:
        _any_of("e.country", f.countries, where, params)
    _any_of("e.admin1", f.admin1, where, params)
    if kinds:
        kind_filter(f, "e", where, params)
    if f.actors and actor_role is not None:
        _any_of(f"e.{actor_role}", f.actors, where, params)
    elif f.actors:
        marks = _marks(f.actors)
        where.append(f"(e.actor1 IN ({marks}) OR e.actor2 IN ({marks}))")
        params.extend(f.actors + f.actors)
    _any_of("e.actor1", f.actor1, where, params)
    _any_of("e.actor2", f.actor2, where, params)
    if dates:
        date_range(f, "e", where, params)
    if f.bbox is not None and in_box is not None:
        where.append(f"e.id IN ({_marks(in_box)})" if in_box else "1 = 0")
        params.extend(in_box)
    elif f.bbox is not None:
        w, s, east, n = f.bbox
        plus = "+" if walk_box else ""  # unary plus: no index on lat/lon for this term
        where.append(f"{plus}e.lat BETWEEN ? AND ?")
        params += [s, n]
        if w <= east:
            where.append(f"{plus}e.lon BETWEEN ? AND ?")
            params += [w, east]
        else:  # across the antimeridian
            where.append(f"({plus}e.lon >= ? OR {plus}e.lon <= ?)")
            params += [w, east]
    if f.background == "exclude":
        where.append("e.background = 0")
    elif f.background == "only":
        where.append("e.background = 1")
    if f.min_confidence is not None:
        where.append("e.confidence >= ?")
        params.append(f.min_confidence)
    if f.words and search:
        clause, more = search_clause(f.words, dialect, matches)
        where.append(clause)
        params += more
    if f.review == "unreviewed":
        where.append("NOT EXISTS (SELECT 1 FROM reviews r WHERE r.event_id = e.id)")
    elif f.review == "reviewed":
        where.append("e.id IN (SELECT r.event_id FROM reviews r)")
    elif f.review in ("accepted", "rejected", "corrected"):
        where.append(_IN_STATUS)
        params.append(f.review)
    return where, params


def date_range(f: EventFilter, table: str, where: list[str], params: list[Any]) -> None:
    """The date bounds on the sort key (undated rows have the key ''), so an index that leads
    with a filter column then the key reads a date window as one range."""
    key = DATE_KEY.format(t=table)
    if f.date_from is not None:
        where.append(f"{key} >= ?")
        params.append(f.date_from)
    if f.date_to is not None:
        where.append(f"{key} <= ?")
        params.append(f.date_to)
        if f.date_from is None:
            where.append(f"{key} > ''")


def kind_filter(f: EventFilter, table: str, where: list[str], params: list[Any]) -> None:
    """``event_type`` and ``sub_event_type`` (AND), and ``type`` (either column): written on
    one indexed column, event_type when ``type`` names whole families, else sub_event_type."""
    _any_of(f"{table}.event_type", f.event_types, where, params)
    _any_of(f"{table}.sub_event_type", f.sub_event_types, where, params)
    if f.kinds:
        families = [k for k in f.kinds if k in SUB_EVENT_TYPES_BY_TYPE]
        subs = {k for k in f.kinds if k not in SUB_EVENT_TYPES_BY_TYPE}
        if not subs:
            _any_of(f"{table}.event_type", families, where, params)
            return
        for family in families:
            subs |= set(SUB_EVENT_TYPES_BY_TYPE[family])
        _any_of(f"{table}.sub_event_type", sorted(subs), where, params)


def keyset(table: str, after: tuple[str, str] | None, where: list[str],
           params: list[Any]) -> None:
    """Add the condition 'after the cursor's row' in the listing order (descending)."""
    if after is None:
        return
    key = DATE_KEY.format(t=table)
    where.append(f"({key} < ? OR ({key} = ? AND {table}.id < ?))")
    params += [after[0], after[0], after[1]]


def order_by(table: str) -> str:
    return f"ORDER BY {DATE_KEY.format(t=table)} DESC, {table}.id DESC"


def where_sql(where: list[str]) -> str:
    return (" WHERE " + " AND ".join(where)) if where else ""
