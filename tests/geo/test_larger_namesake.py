"""A big city against a much smaller namesake of its own country that the document's province
or big cities favour (resolver._larger_namesake_first)."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.geo.document import resolve_names
from sitrep.geo.resolver import _local_support, document_support


def _read(names, gazetteer):
    return {n: r.place for n, r in zip(names, resolve_names(names, gazetteer=gazetteer), strict=True)}


@pytest.mark.parametrize("names", [
    ["West Java", "Cirebon", "Surabaya"],
    ["Bandung", "West Java", "Surabaya", "Indonesia"],
    ["Surabaya", "Tasikmalaya", "Cirebon", "West Java"],
])
def test_a_province_and_its_big_cities_do_not_make_a_village_of_the_big_city(gazetteer, names):
    surabaya = _read(names, gazetteer)["Surabaya"]
    assert surabaya.admin1 == "Jawa Timur"  # the city of three million, not a West Javan village


@pytest.mark.parametrize("names", [
    ["Boston", "New York"],
    ["New York", "Albany", "Boston"],
])
def test_a_state_named_beside_it_does_not_make_a_hamlet_of_the_big_city(gazetteer, names):
    assert _read(names, gazetteer)["Boston"].admin1 == "Massachusetts"


@pytest.mark.parametrize("names,name,admin1", [
    (["Austin", "Scott County", "Indiana"], "Austin", "Indiana"),  # in the county the text names
    (["Nashville", "Brown County", "Indiana"], "Nashville", "Indiana"),
    (["Detroit", "Clarksville", "Bogata", "Red River County", "Texas"], "Detroit", "Texas"),
])
def test_a_small_town_among_its_small_neighbours_keeps_its_place(gazetteer, names, name, admin1):
    assert _read(names, gazetteer)[name].admin1 == admin1


def test_a_big_city_near_a_town_is_no_local_support(gazetteer):
    village = next(e for e in gazetteer.lookup("Surabaya", country="ID", kinds=("city",)) if e.admin1 == "Jawa Barat")
    near_big = document_support(["Surabaya", "Cirebon"], gazetteer=gazetteer)[0]
    assert _local_support(village, near_big) == 0.0  # Cirebon is a city of 300,000 beside it
    nashville = next(e for e in gazetteer.lookup("Nashville", country="US", kinds=("city",))
                     if e.admin1 == "Indiana")
    in_county = document_support(["Nashville", "Brown County"], gazetteer=gazetteer, context_countries=("US",))[0]
    assert _local_support(nashville, in_county) >= 0.5


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Students marched through Cirebon and West Java's Bandung on Monday, and on Tuesday "
    "thousands rallied in Surabaya.",
    "Police in Surabaya arrested twelve people after riots that had earlier spread from Bandung "
    "to Cirebon in West Java.",
])
def test_the_place_layer_reads_the_big_cities(text):
    by_text = {m.text: m.place for m in sitrep.places(text)}
    assert by_text["Surabaya"].admin1 == "Jawa Timur"
    assert by_text["Bandung"].geonames_id == 1650357  # the provincial capital, not a village of that name
    assert abs(by_text["Bandung"].lat - (-6.92)) < 0.1 and abs(by_text["Bandung"].lon - 107.61) < 0.1
