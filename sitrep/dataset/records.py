"""What one exported row is made of, read from the store in bulk.

An ``EventRecord`` is an event with its article (url, title, outlet, publication day) and the
incident it is linked into; an ``IncidentRecord`` is an incident with its member events, in
the order they were reported, and their articles. Every format writes these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sitrep.model import Actor, Event
from sitrep.precision import PrecisionCodes, precision_codes
from sitrep.store.sql import SQLStore, event_from_row

if TYPE_CHECKING:  # importing sitrep.incidents loads the spaCy pipeline code: only when needed
    from sitrep.incidents.model import Incident

CHUNK = 400
DATE_PRECISION_ORDER = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """An article without its text: where and when it was published."""

    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None

    @property
    def outlet(self) -> str | None:
        """The URL's host without ``www.``; None without a URL (``source`` is then the input
        file, which names no publisher)."""
        from sitrep.incidents.model import ArticleInfo

        return ArticleInfo(self.id, self.url).outlet


@dataclass(frozen=True, slots=True)
class EventRecord:
    event: Event
    article: ArticleMeta | None = None
    incident_id: str | None = None

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def location(self):
        return self.event.location

    def to_dict(self) -> dict[str, Any]:
        """The event's full record with ``incident_id`` after ``article_id``."""
        out: dict[str, Any] = {}
        for key, value in self.event.to_dict().items():
            out[key] = value
            if key == "article_id":
                out["incident_id"] = self.incident_id
        return out

    def codes(self) -> PrecisionCodes:
        return self.event.precision_codes()

    def articles(self) -> tuple[ArticleMeta, ...]:
        return (self.article,) if self.article else ()


@dataclass(frozen=True, slots=True)
class IncidentRecord:
    incident: Incident
    events: tuple[Event, ...] = ()
    article_meta: Mapping[str, ArticleMeta] | None = None

    @property
    def id(self) -> str:
        return self.incident.id

    @property
    def location(self):
        return self.incident.location

    def to_dict(self) -> dict[str, Any]:
        return self.incident.to_dict()

    def articles(self) -> tuple[ArticleMeta, ...]:
        """The incident's articles in the order they reported it (an article once)."""
        ids = dict.fromkeys(s.article_id for s in self.incident.sources)
        meta = self.article_meta or {}
        return tuple(meta.get(i) or ArticleMeta(i) for i in ids)

    def codes(self) -> PrecisionCodes:
        """ACLED/UCDP precision codes: the incident's place; its date's finest precision among
        the reports that give that date."""
        inc = self.incident
        precisions = [e.date_precision for e in self.events if e.date == inc.date] if inc.date else []
        date_precision = min(precisions, key=DATE_PRECISION_ORDER.index, default="day" if inc.date else None)
        place = inc.location
        return precision_codes(place_precision=place.precision if place else None,
                               date_precision=date_precision, mention=place.mention if place else None)

    def main_actors(self) -> tuple[Actor | None, Actor | None]:
        """The actor most reports name on each side (ties: the first in name order)."""
        return _most_named(e.actor1 for e in self.events), _most_named(e.actor2 for e in self.events)


def _most_named(actors: Iterable[Actor | None]) -> Actor | None:
    counts = Counter((a.name, a.type, a.country) for a in actors if a is not None)
    if not counts:
        return None
    name, kind, country = min(counts, key=lambda k: (-counts[k], k[0], k[1], k[2] or ""))
    return Actor(name, kind, None, country)


def _rows_for(store: SQLStore, sql: str, ids: Iterable[str]) -> Iterator[tuple]:
    """``sql`` (with one ``{marks}`` for an IN list) over ``ids`` in chunks."""
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), CHUNK):
        chunk = ordered[i:i + CHUNK]
        yield from store._exec(sql.format(marks=", ".join("?" * len(chunk))), chunk).fetchall()


def article_meta(store: SQLStore, ids: Iterable[str]) -> dict[str, ArticleMeta]:
    sql = "SELECT id, url, title, published, source FROM articles WHERE id IN ({marks})"
    return {row[0]: ArticleMeta(*row) for row in _rows_for(store, sql, ids)}


def incident_ids(store: SQLStore, event_ids: Iterable[str]) -> dict[str, str]:
    """event id -> the incident it is linked into (events not linked yet are absent)."""
    sql = "SELECT event_id, incident_id FROM incident_links WHERE event_id IN ({marks})"
    return {row[0]: row[1] for row in _rows_for(store, sql, event_ids)}


def event_records(store: SQLStore, events: Sequence[Event]) -> list[EventRecord]:
    articles = article_meta(store, (e.article_id for e in events))
    links = incident_ids(store, (e.id for e in events))
    return [EventRecord(e, articles.get(e.article_id), links.get(e.id)) for e in events]


def incident_records(store: SQLStore, incidents: Sequence[Incident]) -> list[IncidentRecord]:
    wanted = [s.event_id for i in incidents for s in i.sources]
    events = {}
    for row in _rows_for(store, "SELECT json FROM events WHERE id IN ({marks})", wanted):
        event = event_from_row(tuple(row))
        events[event.id] = event
    articles = article_meta(store, (s.article_id for i in incidents for s in i.sources))
    return [IncidentRecord(i, tuple(events[s.event_id] for s in i.sources if s.event_id in events), articles)
            for i in incidents]
