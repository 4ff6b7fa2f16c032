"""Incidents: the reports of one happening, across articles, with their fields merged.

An incident's id is derived from its anchor event — the one first reported (earliest
publication date, ties by event id) — so it does not depend on the order articles arrived in,
and stays when later reports join. Fields are merged deterministically from the members.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from sitrep.model import Event, Place
from sitrep.nlp.arguments import PRECISION_RANK


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What an incident needs of an article: where it came from and when."""

    id: str
    url: str | None = None
    published: str | None = None
    source: str | None = None

    @property
    def outlet(self) -> str | None:
        """The outlet: the URL's host without ``www.``, else the article's source."""
        if self.url:
            host = urlparse(self.url).netloc.lower()
            if host:
                return host[4:] if host.startswith("www.") else host
        return self.source


@dataclass(frozen=True, slots=True)
class Source:
    """One report of an incident: the event as one article told it."""

    event_id: str
    article_id: str
    url: str | None
    outlet: str | None
    published: str | None
    reported_by: tuple[str, ...]
    fatalities: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "article_id": self.article_id, "url": self.url,
                "outlet": self.outlet, "published": self.published,
                "reported_by": list(self.reported_by), "fatalities": self.fatalities}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(d["event_id"], d["article_id"], d.get("url"), d.get("outlet"), d.get("published"),
                   tuple(d.get("reported_by") or ()), d.get("fatalities"))


@dataclass(frozen=True, slots=True)
class Incident:
    """One happening and every report of it.

    ``fatalities_best`` is the figure of the latest report that gives one (tolls rise as bodies
    are found); ``low``/``high`` span every report's figures; ``fatalities_conservative`` is
    ACLED's: the lowest figure any source reported.
    """

    id: str
    event_type: str
    sub_event_type: str
    date: str | None
    date_from: str | None
    date_to: str | None
    location: Place | None
    actors: tuple[str, ...]
    fatalities_best: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    fatalities_conservative: int | None
    sources: tuple[Source, ...]
    first_reported: str | None
    last_reported: str | None
    reports: int
    background: bool

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(s.event_id for s in self.sources)

    @property
    def country(self) -> str | None:
        return (self.location.country or "").upper() or None if self.location else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "date": self.date, "date_from": self.date_from, "date_to": self.date_to,
            "location": self.location.to_dict() if self.location else None,
            "actors": list(self.actors),
            "fatalities": {"best": self.fatalities_best, "low": self.fatalities_low,
                           "high": self.fatalities_high,
                           "conservative": self.fatalities_conservative},
            "sources": [s.to_dict() for s in self.sources],
            "first_reported": self.first_reported, "last_reported": self.last_reported,
            "reports": self.reports, "background": self.background,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Incident:
        f = d["fatalities"]
        return cls(d["id"], d["event_type"], d["sub_event_type"], d["date"], d["date_from"],
                   d["date_to"], Place.from_dict(d["location"]) if d["location"] else None,
                   tuple(d["actors"]), f["best"], f["low"], f["high"], f["conservative"],
                   tuple(Source.from_dict(s) for s in d["sources"]), d["first_reported"],
                   d["last_reported"], int(d["reports"]), bool(d["background"]))


def _reported_key(event: Event, articles: Mapping[str, ArticleInfo]) -> tuple:
    info = articles.get(event.article_id)
    published = info.published if info is not None else None
    return (published is None, published or "", event.id)


def anchor_event(events: Sequence[Event], articles: Mapping[str, ArticleInfo]) -> Event:
    """The event an incident's id derives from: first reported, ties by event id."""
    return min(events, key=lambda e: _reported_key(e, articles))


def incident_id(anchor: Event) -> str:
    return incident_id_of(anchor.id)


def incident_id_of(anchor_event_id: str) -> str:
    """The id of the incident anchored on this event."""
    return "i" + hashlib.sha1(f"incident|{anchor_event_id}".encode()).hexdigest()[:15]


def _most_common(values: Sequence[Any]) -> Any:
    """The most frequent value, ties to the smallest (deterministic)."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def build_incident(events: Sequence[Event], articles: Mapping[str, ArticleInfo]) -> Incident:
    """Merge the events (the reports of one happening) into an incident."""
    if not events:
        raise ValueError("an incident needs at least one event")
    ordered = sorted(events, key=lambda e: _reported_key(e, articles))
    anchor = ordered[0]
    news = [e for e in ordered if not e.background] or ordered
    sub = _most_common([e.sub_event_type for e in news])
    event_type = next(e.event_type for e in news if e.sub_event_type == sub)
    day_dated = [e.date for e in news if e.date and e.date_precision == "day"
                 and "date_from_publication" not in e.flags]
    dates = sorted(e.date for e in events if e.date)
    date = _most_common(day_dated) or _most_common([e.date for e in news]) or None
    placed = [e.location for e in events if e.location is not None]
    location = None
    if placed:
        best_rank = min(PRECISION_RANK.get(p.precision, 9) for p in placed)
        finest = [p for p in placed if PRECISION_RANK.get(p.precision, 9) == best_rank]
        counts = Counter(finest)
        location = min(counts, key=lambda p: (-counts[p], p.name, str(p.geonames_id), p.lat or 0))
    actor_counts = Counter(a.name for e in events for a in (e.actor1, e.actor2) if a is not None)
    actors = tuple(sorted(actor_counts, key=lambda n: (-actor_counts[n], n)))
    sources = []
    for e in ordered:
        info = articles.get(e.article_id) or ArticleInfo(e.article_id)
        sources.append(Source(e.id, e.article_id, info.url, info.outlet, info.published,
                              tuple(e.reported_by), e.fatalities.best))
    figures = [e.fatalities for e in ordered if e.fatalities.best is not None]
    best = figures[-1].best if figures else None
    lows = [f.low if f.low is not None else f.best for f in figures]
    highs = [f.high if f.high is not None else f.best for f in figures]
    published = sorted(s.published for s in sources if s.published)
    return Incident(
        id=incident_id(anchor),
        event_type=event_type,
        sub_event_type=sub,
        date=date,
        date_from=dates[0] if dates else None,
        date_to=dates[-1] if dates else None,
        location=location,
        actors=actors,
        fatalities_best=best,
        fatalities_low=min(lows) if lows else None,
        fatalities_high=max(highs) if highs else None,
        fatalities_conservative=min(f.best for f in figures) if figures else None,  # type: ignore[type-var]
        sources=tuple(sources),
        first_reported=published[0] if published else None,
        last_reported=published[-1] if published else None,
        reports=len({e.article_id for e in events}),
        background=all(e.background for e in events),
    )
