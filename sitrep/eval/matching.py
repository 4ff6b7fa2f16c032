"""Matching system events to gold events (pure functions over FORMAT.md-shaped dicts).

A gold event and a system event *can* match when all three criteria hold (see
``docs/evaluation.md``):

- ``type``: same ``event_type``;
- ``date``: the system date lies inside the window set by the gold ``date_precision``
  (day ±1 day, week ±4 days, month: same calendar month, year: same year);
- ``place``: the system place lies within the radius set by the gold location ``precision``
  (town 50 km, region 75 km, admin1 150 km, country: same country). Strategic developments
  match on country only.

Within one article, gold and system events are paired one-to-one by an optimal assignment: the
number of matched pairs is maximised first, then the total *closeness cost* of the pairs is
minimised. Every unmatched item is reported with its closest candidate and the reason(s) the two
could not be paired, so that an ``--errors`` listing can be produced from the result alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Event = dict[str, Any]

EARTH_RADIUS_KM = 6371.0088

#: Half-width (days) of the date window for each gold date precision. ``month`` and ``year``
#: are calendar windows (same month / same year); their half-width is only used for closeness.
DATE_WINDOW_DAYS: dict[str, int] = {"day": 1, "week": 4, "month": 15, "year": 183}

#: Matching radius (km) for each gold place precision. ``country`` is a same-country test; its
#: value is only used to scale closeness.
PLACE_RADIUS_KM: dict[str, float] = {"town": 50.0, "region": 75.0, "admin1": 150.0, "country": 500.0}

#: Radius for the ``place_25km`` field accuracy.
FIELD_PLACE_KM = 25.0

STRATEGIC = "strategic_developments"

#: Reasons an unmatched item could not be paired with its closest candidate.
REASONS = ("type", "date", "place")
#: Reason given when the closest candidate passes every criterion but was paired with another item.
TAKEN = "taken"


# --------------------------------------------------------------------------------------------
# Primitive criteria


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two (lat, lon) points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _location(event: Event) -> dict[str, Any] | None:
    loc = event.get("location")
    return loc if isinstance(loc, dict) else None


def _coords(event: Event) -> tuple[float, float] | None:
    loc = _location(event)
    if not loc:
        return None
    lat, lon = loc.get("lat"), loc.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        return float(lat), float(lon)
    return None


def _country(event: Event) -> str | None:
    loc = _location(event)
    country = loc.get("country") if loc else None
    return country.strip().upper() if isinstance(country, str) and country.strip() else None


def _gold_date_precision(gold: Event) -> str:
    prec = gold.get("date_precision")
    return prec if prec in DATE_WINDOW_DAYS else "day"


def _gold_place_precision(gold: Event) -> str:
    loc = _location(gold)
    prec = loc.get("precision") if loc else None
    return prec if prec in PLACE_RADIUS_KM else "town"


def date_diff_days(gold: Event, sys: Event) -> int | None:
    """Signed difference system date − gold date in days (None if either date is missing/invalid)."""
    g, s = _parse_date(gold.get("date")), _parse_date(sys.get("date"))
    if g is None or s is None:
        return None
    return (s - g).days


def distance_km(gold: Event, sys: Event) -> float | None:
    """Distance between the two locations' coordinates (None if either has no lat/lon)."""
    g, s = _coords(gold), _coords(sys)
    if g is None or s is None:
        return None
    return haversine_km(g[0], g[1], s[0], s[1])


def same_country(gold: Event, sys: Event) -> bool:
    """True when both locations name a country and the codes are equal."""
    g, s = _country(gold), _country(sys)
    return g is not None and g == s


def type_ok(gold: Event, sys: Event) -> bool:
    return gold.get("event_type") is not None and gold.get("event_type") == sys.get("event_type")


def date_window_ok(gold: Event, sys: Event) -> bool:
    """Is the system date inside the window set by the gold date precision?

    day: ±1 day; week: ±4 days; month: same calendar month; year: same year.
    A missing or unparsable date on either side never matches.
    """
    g, s = _parse_date(gold.get("date")), _parse_date(sys.get("date"))
    if g is None or s is None:
        return False
    prec = _gold_date_precision(gold)
    if prec == "month":
        return (g.year, g.month) == (s.year, s.month)
    if prec == "year":
        return g.year == s.year
    return abs((s - g).days) <= DATE_WINDOW_DAYS[prec]


def place_ok(gold: Event, sys: Event) -> bool:
    """Is the system place close enough to the gold place?

    - Strategic developments (gold ``event_type``): same country only.
    - Gold precision ``country``: same country.
    - Otherwise the system coordinates must lie within the gold precision's radius
      (town 50 km, region 75 km, admin1 150 km). A system location without lat/lon, or no
      location at all, does not match.
    """
    if _location(gold) is None or _location(sys) is None:
        return False
    if gold.get("event_type") == STRATEGIC:
        return same_country(gold, sys)
    prec = _gold_place_precision(gold)
    if prec == "country":
        return same_country(gold, sys)
    km = distance_km(gold, sys)
    return km is not None and km <= PLACE_RADIUS_KM[prec]


