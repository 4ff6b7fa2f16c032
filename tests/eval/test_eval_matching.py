"""Matching rules of sitrep.eval.matching (docs/evaluation.md)."""

from __future__ import annotations

import itertools
import random

import pytest

from sitrep.eval.matching import (
    PairCheck,
    date_window_ok,
    haversine_km,
    match_article,
    optimal_pairs,
    place_ok,
)

KM_PER_DEG_LAT = haversine_km(0.0, 0.0, 1.0, 0.0)
BASE_LAT, BASE_LON = 15.0, 44.0


def north(km: float) -> float:
    """Latitude ``km`` north of the base point."""
    return BASE_LAT + km / KM_PER_DEG_LAT


def ev(
    *,
    event_type: str = "battles",
    sub: str = "armed_clash",
    date: str | None = "2020-09-15",
    date_precision: str = "day",
    lat: float | None = BASE_LAT,
    lon: float | None = BASE_LON,
    country: str | None = "YE",
    precision: str = "town",
    no_location: bool = False,
    **extra,
) -> dict:
    loc = None
    if not no_location:
        loc = {"name": "X", "country": country, "lat": lat, "lon": lon, "precision": precision}
    return {
        "event_type": event_type,
        "sub_event_type": sub,
        "date": date,
        "date_precision": date_precision,
        "location": loc,
        **extra,
    }


# --- haversine -------------------------------------------------------------------------------


def test_haversine_known_distance():
    # Paris – London, about 344 km
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.6, abs=1.0)
    assert haversine_km(10, 20, 10, 20) == 0.0
    assert KM_PER_DEG_LAT == pytest.approx(111.2, abs=0.1)


# --- date windows ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sys_date", "ok"),
    [("2020-09-15", True), ("2020-09-14", True), ("2020-09-16", True), ("2020-09-13", False), ("2020-09-17", False)],
)
def test_day_window(sys_date, ok):
    assert date_window_ok(ev(date="2020-09-15"), ev(date=sys_date)) is ok


@pytest.mark.parametrize(
    ("sys_date", "ok"),
    [("2020-09-11", True), ("2020-09-19", True), ("2020-09-10", False), ("2020-09-20", False)],
)
def test_week_window(sys_date, ok):
    assert date_window_ok(ev(date="2020-09-15", date_precision="week"), ev(date=sys_date)) is ok


@pytest.mark.parametrize(
    ("sys_date", "ok"),
    [
        ("2020-09-01", True),
        ("2020-09-30", True),
        ("2020-08-31", False),
        ("2020-10-01", False),
        ("2019-09-15", False),
    ],
)
def test_month_window(sys_date, ok):
    assert date_window_ok(ev(date="2020-09-15", date_precision="month"), ev(date=sys_date)) is ok


@pytest.mark.parametrize(("sys_date", "ok"), [("2020-01-01", True), ("2020-12-31", True), ("2021-01-01", False), ("2019-12-31", False)])
def test_year_window(sys_date, ok):
    assert date_window_ok(ev(date="2020-06-15", date_precision="year"), ev(date=sys_date)) is ok


def test_window_follows_gold_precision_not_system():
    # A week-precision *system* date does not widen a day-precision gold window.
    assert not date_window_ok(ev(date="2020-09-15"), ev(date="2020-09-18", date_precision="week"))


@pytest.mark.parametrize("bad", [None, "", "2020-13-01", "Sunday"])
def test_missing_or_bad_system_date_never_matches(bad):
    assert not date_window_ok(ev(date="2020-09-15", date_precision="year"), ev(date=bad))


# --- place radii -----------------------------------------------------------------------------


@pytest.mark.parametrize(("precision", "radius"), [("town", 50), ("region", 75), ("admin1", 150)])
def test_radius_by_gold_precision(precision, radius):
    gold = ev(precision=precision)
    assert place_ok(gold, ev(lat=north(radius - 1)))
    assert not place_ok(gold, ev(lat=north(radius + 1)))


def test_radius_follows_gold_precision_not_system():
    assert not place_ok(ev(precision="town"), ev(lat=north(60), precision="admin1"))


