"""Unit words of many countries ("territory", "tehsil", "woreda", "raion"), a country named across a border, a loosely spelt unit far from the named province, and
a unit name the NER took for a date."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import resolve_place
from sitrep.nlp.place_reading import ArticlePlaces, gazetteer

pytestmark = pytest.mark.model


def _read(nlp, text: str) -> dict[str, object]:
    doc = nlp(text)
    places = ArticlePlaces.of(doc)
    return {p.text: places.read(p) for p in doc.spans["places"]}


@pytest.mark.parametrize("mention, country", [
    ("Lubero territory", "CD"),
    ("Walikale territory", "CD"),
    ("Mandi tehsil", "IN"),
    ("Kobo woreda", "ET"),
    ("Bakhmut rayon", "UA"),
])
def test_a_unit_word_makes_the_reading_a_region(mention, country):
    place = resolve_place(mention, context_countries=[country], gazetteer=gazetteer())
    assert place is not None and place.country == country and place.precision == "region"


@pytest.mark.parametrize("text, name, country", [
    ("Soldiers fought guerrillas at the border with Panama in Choco department.", "Choco", "CO"),
    ("Troops clashed with rebels close to the frontier with Ecuador in Narino department on Friday.", "Narino", "CO"),
    ("A bomb hit a patrol near the border with Ecuador in Putumayo department.", "Putumayo", "CO"),
])
def test_a_country_across_the_border_is_no_context(nlp, text, name, country):
    place = _read(nlp, text)[name]
    assert place is not None and place.country == country


@pytest.mark.parametrize("text, village", [
    ("Bandits abducted 20 people from Kairu village in Tsafe local government area on Sunday.", "Kairu village"),
    ("Gunmen killed a farmer in Kauri village of Maru local government area, Zamfara State.", "Kauri village"),
])
def test_a_loosely_spelt_unit_far_from_the_named_area_stays_unplaced(nlp, text, village):
    readings = _read(nlp, text)
    place = next((v for k, v in readings.items() if k.startswith(village.split()[0])), None)
    assert place is None or place.admin1 in ("Zamfara State", "Zamfara")


@pytest.mark.parametrize("text", [
    "A landmine killed three shepherds in Hays district of Hodeidah province on Friday.",
    "Shelling killed two children in Hays district of Hodeidah, Yemen, on Wednesday.",
])
def test_a_unit_name_taken_for_a_date_is_a_place(nlp, text):
    readings = _read(nlp, text)
    assert "Hays" in readings and readings["Hays"] is not None and readings["Hays"].country == "YE"
