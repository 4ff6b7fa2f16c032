"""The pair score over arrays: blocking and scoring of many events at once, exactly as
``score.blocked_together`` and ``score.score_pair`` judge one pair.

Blocking compares only what can reach the threshold. The weights bound each comparison, so
a pair dated further apart than any link can be, or two located points further apart than
any link can be (and not one named place), is never a link: ``reach`` derives those limits
from weights.json. Located events are binned into 3-D grid cells as large as that distance
(the chord is never longer than the arc), so a point meets only the points of its 27
neighbouring cells; events placed only at admin1/country level, or without coordinates,
meet every event of their country in the date window. Candidates are scored a chunk of pairs
at a time with numpy; values near a distance band limit or the threshold are settled by the
scalar functions, so the links are the ones the one-pair code gives.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from sitrep.geo.distance import EARTH_RADIUS_KM, haversine_km
from sitrep.incidents.score import (
    DISTANCE_BANDS,
    LEVELS,
    Weights,
    date_level,
    distance_band,
)
from sitrep.incidents.table import EventTable

CHUNK_PAIRS = 1 << 20  # candidate pairs scored at once (~150 MB of temporaries)
CHUNK_WORDING = 1 << 17  # pairs whose words are compared at once (~60 MB)
_EPS = 1e-6  # a score this close to the threshold is settled as PairScore rounds it


@dataclass(frozen=True, slots=True)
class Reach:
    """How far apart two events of one link can be, given the weights."""

    days: int  # widest date gap (-1: nothing links)
    km: float  # widest distance between two located points of different places (inf: any)


def _best(weights: Weights) -> dict[str, float]:
    return {c: max(weights.weight(c, level) for level in levels) for c, levels in LEVELS.items()}


def _rest(weights: Weights, comparisons: set[str]) -> float:
    """The most the other comparisons can add."""
    return sum(v for c, v in _best(weights).items() if c not in comparisons)


def reach(weights: Weights) -> Reach:
    """The limits blocking may use: a level whose weight plus the best of every other
    comparison stays under the threshold can never be part of a link."""

    def possible(comparison: str, level: str) -> bool:
        return weights.weight(comparison, level) + _rest(weights, {comparison}) >= weights.threshold - _EPS

    days = max((d for d in range(weights.window_days + 1) for loose in (False, True)
                if possible("date", date_level(d, loose))), default=-1)
    if possible("distance", "far"):
        km = math.inf
    else:
        km = max((limit for limit, level in DISTANCE_BANDS if possible("distance", level)), default=0.0)
    return Reach(days, km)


def kind_groups(table: EventTable) -> np.ndarray:
    """Each interned kind's group: kinds of two groups can never link (their type weight is
    too low), so blocking keeps groups apart. With weights.json, explosions are one group."""
    weight, _ = table.kind_tables()
    w = table.weights
    linkable = weight + _rest(w, {"type"}) >= w.threshold - _EPS
    group = np.arange(len(weight))
    changed = True
    while changed:  # connected parts of the "can link" graph over kinds (a handful)
        joined = np.where(linkable, group[None, :], len(group)).min(axis=1)
        joined = np.minimum(group, joined)
        changed = bool((joined != group).any())
        group = joined[joined]
    return group


@dataclass(frozen=True, slots=True)
class Links:
    """Linked pairs: rows of the table (``a`` and ``b``, int32, in no particular order) and
    scores."""

    a: np.ndarray
    b: np.ndarray
    score: np.ndarray

    @staticmethod
    def empty() -> Links:
        return Links(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0))

    @staticmethod
    def concat(parts: list[Links]) -> Links:
        if not parts:
            return Links.empty()
        return Links(np.concatenate([p.a for p in parts]), np.concatenate([p.b for p in parts]),
                     np.concatenate([p.score for p in parts]))

    def __len__(self) -> int:
        return len(self.a)


def find_links(table: EventTable, queries: np.ndarray | None = None) -> Links:
    """Every linked pair with at least one event among rows ``queries`` (default: all):
    what scoring every blocked pair one by one would link, and its score."""
    scorer = _Scorer(table)
    parts = [scorer.links(p, q) for p, q in candidate_pairs(table, queries, reach(table.weights))]
    return Links.concat([part for part in parts if len(part)])


# -- blocking ---------------------------------------------------------------------------------


class _Sorted:
    """Rows sorted by an int64 key, for range searches."""

    def __init__(self, rows: np.ndarray, key: np.ndarray) -> None:
        order = np.argsort(key, kind="stable")
        self.rows, self.key = rows[order], key[order]

    def ranges(self, lo_key: np.ndarray, hi_key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return (np.searchsorted(self.key, lo_key, side="left"),
                np.searchsorted(self.key, hi_key, side="right"))


def _expand(p: np.ndarray, lo: np.ndarray, hi: np.ndarray, targets: np.ndarray
            ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The pairs (p[i], targets[lo[i]:hi[i]]) for every i, a chunk at a time."""
    counts = hi - lo
    keep = counts > 0
    p, lo, counts = p[keep], lo[keep], counts[keep]
    if not len(p):
        return
    ends = np.cumsum(counts)
    start = 0
    while start < len(p):
        base = ends[start - 1] if start else 0
        stop = max(int(np.searchsorted(ends, base + CHUNK_PAIRS, side="right")), start + 1)
        c = counts[start:stop]
        total = int(c.sum())
        offsets = np.arange(total) - np.repeat(np.cumsum(c) - c, c)
        yield np.repeat(p[start:stop], c), targets[np.repeat(lo[start:stop], c) + offsets]
        start = stop