def test_radius_ignores_country_codes():
    # A border event: within the radius counts even when the resolved countries differ.
    assert place_ok(ev(precision="town", country="YE"), ev(lat=north(10), country="SA"))


def test_country_precision_is_same_country():
    gold = ev(precision="country")
    assert place_ok(gold, ev(lat=north(900)))
    assert place_ok(gold, ev(country="ye", lat=None, lon=None))
    assert not place_ok(gold, ev(country="SA"))
    assert not place_ok(gold, ev(country=None))


def test_system_place_without_coordinates():
    assert not place_ok(ev(precision="town"), ev(lat=None, lon=None))
    assert not place_ok(ev(precision="admin1"), ev(lat=None, lon=None))
    assert place_ok(ev(precision="country"), ev(lat=None, lon=None))


def test_missing_system_location_never_matches():
    assert not place_ok(ev(precision="country"), ev(no_location=True))
    sd = dict(event_type="strategic_developments", sub="agreement")
    assert not place_ok(ev(**sd), ev(no_location=True, **sd))


def test_strategic_developments_match_on_country_only():
    sd = dict(event_type="strategic_developments", sub="agreement")
    gold = ev(precision="town", **sd)
    assert place_ok(gold, ev(lat=north(800), **sd))
    assert place_ok(gold, ev(lat=None, lon=None, **sd))
    assert not place_ok(gold, ev(country="SE", **sd))
    # the whole match still needs type and date
    result = match_article([gold], [ev(lat=north(800), **sd)])
    assert result.tp == 1
    result = match_article([gold], [ev(lat=north(800), date="2020-09-20", **sd)])
    assert result.tp == 0 and result.unmatched_gold[0].reasons == ("date",)


# --- article matching ------------------------------------------------------------------------


def test_same_type_required():
    result = match_article([ev()], [ev(event_type="protests", sub="peaceful_protest")])
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
    assert result.unmatched_gold[0].reasons == ("type",)
    assert result.unmatched_sys[0].reasons == ("type",)


def test_one_to_one_two_system_events_for_one_gold():
    gold = [ev()]
    far = ev(lat=north(30))
    near = ev(lat=north(5))
    result = match_article(gold, [far, near])
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)
    assert result.matched[0].sys_index == 1  # the closer one
    miss = result.unmatched_sys[0]
    assert miss.index == 0 and miss.closest_index == 0 and miss.reasons == ("taken",)
    assert miss.closest_taken


def _greedy(checks):
    """Greedy by closeness: what the optimal assignment must beat."""
    cands = sorted((c.cost, i, j) for i, row in enumerate(checks) for j, c in enumerate(row) if c.ok)
    used_g, used_s, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_s:
            used_g.add(i), used_s.add(j), pairs.append((i, j))
    return pairs


def test_optimal_assignment_beats_greedy():
    # gold A at base, gold B 40 km north; system X 2 km north (in range of both, closest to A),
    # system Y 45 km south (in range of A only). Greedy takes A-X first and strands B.
    gold = [ev(), ev(lat=north(40))]
    system = [ev(lat=north(2)), ev(lat=north(-45))]
    from sitrep.eval.matching import check_pair

    checks = [[check_pair(g, s) for s in system] for g in gold]
    assert len(_greedy(checks)) == 1
    result = match_article(gold, system)
    assert result.tp == 2 and result.fp == 0 and result.fn == 0
    assert {(p.gold_index, p.sys_index) for p in result.matched} == {(0, 1), (1, 0)}


def test_tie_broken_by_closeness():
    gold = [ev(), ev(lat=north(20))]
    system = [ev(lat=north(19)), ev(lat=north(1))]  # both feasible for both gold events
    result = match_article(gold, system)
    assert {(p.gold_index, p.sys_index) for p in result.matched} == {(0, 1), (1, 0)}


