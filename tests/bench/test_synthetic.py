"""The synthetic event generator: deterministic, shaped like stored events, with known
duplicate groups and look-alikes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import islice

from sitrep.bench.synthetic import synthetic_articles, synthetic_events
from sitrep.geo.distance import haversine_km
from sitrep.store import store_from_url

N = 3000


def _dicts(n: int, seed: int) -> list[dict]:
    return [r.event.to_dict() | {"happening": r.happening} for r in synthetic_events(n, seed=seed)]


def test_a_seed_gives_the_same_events_and_a_longer_stream_starts_with_them():
    first = _dicts(N, seed=7)
    assert len(first) == N
    assert _dicts(N, seed=7) == first
    assert _dicts(N + 500, seed=7)[:N] == first
    assert _dicts(200, seed=8) != first[:200]


def test_articles_hold_their_events_with_spans_into_their_text():
    seen_ids = set()
    for item in islice(synthetic_articles(N, seed=1), 500):
        assert len(item.events) == len(item.happenings) >= 1
        assert len(set(item.happenings)) == len(item.happenings)  # one report of a happening per article
        for event in item.events:
            assert event.article_id == item.article.id and event.id not in seen_ids
            seen_ids.add(event.id)
            span = event.evidence[0]
            assert item.article.text[span.start_char:span.end_char] == span.text
            assert event.sub_event_type and event.date and event.location and event.location.country


def test_happenings_are_told_by_several_sources_that_differ_as_reports_do():
    groups: dict[str, list] = defaultdict(list)
    for r in synthetic_events(N, seed=2):
        groups[r.happening].append(r)
    sizes = [len(g) for g in groups.values()]
    assert max(sizes) >= 5 and sizes.count(1) > 0 and sum(s >= 2 for s in sizes) > len(sizes) / 4
    differing_dates = differing_places = differing_tolls = 0
    for reports in groups.values():
        if len(reports) < 2:
            continue
        events = [r.event for r in reports]
        assert len({e.article_id for e in events}) == len(events)  # other articles, other outlets
        assert len({r.article.url.split("/")[2] for r in reports}) == len(reports)
        assert len({e.sub_event_type for e in events}) == 1 and len({e.location.country for e in events}) == 1
        days = [dt.date.fromisoformat(e.date) for e in events if "date_from_publication" not in e.flags]
        if days:
            assert (max(days) - min(days)).days <= 4  # jittered by a day or two each
            differing_dates += len(set(days)) > 1
        towns = [e.location for e in events if e.location.precision == "town"]
        for a in towns:
            for b in towns:
                assert haversine_km(a.lat, a.lon, b.lat, b.lon) <= 20
        differing_places += len({(e.location.name, e.location.precision) for e in events}) > 1
        differing_tolls += len({e.fatalities.best for e in events}) > 1
    assert differing_dates and differing_places and differing_tolls


def test_the_spread_covers_countries_types_precisions_and_look_alikes():
    events = [r for r in synthetic_events(N, seed=3)]
    assert len({r.event.location.country for r in events}) >= 10
    assert len({r.event.sub_event_type for r in events}) >= 10
    assert {r.event.location.precision for r in events} == {"town", "admin1", "country"}
    # distinct happenings of one kind at one named place within three days
    first_seen: dict[tuple, list] = defaultdict(list)
    for r in events:
        if r.event.location.precision == "town":
            first_seen[(r.event.location.name, r.event.sub_event_type)].append(r)
    look_alikes = sum(
        1 for rs in first_seen.values() for a in rs for b in rs
        if a.happening < b.happening and abs((dt.date.fromisoformat(a.event.date)
                                              - dt.date.fromisoformat(b.event.date)).days) <= 3)
    assert look_alikes > 0


def test_the_articles_go_into_a_store_unchanged(tmp_path):
    items = list(islice(synthetic_articles(200, seed=4), 30))
    with store_from_url(str(tmp_path / "synthetic.db")) as store:
        for item in items:
            store.write_extraction(item.article, item.events, pipeline_version="synthetic")
        for item in items:
            assert store.query_events(article_id=item.article.id) == sorted(item.events, key=lambda e: e.id)
