"""Scoring a pair of events from different articles: is it one happening told twice?

Splink's shape, without Splink: blocking rules say which pairs are compared at all (same
country, dates within a window), then each comparison (type, distance, date, actors,
casualties, wording) puts the pair at one named level with a match weight, and the pair's
score is the sum. The weights live in ``weights.json``; ``PairScore.explain()`` prints them.

The type comparison reuses the in-article merge's test of kind (``sitrep.events.merge``):
what makes two mentions one kind of action inside an article makes two reports one kind of
action across articles.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.events.merge import place_key, same_kind
from sitrep.geo.distance import haversine_km
from sitrep.model import Event

LOOSE_DATE_FLAGS = frozenset({"date_from_publication", "date_from_statement"})
COARSE = frozenset({"admin1", "country"})
#: Distance levels of two located points: the first band whose limit (km) the distance is within.
DISTANCE_BANDS: tuple[tuple[float, str], ...] = ((10.0, "within_10km"), (30.0, "within_30km"),
                                                 (100.0, "within_100km"))
#: The levels each comparison can put a pair at (weights.json gives their points); the fast
#: linker reads them to bound what a pair can still score.
LEVELS: dict[str, tuple[str, ...]] = {
    "type": ("same_sub_type", "same_kind", "same_event_type", "different"),
    "distance": ("same_place",) + tuple(level for _, level in DISTANCE_BANDS) + (
        "far", "coarse_same_admin1", "coarse", "unknown"),
    "date": ("same_day", "one_day", "loose_within_4_days", "two_or_three_days", "more"),
    "actors": ("shared_named_actor", "different_perpetrators", "unknown"),
    "fatalities": ("close", "same_order", "far_apart", "unknown"),
    "wording": ("high", "medium", "low"),
}


@dataclass(frozen=True, slots=True)
class Weights:
    """The linking model: blocking window, threshold and comparison weights (weights.json)."""

    threshold: float
    window_days: int
    levels: dict[str, dict[str, float]]
    close_ratio: float
    far_ratio: float
    stopwords: frozenset[str]
    unnamed_prefixes: tuple[str, ...]
    linked_share: float  # clustering: the least share of linked pairs between two clusters to join

    def weight(self, comparison: str, level: str) -> float:
        return float(self.levels[comparison][level])


@lru_cache(maxsize=1)
def load_weights() -> Weights:
    """The weights shipped in ``sitrep/incidents/weights.json``."""
    raw: dict[str, Any] = json.loads(
        resources.files("sitrep.incidents").joinpath("weights.json").read_text("utf-8"))
    levels = {name: {k: v for k, v in raw[name].items() if not k.startswith("_")}
              for name in ("type", "distance", "date", "actors", "fatalities", "wording")}
    return Weights(
        threshold=float(raw["threshold"]),
        window_days=int(raw["blocking"]["date_window_days"]),
        levels=levels,
        close_ratio=float(raw["fatalities_close_ratio"]),
        far_ratio=float(raw["fatalities_far_ratio"]),
        stopwords=frozenset(raw["stopwords"]),
        unnamed_prefixes=tuple(p.lower() for p in raw["unnamed_actor_prefixes"]),
        linked_share=float(raw["clustering"]["min_linked_share"]),
    )


@dataclass(frozen=True, slots=True)
class Contribution:
    """One comparison's level and its match weight."""

    comparison: str
    level: str
    weight: float


@dataclass(frozen=True, slots=True)
class PairScore:
    """The score of a pair of events (``a`` < ``b`` by id): named contributions summed."""

    a: str
    b: str
    contributions: tuple[Contribution, ...]
    threshold: float

    @property
    def score(self) -> float:
        return round(sum(c.weight for c in self.contributions), 6)

    @property
    def linked(self) -> bool:
        return self.score >= self.threshold

    def explain(self) -> str:
        """One line: ``e1 ~ e2  +7.5 link  type=same_sub_type(+2.5) ...``."""
        parts = " ".join(f"{c.comparison}={c.level}({c.weight:+g})" for c in self.contributions)
        verdict = "link" if self.linked else "no link"
        return f"{self.a} ~ {self.b}  {self.score:+.2f} {verdict} (threshold {self.threshold:g})  {parts}"


def event_day(event: Event) -> dt.date | None:
    """The event's date, None when it has none (or none that parses)."""
    try:
        return dt.date.fromisoformat(event.date) if event.date else None
    except ValueError:
        return None


def blocked_together(a: Event, b: Event, weights: Weights | None = None) -> bool:
    """Blocking: only events of different articles, in one country, dated at most the window
    apart, are compared."""
    weights = weights or load_weights()
    if a.article_id == b.article_id:
        return False
    ca, cb = country_of(a), country_of(b)
    da, db = event_day(a), event_day(b)
    if ca is None or cb is None or ca != cb or da is None or db is None:
        return False
    return abs((da - db).days) <= weights.window_days


def country_of(event: Event) -> str | None:
    return (event.location.country or "").upper() or None if event.location else None


def type_level(a: Event, b: Event) -> str:
    if a.sub_event_type == b.sub_event_type:
        return "same_sub_type"
    if same_kind(a, b):  # duck-typed: reads sub_event_type and actor2.type only
        return "same_kind"
    if a.event_type == b.event_type:
        return "same_event_type"
    return "different"