def test_tie_broken_by_sub_event_type():
    gold = [ev(sub="armed_clash"), ev(sub="government_regains_territory")]
    system = [ev(sub="government_regains_territory"), ev(sub="armed_clash")]
    result = match_article(gold, system)
    assert {(p.gold_index, p.sys_index) for p in result.matched} == {(0, 1), (1, 0)}


def _brute_force(checks):
    n_g, n_s = len(checks), len(checks[0])
    best = (0, 0.0)
    for k in range(min(n_g, n_s), 0, -1):
        for gs in itertools.combinations(range(n_g), k):
            for ss in itertools.permutations(range(n_s), k):
                if all(checks[g][s].ok for g, s in zip(gs, ss)):
                    cost = sum(checks[g][s].cost for g, s in zip(gs, ss))
                    if (k, -cost) > (best[0], -best[1]):
                        best = (k, cost)
        if best[0]:
            return best
    return best


def test_optimal_pairs_against_brute_force():
    rng = random.Random(7)
    for _ in range(300):
        n_g, n_s = rng.randint(1, 5), rng.randint(1, 5)
        checks = [
            [
                PairCheck(True, rng.random() < 0.5, True, 0, 0.0, round(rng.uniform(0, 3), 2))
                for _ in range(n_s)
            ]
            for _ in range(n_g)
        ]
        pairs = optimal_pairs(checks)
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
        assert all(checks[i][j].ok for i, j in pairs)
        k, cost = _brute_force(checks)
        assert len(pairs) == k
        assert sum(checks[i][j].cost for i, j in pairs) == pytest.approx(cost)


def test_unmatched_closest_candidate_and_reasons():
    gold = [ev(date="2020-09-15")]
    system = [
        ev(event_type="protests", sub="peaceful_protest", lat=north(500), date="2021-01-01"),  # 3 fails
        ev(date="2020-09-20", lat=north(100)),  # date + place
        ev(date="2020-09-25"),  # date only
    ]
    result = match_article(gold, system, article_id="a1")
    assert result.article_id == "a1"
    assert result.tp == 0
    miss = result.unmatched_gold[0]
    assert miss.side == "gold" and miss.closest_index == 2 and miss.reasons == ("date",)
    assert miss.check.date_diff_days == 10
    by_index = {u.index: u.reasons for u in result.unmatched_sys}
    assert by_index == {0: ("type", "date", "place"), 1: ("date", "place"), 2: ("date",)}
    d = result.to_dict()
    assert d["fn"] == 1 and d["fp"] == 3 and d["unmatched_gold"][0]["reasons"] == ["date"]


def test_empty_sides():
    r = match_article([ev()], [])
    assert (r.tp, r.fp, r.fn) == (0, 0, 1)
    assert r.unmatched_gold[0].closest is None and r.unmatched_gold[0].reasons == ()
    r = match_article([], [ev()])
    assert (r.tp, r.fp, r.fn) == (0, 1, 0)
    assert match_article([], []).tp == 0


# --- actor types: order -----------------------------------------------------------------------


def test_force_against_protesters_scores_actor_types_in_either_order():
    # shared/eval/NOTES.md: force and protesters are coded in either order for this sub-type
    from sitrep.eval.matching import field_agreement

    kw = dict(event_type="protests", sub="excessive_force_against_protesters")
    gold = ev(**kw, actor1_type="state_forces", actor2_type="protesters")
    swapped = ev(**kw, actor1_type="protesters", actor2_type="state_forces")
    other = ev(**kw, actor1_type="protesters", actor2_type="rioters")
    agree = field_agreement(gold, swapped)
    assert agree["actor_types"] and agree["actor1_type"] and agree["actor2_type"]
    disagree = field_agreement(gold, other)
    assert not disagree["actor_types"] and not disagree["actor1_type"]


def test_other_sub_types_keep_actor_order():
    from sitrep.eval.matching import field_agreement

    gold = ev(actor1_type="rebel_group", actor2_type="state_forces")
    swapped = ev(actor1_type="state_forces", actor2_type="rebel_group")
    agree = field_agreement(gold, swapped)
    assert not agree["actor_types"] and not agree["actor1_type"] and not agree["actor2_type"]
