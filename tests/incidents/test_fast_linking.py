"""The fast linker (arrays, blocking by reach and grid cells) against the pair-by-pair
reference, on small worlds hypothesis builds: the same links with the same scores, the same
clusters, in one batch or several."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.incidents.cluster import cluster
from sitrep.incidents.fastscore import find_links, reach
from sitrep.incidents.index import LinkIndex
from sitrep.incidents.link import candidate_pairs
from sitrep.incidents.model import ArticleInfo, build_incident
from sitrep.incidents.score import load_weights
from sitrep.incidents.table import EventTable
from sitrep.model import Actor, Event, Evidence, Fatalities, Place

from .reference import reference_cluster, reference_pairs

SUBS = {"armed_clash": "battles", "government_regains_territory": "battles",
        "non_state_actor_overtakes_territory": "battles", "attack": "violence_against_civilians",
        "shelling_artillery_missile_attack": "explosions_remote_violence",
        "air_drone_strike": "explosions_remote_violence", "looting_property_destruction": "strategic_developments",
        "violent_demonstration": "riots", "peaceful_protest": "protests"}
WORDS = ["market", "village", "drone", "checkpoint", "convoy", "school", "bridge", "mosque", "Kharkiv"]
ACTORS = [None, ("Military Forces of Ukraine", "state_forces"), ("Wagner Group", "political_militia"),
          ("Unidentified Armed Group (Ukraine)", "unknown"), ("Civilians (Ukraine)", "civilians")]


@st.composite
def places(draw) -> Place | None:
    shape = draw(st.sampled_from(["point", "point", "point", "named", "admin1", "country", "nocoords", "none"]))
    country = draw(st.sampled_from(["UA", "UA", "UA", "ua", "RU", None]))
    if shape == "none":
        return None
    spread = draw(st.sampled_from([0.05, 0.3, 1.0, 2.0]))  # degrees around Kharkiv: 5 to 200 km
    lat = 49.99 + draw(st.floats(-spread, spread))
    lon = 36.23 + draw(st.floats(-spread, spread))
    if shape == "named":  # one named place, anywhere: the same place key at any distance
        return Place("Izium", "Izium", "Kharkiv Oblast", country, lat, lon, "town")
    if shape in ("admin1", "country"):
        admin1 = draw(st.sampled_from(["Kharkiv Oblast", "Donetsk Oblast", "", None]))
        return Place("Kharkiv Oblast", "the region", admin1, country, lat, lon, shape)
    if shape == "nocoords":
        return Place("Somewhere", None, "Kharkiv Oblast", country, None, None, "town")
    name = draw(st.sampled_from(["Balakliia", "Kupiansk", "Chuhuiv", "Vovchansk"]))
    return Place(name, name, draw(st.sampled_from(["Kharkiv Oblast", None])), country, lat, lon, "town")


@st.composite
def events(draw) -> Event:
    sub = draw(st.sampled_from(sorted(SUBS) + ["shelling_artillery_missile_attack"] * 4 + ["attack"] * 2))
    day = draw(st.integers(0, 9))
    date = draw(st.sampled_from([(dt.date(2022, 9, 1) + dt.timedelta(days=day)).isoformat()] * 6
                                + [None, "2022-13-45"]))
    actor1, actor2 = draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTORS))
    flags = draw(st.lists(st.sampled_from(["date_from_publication", "actor1_unnamed", "location_approximate"]),
                          max_size=2, unique=True))
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=6)))
    best = draw(st.sampled_from([None, 0, 1, 3, 4, 5, 10, 30]))
    return Event(
        id="", article_id=draw(st.sampled_from(["a1", "a2", "a3", "a4", "a5", "a6"])),
        event_type=SUBS[sub], sub_event_type=sub, date=date,  # type: ignore[arg-type]
        date_precision=draw(st.sampled_from(["day", "day", "day", "week"])), location=draw(places()),
        actor1=Actor(*actor1) if actor1 else None, actor2=Actor(*actor2) if actor2 else None,
        fatalities=Fatalities(best), flags=tuple(flags),
        evidence=(Evidence(0, len(text), text),) if text else (),
    )


@st.composite
def retold(draw, base: Event) -> Event:
    """Another report of ``base``, or a look-alike: some fields redrawn, the rest kept."""
    other = draw(events())
    keep = draw(st.sets(st.sampled_from(["sub", "date", "location", "actors", "fatalities", "evidence"])))
    fields = {f: getattr(other, f) for f in other.__dataclass_fields__}
    if "sub" in keep:
        fields.update(event_type=base.event_type, sub_event_type=base.sub_event_type)
    if "date" in keep:
        fields.update(date=base.date, date_precision=base.date_precision)
    if "location" in keep and base.location is not None and base.location.lat is not None:
        shift = draw(st.sampled_from([0.0, 0.0, 0.05, 0.1, 0.25, 0.4, 0.6, 0.85, 0.9, 1.3]))  # 0 to ~140 km
        fields["location"] = Place(base.location.name if shift == 0 else "Elsewhere", None,
                                   base.location.admin1, base.location.country,
                                   base.location.lat + shift, base.location.lon, base.location.precision)
    elif "location" in keep:
        fields["location"] = base.location
    if "actors" in keep:
        fields.update(actor1=base.actor1, actor2=base.actor2)
    if "fatalities" in keep:
        fields["fatalities"] = base.fatalities
    if "evidence" in keep:
        fields["evidence"] = base.evidence
    return Event(**fields)


@st.composite
def worlds(draw) -> list[Event]:
    drawn: list[Event] = []
    for base in draw(st.lists(events(), min_size=1, max_size=10)):
        drawn.append(base)
        drawn.extend(draw(retold(base)) for _ in range(draw(st.integers(0, 5))))
    drawn = draw(st.permutations(drawn))
    names = draw(st.permutations([f"e{k:03d}" for k in range(len(drawn))]))  # ids not in input order
    return [Event(**{**{f: getattr(e, f) for f in e.__dataclass_fields__}, "id": name})
            for e, name in zip(drawn, names)]


def _triples(pairs):
    return [(p.a, p.b, p.score) for p in pairs]


SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(worlds())
def test_links_and_scores_are_the_reference_ones(world):
    assert _triples(candidate_pairs(world, world)) == _triples(reference_pairs(world, world))


@SETTINGS
@given(worlds())
def test_links_of_everything_at_once_are_the_reference_ones(world):
    table = EventTable()
    table.extend(world)
    found = find_links(table)  # every row a query: each pair searched from one side only
    ids = table.ids
    triples = sorted((min(ids[a], ids[b]), max(ids[a], ids[b]), s)
                     for a, b, s in zip(found.a.tolist(), found.b.tolist(), found.score.tolist()))
    assert triples == _triples(reference_pairs(world, world))


@SETTINGS
@given(worlds(), st.integers(0, 40))
def test_links_of_new_events_against_a_pool_are_the_reference_ones(world, cut):
    new, pool = world[cut:], world  # the pool holds the new events too, as in a store
    assert _triples(candidate_pairs(new, pool)) == _triples(reference_pairs(new, pool))


@SETTINGS
@given(worlds())
def test_clusters_are_the_reference_ones(world):
    links = [(p.a, p.b, p.score) for p in reference_pairs(world, world)]
    by_id = {e.id: e for e in world}
    assert cluster(by_id, links) == reference_cluster(by_id, links)


@SETTINGS
@given(worlds(), st.integers(0, 40))
def test_the_index_in_batches_gives_the_reference_clusters_and_incident_ids(world, cut):
    links = [(p.a, p.b, p.score) for p in reference_pairs(world, world)]
    by_id = {e.id: e for e in world}
    expected = reference_cluster(by_id, links)
    index = LinkIndex()
    index.add(world[:cut])
    index.add(world[cut:])
    assert index.clusters() == expected
    published = {f"a{k}": f"2022-09-0{k}" for k in range(1, 6)}  # a6 has no date
    info = {a: ArticleInfo(a, published=p) for a, p in published.items()}
    ids = index.incident_ids(published)
    for group in expected:
        incident = build_incident([by_id[e] for e in group], info)
        assert {ids[index.table.ids.index(e)] for e in group} == {incident.id}


def test_reach_follows_the_weights():
    limits = reach(load_weights())
    # with weights.json: "more" days (-4) and "far" (-6) can never reach the threshold of 5
    assert limits.days == 4 and limits.km == 100.0