def _distance_level(a: Event, b: Event) -> str:
    pa, pb = a.location, b.location
    if pa is None or pb is None:
        return "unknown"
    if pa.precision in COARSE or pb.precision in COARSE:
        if pa.admin1 and pa.admin1 == pb.admin1:
            return "coarse_same_admin1"
        return "coarse"
    if place_key(pa) == place_key(pb):
        return "same_place"
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return "unknown"
    return distance_band(haversine_km(pa.lat, pa.lon, pb.lat, pb.lon))  # type: ignore[arg-type]


def precisely_placed(event: Event) -> bool:
    """Whether the event is a point: a town (or finer) place with coordinates. Any other event
    (placed only at province or country level, or not located) is *vague*: clustering never
    lets it bridge two incidents that each hold a point (``cluster.greedy``)."""
    place = event.location
    return (place is not None and place.precision not in COARSE
            and place.lat is not None and place.lon is not None)


def distance_band(km: float) -> str:
    """The level of two located points ``km`` apart."""
    for limit, level in DISTANCE_BANDS:
        if km <= limit:
            return level
    return "far"


def loosely_dated(event: Event) -> bool:
    """Whether the event's date is only a bound (publication or statement) or not to the day."""
    return bool(LOOSE_DATE_FLAGS & set(event.flags)) or event.date_precision != "day"


def _date_level(a: Event, b: Event) -> str:
    da, db = event_day(a), event_day(b)
    assert da is not None and db is not None  # blocking keeps dated events only
    return date_level(abs((da - db).days), loosely_dated(a) or loosely_dated(b))


def date_level(days: int, loose: bool) -> str:
    """The level of two dates ``days`` apart (``loose``: either is only a bound)."""
    if days == 0:
        return "same_day"
    if days == 1:
        return "one_day"
    if loose and days <= 4:
        return "loose_within_4_days"
    if days <= 3:
        return "two_or_three_days"
    return "more"


def named_actor(event: Event, side: str, weights: Weights) -> str | None:
    """The actor's name when the text names it: not flagged unnamed, not a stand-in
    ("Unidentified Armed Group (Iraq)"), not the civilians."""
    actor = getattr(event, side)
    if actor is None or f"{side}_unnamed" in event.flags or actor.type == "civilians":
        return None
    name = actor.name.lower()
    return None if name.startswith(weights.unnamed_prefixes) else name


def _actors_level(a: Event, b: Event, weights: Weights) -> str:
    names_a = {n for n in (named_actor(a, "actor1", weights), named_actor(a, "actor2", weights)) if n}
    names_b = {n for n in (named_actor(b, "actor1", weights), named_actor(b, "actor2", weights)) if n}
    if names_a & names_b:
        return "shared_named_actor"
    first_a, first_b = named_actor(a, "actor1", weights), named_actor(b, "actor1", weights)
    if first_a and first_b and first_a != first_b and first_a not in names_b and first_b not in names_a:
        return "different_perpetrators"
    return "unknown"


def _fatalities_level(a: Event, b: Event, weights: Weights) -> str:
    return fatalities_level(a.fatalities.best, b.fatalities.best, weights)


def fatalities_level(fa: int | None, fb: int | None, weights: Weights) -> str:
    """The level of two reported tolls."""
    if fa is None or fb is None:
        return "unknown"
    low, high = sorted((fa, fb))
    if high == 0:
        return "close"
    ratio = low / high
    if ratio >= weights.close_ratio:
        return "close"
    if ratio >= weights.far_ratio or high - low <= 3:
        return "same_order"  # tolls rise as bodies are found
    return "far_apart"


def content_words(event: Event, stopwords: frozenset[str]) -> frozenset[str]:
    """The words that can tell one happening from a look-alike: evidence and place mention."""
    text = " ".join(e.text for e in event.evidence)
    if event.location is not None and event.location.mention:
        text += " " + event.location.mention
    return frozenset(w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in stopwords)


def _wording_level(a: Event, b: Event, weights: Weights) -> str:
    wa, wb = content_words(a, weights.stopwords), content_words(b, weights.stopwords)
    if not wa or not wb:
        return "low"
    return wording_level(len(wa & wb) / len(wa | wb), weights)


def wording_level(jaccard: float, weights: Weights) -> str:
    """The level of a Jaccard overlap of two events' content words."""
    levels = weights.levels["wording"]
    if jaccard >= levels["high_at"]:
        return "high"
    if jaccard >= levels["medium_at"]:
        return "medium"
    return "low"


def score_pair(a: Event, b: Event, weights: Weights | None = None) -> PairScore:
    """The named match weights of a blocked pair (call ``blocked_together`` first)."""
    weights = weights or load_weights()
    if b.id < a.id:
        a, b = b, a
    levels = (
        ("type", type_level(a, b)),
        ("distance", _distance_level(a, b)),
        ("date", _date_level(a, b)),
        ("actors", _actors_level(a, b, weights)),
        ("fatalities", _fatalities_level(a, b, weights)),
        ("wording", _wording_level(a, b, weights)),
    )
    return PairScore(a.id, b.id, tuple(Contribution(c, level, weights.weight(c, level))
                                       for c, level in levels), weights.threshold)