# --------------------------------------------------------------------------------------------
# Pair checks


@dataclass(frozen=True, slots=True)
class PairCheck:
    """The outcome of comparing one gold event with one system event."""

    type_ok: bool
    date_ok: bool
    place_ok: bool
    date_diff_days: int | None  # system − gold
    distance_km: float | None
    cost: float  # closeness cost; lower is closer (see ``closeness_cost``)

    @property
    def ok(self) -> bool:
        return self.type_ok and self.date_ok and self.place_ok

    @property
    def reasons(self) -> tuple[str, ...]:
        """The failed criteria, in the order type, date, place (empty when the pair can match)."""
        flags = (self.type_ok, self.date_ok, self.place_ok)
        return tuple(name for name, ok in zip(REASONS, flags) if not ok)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type_ok": self.type_ok,
            "date_ok": self.date_ok,
            "place_ok": self.place_ok,
            "date_diff_days": self.date_diff_days,
            "distance_km": None if self.distance_km is None else round(self.distance_km, 1),
            "cost": round(self.cost, 4),
        }


def closeness_cost(gold: Event, sys: Event) -> float:
    """How far apart two events are; used to break ties between equally large matchings and to
    pick the closest candidate of an unmatched item.

    cost = |date difference| / (gold date half-window)       (1.0 if a date is missing)
         + distance / (gold place radius), capped at 2.0      (1.0 if coordinates are missing)
         + 0.5 if sub_event_type differs
    """
    days = date_diff_days(gold, sys)
    date_part = 1.0 if days is None else abs(days) / DATE_WINDOW_DAYS[_gold_date_precision(gold)]
    km = distance_km(gold, sys)
    place_part = 1.0 if km is None else min(2.0, km / PLACE_RADIUS_KM[_gold_place_precision(gold)])
    sub_part = 0.0 if gold.get("sub_event_type") == sys.get("sub_event_type") else 0.5
    return date_part + place_part + sub_part


def check_pair(gold: Event, sys: Event) -> PairCheck:
    return PairCheck(
        type_ok=type_ok(gold, sys),
        date_ok=date_window_ok(gold, sys),
        place_ok=place_ok(gold, sys),
        date_diff_days=date_diff_days(gold, sys),
        distance_km=distance_km(gold, sys),
        cost=closeness_cost(gold, sys),
    )


# --------------------------------------------------------------------------------------------
# Article-level matching


