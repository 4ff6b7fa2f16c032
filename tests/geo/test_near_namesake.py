"""A well-known place abroad is not read as an obscure namesake inside the story's country:
a district of the context named like a far larger city just across the border
(resolver._near_namesake_first), or a town of the context whose name is only spelt like a big
city abroad (resolver._prominent_first, VARIANT_PROMINENCE_RATIO)."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import resolve_place


def _read(mention: str, countries: tuple[str, ...], gazetteer):
    place = resolve_place(mention, context_countries=countries, gazetteer=gazetteer)
    return place.country, place.precision


@pytest.mark.parametrize(
    ("mention", "countries"),
    [
        ("Gaza", ("IL",)),
        ("in Gaza", ("IL",)),
        ("Gaza city", ("IL",)),
        ("Gaza", ("IL", "EG")),
    ],
)
def test_a_city_beside_the_context_outshines_a_district_named_after_it(gazetteer, mention, countries):
    # Israel holds a second-level unit called Gaza a few dozen km from the city: a story told
    # from Israel that mentions Gaza means the city across the border
    assert _read(mention, countries, gazetteer) == ("PS", "town")


def test_the_city_is_read_as_before_inside_its_own_country(gazetteer):
    assert _read("Gaza", ("PS",), gazetteer) == ("PS", "town")
    assert _read("Gaza", ("PS", "IL"), gazetteer) == ("PS", "town")


@pytest.mark.parametrize(
    ("mention", "countries", "country"),
    [
        # a sizeable town at home is no obscure namesake, however near the one abroad
        ("Rafah", ("EG",), "EG"),
        # a larger namesake an ocean away leaves the home town alone
        ("Paris", ("US",), "US"),
        ("Hamilton", ("US",), "US"),
    ],
)
def test_home_towns_keep_their_name(gazetteer, mention, countries, country):
    assert _read(mention, countries, gazetteer)[0] == country


@pytest.mark.parametrize("countries", [("CN",), ("CN", "JP")])
def test_a_big_city_abroad_beats_a_spelling_variant_at_home(gazetteer, countries):
    # China has no place of that exact name, only towns spelt alike
    assert _read("Taichung", countries, gazetteer) == ("TW", "town")


def test_a_spelling_variant_at_home_beats_a_mid_sized_city_abroad(gazetteer):
    # the Algerian city of that spelling is far short of a million people: the home town stays
    assert _read("Saida", ("PS",), gazetteer)[0] == "PS"
