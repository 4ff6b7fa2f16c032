"""The pair score, the clustering and the merged incident, on hand-built events (no store)."""

from __future__ import annotations

import random

from sitrep.incidents.cluster import cluster
from sitrep.incidents.link import candidate_pairs
from sitrep.incidents.model import ArticleInfo, build_incident, incident_id
from sitrep.incidents.score import blocked_together, load_weights, score_pair

from .events import ARTICLES, KP, PESHAWAR, event

EVENTS = {e.id: e for _, events in ARTICLES.values() for e in events}
INFO = {a.id: ArticleInfo(a.id, a.url, a.published, a.source) for a, _ in ARTICLES.values()}


def _clusters(events):
    pairs = candidate_pairs(list(events), list(events))
    return cluster({e.id: e for e in events}, [(p.a, p.b, p.score) for p in pairs])


def test_pair_score_is_a_sum_of_named_weights_and_prints_them():
    pair = score_pair(EVENTS["e-a2-1"], EVENTS["e-a1-1"])
    assert (pair.a, pair.b) == ("e-a1-1", "e-a2-1")  # ordered by id
    levels = {c.comparison: c.level for c in pair.contributions}
    assert levels == {"type": "same_sub_type", "distance": "same_place", "date": "same_day",
                      "actors": "unknown", "fatalities": "same_order", "wording": levels["wording"]}
    assert pair.score == round(sum(c.weight for c in pair.contributions), 6) and pair.linked
    line = pair.explain()
    assert line.startswith("e-a1-1 ~ e-a2-1") and "type=same_sub_type(+2.5)" in line and " link " in line


def test_the_weights_come_from_the_data_file():
    weights = load_weights()
    assert weights.threshold > 0 and weights.weight("type", "different") < 0
    assert weights.weight("distance", "far") < 0 < weights.weight("distance", "same_place")


def test_blocking_keeps_one_country_within_the_window_and_other_articles():
    a = EVENTS["e-a1-1"]
    assert blocked_together(a, EVENTS["e-a2-1"])
    assert not blocked_together(a, event("x", "a1"))  # same article
    assert not blocked_together(a, event("x", "b", date="2022-03-20"))  # outside the window
    far = event("x", "b", place=PESHAWAR.__class__("Kabul", country="AF", lat=34.5, lon=69.2))
    assert not blocked_together(a, far)


def test_look_alikes_and_other_types_stay_apart():
    later = score_pair(EVENTS["e-a1-1"], EVENTS["e-a3-2"])  # same city and type, 6 days later
    other_city = score_pair(EVENTS["e-a1-1"], EVENTS["e-a4-1"])
    other_type = score_pair(EVENTS["e-a1-1"], EVENTS["e-a5-1"])
    assert not later.linked and not other_city.linked and not other_type.linked
    assert {c.level for c in other_city.contributions} >= {"far"}


def test_named_perpetrators_that_differ_count_against_the_pair():
    a = event("x1", "b1", actor1="Islamic State")
    b = event("x2", "b2", actor1="Tehrik-i-Taliban Pakistan")
    c = event("x3", "b3", actor1="Unidentified Armed Group (Pakistan)")
    assert {x.level for x in score_pair(a, b).contributions} >= {"different_perpetrators"}
    assert {x.level for x in score_pair(a, c).contributions} >= {"unknown"}  # a stand-in names no one


def test_clusters_are_the_same_in_any_order():
    events = list(EVENTS.values())
    expected = _clusters(events)
    assert ["e-a1-1", "e-a2-1", "e-a3-1"] in expected
    assert ["e-a2-2", "e-a4-2"] in expected
    for seed in range(5):
        random.Random(seed).shuffle(events)
        assert _clusters(events) == expected


def test_two_same_kind_events_of_one_article_never_join():
    # an article telling two bombings in Peshawar that day; another outlet's vague report of
    # "a bombing in Peshawar" scores high with both
    one = event("b-1", "b", text="A bomb exploded at a mosque in Peshawar")
    two = event("b-2", "b", text="A bomb exploded at a market in Peshawar")
    vague = event("c-1", "c", text="A bomb exploded in Peshawar")
    clusters = _clusters([one, two, vague])
    assert len(clusters) == 2 and sorted(map(len, clusters)) == [1, 2]
    assert not any({"b-1", "b-2"} <= set(c) for c in clusters)


def test_incident_merges_fields_across_sources():
    members = [EVENTS["e-a3-1"], EVENTS["e-a1-1"], EVENTS["e-a2-1"]]
    incident = build_incident(members, INFO)
    assert incident.id == incident_id(EVENTS["e-a1-1"])  # first reported
    assert incident.sub_event_type == "suicide_bomb" and incident.date == "2022-03-04"
    assert incident.location == PESHAWAR and incident.location != KP  # the best precision
    assert (incident.fatalities_best, incident.fatalities_low, incident.fatalities_high) == (62, 32, 63)
    assert incident.fatalities_conservative == 32  # ACLED: the lowest reported figure
    assert [s.article_id for s in incident.sources] == ["a1", "a2", "a3"]
    assert [s.outlet for s in incident.sources] == ["dawn.com", "thecorrespondent.pk", "urdupoint.com"]
    assert incident.sources[0].reported_by == ("police",) and incident.sources[0].url.endswith("/a1")
    assert (incident.first_reported, incident.last_reported, incident.reports) == ("2022-03-04", "2022-03-06", 3)
    assert incident.actors[0] == "Civilians (Pakistan)" and "Islamic State" in incident.actors
    assert build_incident(list(reversed(members)), INFO) == incident
    assert incident.from_dict(incident.to_dict()) == incident


def test_a_province_level_report_never_bridges_two_located_incidents():
    # one report placed only at the province links bombings in Peshawar and Nowshera the same
    # day; it joins the one it links most strongly and does not chain the two together
    from .events import NOWSHERA
    events = {e.id: e for e in (event("p1", "x1"), event("p2", "x2"), event("n1", "x3", place=NOWSHERA),
                                event("k1", "x4", place=KP))}
    links = [("p1", "p2", 9.0), ("k1", "p1", 6.0), ("k1", "n1", 5.5)]
    assert cluster(events, links) == [["k1", "p1", "p2"], ["n1"]]
    # two located reports still join each other through a located link
    assert cluster(events, links + [("n1", "p2", 5.2)]) == [["k1", "n1", "p1", "p2"]]


def test_a_chain_of_look_alikes_is_not_one_incident():
    # a-b, b-c, c-d linked, nothing else: a cluster joins another only when at least half the
    # pairs between them are links (1 of 1, 1 of 2, then 1 of 3 is too few)
    events = {i: event(i, f"art-{i}") for i in "abcd"}
    chain = [("a", "b", 9.0), ("b", "c", 8.0), ("c", "d", 7.0)]
    assert cluster(events, chain) == [["a", "b", "c"], ["d"]]
    assert cluster(events, chain + [("b", "d", 6.0)]) == [["a", "b", "c", "d"]]