@dataclass(frozen=True, slots=True)
class MatchedPair:
    gold_index: int
    sys_index: int
    gold: Event
    sys: Event
    check: PairCheck

    def to_dict(self) -> dict[str, Any]:
        return {"gold_index": self.gold_index, "sys_index": self.sys_index, **self.check.to_dict()}


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A gold event with no system partner (a miss) or a system event with no gold partner.

    ``closest`` is the nearest event on the other side (None when the other side is empty),
    ``reasons`` the criteria that the pair fails: any of ``"type"``, ``"date"``, ``"place"``, or
    ``("taken",)`` when the candidate passes all three but is paired with another event.
    """

    side: str  # "gold" | "system"
    index: int
    event: Event
    closest_index: int | None
    closest: Event | None
    reasons: tuple[str, ...]
    check: PairCheck | None
    closest_taken: bool = False  # the closest candidate is itself matched to another event

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "index": self.index,
            "closest_index": self.closest_index,
            "reasons": list(self.reasons),
            "closest_taken": self.closest_taken,
            "check": self.check.to_dict() if self.check else None,
        }


@dataclass(slots=True)
class ArticleMatch:
    article_id: str
    matched: list[MatchedPair] = field(default_factory=list)
    unmatched_gold: list[Unmatched] = field(default_factory=list)
    unmatched_sys: list[Unmatched] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return len(self.matched)

    @property
    def fn(self) -> int:
        return len(self.unmatched_gold)

    @property
    def fp(self) -> int:
        return len(self.unmatched_sys)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "matched": [p.to_dict() for p in self.matched],
            "unmatched_gold": [u.to_dict() for u in self.unmatched_gold],
            "unmatched_sys": [u.to_dict() for u in self.unmatched_sys],
        }


def _min_cost_assignment(cost: list[list[float]]) -> list[int]:
    """Hungarian algorithm (shortest augmenting paths with potentials) on a square matrix.

    Returns ``assign`` with ``assign[row] = column`` minimising the total cost. O(n^3).
    """
    n = len(cost)
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)  # owner[col] = row (1-based); 0 = free
    way = [0] * (n + 1)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:  # grow an alternating tree until a free column is reached
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for col in range(1, n + 1):
                if not used[col]:
                    cur = cost[r0 - 1][col - 1] - u[r0] - v[col]
                    if cur < minv[col]:
                        minv[col], way[col] = cur, col0
                    if minv[col] < delta:
                        delta, col1 = minv[col], col
            for col in range(n + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:  # augment along the path
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assign = [-1] * n
    for col in range(1, n + 1):
        if owner[col]:
            assign[owner[col] - 1] = col - 1
    return assign


def optimal_pairs(checks: list[list[PairCheck]]) -> list[tuple[int, int]]:
    """Pairs (gold_index, sys_index) of a maximum matching over the feasible pairs that, among
    all maximum matchings, has the least total closeness cost."""
    n_gold = len(checks)
    n_sys = len(checks[0]) if checks else 0
    if n_gold == 0 or n_sys == 0:
        return []
    feasible = [(i, j) for i in range(n_gold) for j in range(n_sys) if checks[i][j].ok]
    if not feasible:
        return []
    # Any feasible pair costs less than BIG, and BIG exceeds the total cost of any matching, so
    # minimising the sum first maximises the number of feasible pairs, then minimises their cost.
    n = max(n_gold, n_sys)
    big = 1.0 + sum(max(checks[i][j].cost, 0.0) + 1.0 for i, j in feasible)
    cost = [[big] * n for _ in range(n)]
    for i, j in feasible:
        cost[i][j] = max(checks[i][j].cost, 0.0)
    assign = _min_cost_assignment(cost)
    return sorted(
        (i, j) for i, j in enumerate(assign) if i < n_gold and 0 <= j < n_sys and checks[i][j].ok
    )


def _closest(side: str, index: int, event: Event, cands: list[tuple[int, Event, PairCheck]], taken: set[int]) -> Unmatched:
    if not cands:
        return Unmatched(side, index, event, None, None, (), None)
    # Fewest failed criteria first, then the smallest closeness cost, then the lowest index.
    k, other, chk = min(cands, key=lambda c: (len(c[2].reasons), c[2].cost, c[0]))
    reasons = chk.reasons or ((TAKEN,) if k in taken else ())
    return Unmatched(side, index, event, k, other, reasons, chk, k in taken)


def match_article(gold_events: list[Event], sys_events: list[Event], article_id: str = "") -> ArticleMatch:
    """Match the events of one article one-to-one (optimal assignment; see module docstring)."""
    checks = [[check_pair(g, s) for s in sys_events] for g in gold_events]
    pairs = optimal_pairs(checks)
    result = ArticleMatch(article_id)
    for i, j in pairs:
        result.matched.append(MatchedPair(i, j, gold_events[i], sys_events[j], checks[i][j]))
    gold_done = {i for i, _ in pairs}
    sys_done = {j for _, j in pairs}
    for i, g in enumerate(gold_events):
        if i not in gold_done:
            cands = [(j, s, checks[i][j]) for j, s in enumerate(sys_events)]
            result.unmatched_gold.append(_closest("gold", i, g, cands, sys_done))
    for j, s in enumerate(sys_events):
        if j not in sys_done:
            cands = [(i, g, checks[i][j]) for i, g in enumerate(gold_events)]
            result.unmatched_sys.append(_closest("system", j, s, cands, gold_done))
    return result


# --------------------------------------------------------------------------------------------
# Field accuracies on matched pairs


def _fatalities_best(event: Event) -> Any:
    fat = event.get("fatalities")
    return fat.get("best") if isinstance(fat, dict) else None


def _place_within(gold: Event, sys: Event, km: float = FIELD_PLACE_KM) -> bool:
    d = distance_km(gold, sys)
    return d is not None and d <= km


#: Gold sub-types whose two actor types are compared as a set (shared/eval/NOTES.md: force and
#: protesters are coded in either order).
UNORDERED_ACTOR_SUB_TYPES = frozenset({"excessive_force_against_protesters"})


def _actor_types_as_set(gold: Event, sys: Event) -> bool:
    """Both actor types agree regardless of order, where the gold's sub-type allows either order."""
    if gold.get("sub_event_type") not in UNORDERED_ACTOR_SUB_TYPES:
        return False
    pair = lambda e: sorted((str(e.get("actor1_type")), str(e.get("actor2_type"))))  # noqa: E731
    return pair(gold) == pair(sys)


def _actor_type(slot: str) -> Any:
    return lambda g, s: g.get(slot) == s.get(slot) or _actor_types_as_set(g, s)


#: Field accuracy name -> predicate over a matched (gold, system) pair.
FIELD_CHECKS: dict[str, Any] = {
    "sub_event_type": lambda g, s: g.get("sub_event_type") == s.get("sub_event_type"),
    "place_25km": _place_within,
    "date_exact": lambda g, s: g.get("date") is not None and g.get("date") == s.get("date"),
    "fatalities_best": lambda g, s: _fatalities_best(g) == _fatalities_best(s),
    "actor_types": lambda g, s: (g.get("actor1_type") == s.get("actor1_type")
                                 and g.get("actor2_type") == s.get("actor2_type")) or _actor_types_as_set(g, s),
    "actor1_type": _actor_type("actor1_type"),
    "actor2_type": _actor_type("actor2_type"),
    "background": lambda g, s: bool(g.get("background", False)) == bool(s.get("background", False)),
}

FIELD_NAMES: tuple[str, ...] = tuple(FIELD_CHECKS)


def field_agreement(gold: Event, sys: Event) -> dict[str, bool]:
    """Which fields of a matched pair agree (keys: ``FIELD_NAMES``)."""
    return {name: bool(fn(gold, sys)) for name, fn in FIELD_CHECKS.items()}
