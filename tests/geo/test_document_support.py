"""Document-level evidence in the resolver: spatial support and world-famous namesakes."""

from __future__ import annotations

from sitrep.geo.resolver import candidate_points, document_support, resolve_place, support_bonus


def test_support_groups_leave_out_the_name_itself(gazetteer):
    names = ["Alexandria", "Rapides Parish", "Alexandria"]
    sup = document_support(names, gazetteer=gazetteer)
    assert len(sup) == 3
    assert len(sup[0]) == 1 and len(sup[1]) == 1  # each sees only the other name
    weight, points = sup[0][0]
    assert weight == 1.0 and len(points) == 1  # the parish is unambiguous


def test_an_unambiguous_neighbour_picks_the_namesake_near_it(gazetteer):
    plain = resolve_place("Alexandria", context_countries=["US"], gazetteer=gazetteer)
    sup = document_support(["Alexandria", "Rapides Parish"], gazetteer=gazetteer)[0]
    near = resolve_place("Alexandria", context_countries=["US"], gazetteer=gazetteer, support=sup)
    assert near.admin1 == "Louisiana"
    assert plain.admin1 != "Louisiana"  # without the neighbour, the larger Virginian town


def test_countries_give_no_support(gazetteer):
    assert candidate_points("France", gazetteer=gazetteer) == ()
    assert candidate_points("US", gazetteer=gazetteer) == ()
    paris = gazetteer.lookup("Paris", country="FR", kinds=("city",))[0]
    assert support_bonus(paris, ()) == 0.0


def test_a_world_famous_namesake_beats_a_small_place_of_the_context(gazetteer):
    cairo = resolve_place("Cairo", context_countries=["US"], gazetteer=gazetteer)
    assert cairo.country == "EG"  # not Cairo, Illinois (a few thousand people)
    paris = resolve_place("Paris", context_countries=["US"], gazetteer=gazetteer)
    assert paris.country == "US"  # Paris, Texas is big enough for the context to hold