def _cells(table: EventTable, rows: np.ndarray, km: float) -> tuple[np.ndarray, int]:
    """Integer 3-D grid coordinates (n x 3) of located rows, cell side >= ``km``."""
    if math.isinf(km):
        return np.zeros((len(rows), 3), np.int64), 1
    size = max(km, 1.0) * (1 + 1e-9) + 1e-6
    lat, lon = np.radians(table.lat[rows]), np.radians(table.lon[rows])
    xyz = EARTH_RADIUS_KM * np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], 1)
    half = int(math.ceil(EARTH_RADIUS_KM / size)) + 2
    return np.floor(xyz / size).astype(np.int64) + half, 2 * half + 1


def candidate_pairs(table: EventTable, queries: np.ndarray | None, limits: Reach
                    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Chunks of candidate pairs (rows p, q): one country, dates at most ``limits.days``
    apart, other articles, and for two located points the same or neighbouring grid cells
    or one named place. Each unordered pair once."""
    n = len(table)
    if limits.days < 0 or n == 0:
        return
    is_query = np.ones(n, bool) if queries is None else np.zeros(n, bool)
    if queries is not None:
        is_query[queries] = True
    groups = kind_groups(table)[table.kind] if len(table.kinds.values) else np.zeros(n, np.int64)
    block = np.where(table.country >= 0, table.country * (int(groups.max()) + 1) + groups, -1)
    valid = (block >= 0) & (table.day >= 0)
    point = valid & table.located & ~table.coarse & ~np.isnan(table.lat) & ~np.isnan(table.lon)
    area = valid & ~point
    d = limits.days
    day0 = int(table.day[valid].min()) if valid.any() else 0
    span = int(table.day[valid].max()) - day0 + 2 * d + 2 if valid.any() else 1
    rel = table.day - day0 + d  # >= d for valid rows

    full = queries is None  # everything is a query: each pair can be found from one side only

    # queries whose pairs with each other are found from both sides, for the searches below
    twice_area, twice_all = is_query & (area if full else valid), is_query

    def keep(p: np.ndarray, q: np.ndarray, twice: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        ok = table.article[p] != table.article[q]
        if twice is not None:  # keep a pair found from both sides once
            ok &= ~twice[q] | (p < q)
        return p[ok], q[ok]

    all_rows = np.flatnonzero(valid)
    by_country = _Sorted(all_rows, block[all_rows] * span + rel[all_rows])
    area_rows = np.flatnonzero(area)
    areas = _Sorted(area_rows, block[area_rows] * span + rel[area_rows])

    # an area query meets every event of its block in the window; a point query every area
    # (when every event is a query, the area side finds those pairs)
    for query_mask, pool in ((area, by_country),) + (() if full else ((point, areas),)):
        p = np.flatnonzero(query_mask & is_query)
        key = block[p] * span + rel[p]
        lo, hi = pool.ranges(key - d, key + d)
        for pp, qq in _expand(p, lo, hi, pool.rows):
            yield keep(pp, qq, twice_area)

    # located points: the 27 neighbouring cells (when every point is a query, half of them and
    # the later points of its own cell), then one named place across cells
    point_rows = np.flatnonzero(point)
    cells, base = _cells(table, point_rows, limits.km)
    cell_of = np.full(n, -1, np.int64)
    cell_of[point_rows] = (cells[:, 0] * base + cells[:, 1]) * base + cells[:, 2]
    ncell = base ** 3
    group = block[point_rows] * ncell + cell_of[point_rows]
    points = _Sorted(point_rows, group * span + rel[point_rows])
    query_points = np.flatnonzero(point & is_query)
    qgroup = block[query_points] * ncell + cell_of[query_points]
    steps = [(0, 0, 0)] if base == 1 else [(dx, dy, dz) for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                                            for dz in (-1, 0, 1)]
    if full:
        steps = [step for step in steps if step >= (0, 0, 0)]
    for step in steps:
        offset = (step[0] * base + step[1]) * base + step[2]
        key = (qgroup + offset) * span + rel[query_points]
        lo, hi = points.ranges(key - d, key + d)
        if full and step == (0, 0, 0):  # own cell: only the points sorted after this one
            position = np.empty(n, np.int64)
            position[points.rows] = np.arange(len(points.rows))
            lo = position[query_points] + 1
        for pp, qq in _expand(query_points, lo, hi, points.rows):
            yield keep(pp, qq, None if full else twice_all)
    if base == 1:
        return
    coords = np.zeros((n, 3), np.int64)
    coords[point_rows] = cells
    place = table.place[point_rows]
    spread = np.zeros(int(place.max()) + 1 if len(place) else 0, bool)
    if len(place):  # named places whose points fall in more than one cell
        high = np.full(len(spread), -1, np.int64)
        np.maximum.at(high, place, cell_of[point_rows])
        low = np.full(len(spread), np.iinfo(np.int64).max, np.int64)
        np.minimum.at(low, place, cell_of[point_rows])
        spread = high != low
    named = point_rows[spread[place]] if len(place) else point_rows[:0]
    if not len(named):
        return
    same_place = _Sorted(named, table.place[named] * span + rel[named])
    p = np.intersect1d(named, query_points)
    key = table.place[p] * span + rel[p]
    lo, hi = same_place.ranges(key - d, key + d)
    for pp, qq in _expand(p, lo, hi, same_place.rows):
        far = (np.abs(coords[pp] - coords[qq]) > 1).any(axis=1)  # the cell search missed these
        yield keep(pp[far], qq[far], twice_all)


# -- scoring ----------------------------------------------------------------------------------


class _Scorer:
    """The six comparisons of ``score.score_pair`` over arrays of pairs."""

    def __init__(self, table: EventTable) -> None:
        self.t = table
        w = table.weights
        self.w = w
        self.type_weight, _ = table.kind_tables()
        self.date_weight = np.array([[w.weight("date", date_level(days, loose))
                                      for days in range(w.window_days + 1)] for loose in (False, True)])
        self.limits = np.array([limit for limit, _ in DISTANCE_BANDS])
        self.band_weight = np.array([w.weight("distance", level) for _, level in DISTANCE_BANDS]
                                    + [w.weight("distance", "far")])
        self.wording_best = max(w.weight("wording", level) for level in LEVELS["wording"])

    def _distance(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        t, w = self.t, self.w
        out = np.full(len(a), w.weight("distance", "unknown"))
        located = t.located[a] & t.located[b]
        coarse = located & (t.coarse[a] | t.coarse[b])
        same_admin1 = (t.admin1[a] >= 0) & (t.admin1[a] == t.admin1[b])
        out[coarse & same_admin1] = w.weight("distance", "coarse_same_admin1")
        out[coarse & ~same_admin1] = w.weight("distance", "coarse")
        fine = located & ~coarse
        same_place = fine & (t.place[a] == t.place[b])
        out[same_place] = w.weight("distance", "same_place")
        pts = np.flatnonzero(fine & ~same_place & ~np.isnan(t.lat[a]) & ~np.isnan(t.lat[b])
                             & ~np.isnan(t.lon[a]) & ~np.isnan(t.lon[b]))
        if len(pts):
            pa, pb = a[pts], b[pts]
            p1, p2 = np.radians(t.lat[pa]), np.radians(t.lat[pb])
            dp, dl = p2 - p1, np.radians(t.lon[pb] - t.lon[pa])
            h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
            km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
            out[pts] = self.band_weight[np.searchsorted(self.limits, km, side="left")]
            near = np.flatnonzero(np.isclose(km[:, None], self.limits[None, :], rtol=1e-9, atol=1e-9).any(1))
            for k in near.tolist():  # numpy's sin/asin may differ from libm's in the last bit
                i, j = int(pa[k]), int(pb[k])
                level = distance_band(haversine_km(t.lat[i], t.lon[i], t.lat[j], t.lon[j]))
                out[pts[k]] = w.weight("distance", level)
        return out

    def _actors(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        t, w = self.t, self.w
        a1, a2, b1, b2 = t.actor1[a], t.actor2[a], t.actor1[b], t.actor2[b]
        shared = ((a1 >= 0) & ((a1 == b1) | (a1 == b2))) | ((a2 >= 0) & ((a2 == b1) | (a2 == b2)))
        differ = ~shared & (a1 >= 0) & (b1 >= 0) & (a1 != b1) & (a1 != b2) & (b1 != a2)
        out = np.full(len(a), w.weight("actors", "unknown"))
        out[shared] = w.weight("actors", "shared_named_actor")
        out[differ] = w.weight("actors", "different_perpetrators")
        return out

    def _fatalities(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        t, w = self.t, self.w
        fa, fb = t.fatalities[a], t.fatalities[b]
        both = ~np.isnan(fa) & ~np.isnan(fb)
        low, high = np.fmin(fa, fb), np.fmax(fa, fb)
        ratio = np.divide(low, high, out=np.zeros(len(a)), where=both & (high != 0))
        close = both & ((high == 0) | (ratio >= w.close_ratio))
        same_order = both & ~close & ((ratio >= w.far_ratio) | (high - low <= 3))
        out = np.full(len(a), w.weight("fatalities", "unknown"))
        out[close] = w.weight("fatalities", "close")
        out[same_order] = w.weight("fatalities", "same_order")
        out[both & ~close & ~same_order] = w.weight("fatalities", "far_apart")
        return out

    def _wording(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.concatenate([self._wording_chunk(a[k:k + CHUNK_WORDING], b[k:k + CHUNK_WORDING])
                               for k in range(0, len(a), CHUNK_WORDING)] or [np.zeros(0)])

    def _wording_chunk(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Jaccard overlap of content words: both events' word ids keyed by pair, sorted, and
        the repeats counted (an event's words are unique, so a repeat is a shared word)."""
        t, w = self.t, self.w
        off, words = t.word_offsets, t.word_ids
        la, lb = off[a + 1] - off[a], off[b + 1] - off[b]
        pair = np.arange(len(a))
        parts = []
        for rows, lengths in ((a, la), (b, lb)):
            starts = np.repeat(off[rows], lengths)
            idx = starts + np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
            parts.append(np.repeat(pair, lengths) * (len(t.words.values) + 1) + words[idx])
        keys = np.sort(np.concatenate(parts))
        repeats = keys[1:][keys[1:] == keys[:-1]] // (len(t.words.values) + 1)
        shared = np.bincount(repeats, minlength=len(a))
        union = la + lb - shared
        jaccard = np.divide(shared, union, out=np.zeros(len(a)), where=union > 0)
        # score.wording_level's cuts, as arrays
        high_at, medium_at = w.levels["wording"]["high_at"], w.levels["wording"]["medium_at"]
        out = np.where(jaccard >= high_at, w.weight("wording", "high"),
                       np.where(jaccard >= medium_at, w.weight("wording", "medium"), w.weight("wording", "low")))
        return np.where((la == 0) | (lb == 0), w.weight("wording", "low"), out)

    def links(self, a: np.ndarray, b: np.ndarray) -> Links:
        """The linked pairs among candidates (a, b), with the score ``PairScore`` gives.

        Cheap comparisons first; after each, pairs that cannot reach the threshold even with
        the best of the comparisons still to come are dropped."""
        t, w = self.t, self.w
        floor = w.threshold - _EPS
        type_w = self.type_weight[t.kind[a], t.kind[b]]
        days = np.abs(t.day[a] - t.day[b])
        date_w = self.date_weight[(t.loose[a] | t.loose[b]).astype(np.int64), days]
        keep = np.flatnonzero(type_w + date_w + _rest(w, {"type", "date"}) >= floor)
        a, b, type_w, date_w = a[keep], b[keep], type_w[keep], date_w[keep]
        place_w = self._distance(a, b)
        keep = np.flatnonzero(type_w + date_w + place_w + _rest(w, {"type", "date", "distance"}) >= floor)
        a, b, type_w, date_w, place_w = a[keep], b[keep], type_w[keep], date_w[keep], place_w[keep]
        actors_w, toll_w = self._actors(a, b), self._fatalities(a, b)
        # summed in score_pair's order (type, distance, date, actors, fatalities, wording)
        s = (((type_w + place_w) + date_w) + actors_w) + toll_w
        keep = np.flatnonzero(s + self.wording_best >= floor)
        a, b, s = a[keep], b[keep], s[keep]
        s = s + self._wording(a, b)
        maybe = np.flatnonzero(s >= floor)
        rounded = np.round(s[maybe], 6)
        inexact = np.flatnonzero(rounded != s[maybe])  # only these can round otherwise in Python
        rounded[inexact] = [round(x, 6) for x in s[maybe][inexact].tolist()]
        linked = rounded >= w.threshold
        return Links(a[maybe[linked]].astype(np.int32), b[maybe[linked]].astype(np.int32), rounded[linked])
