"""A bare name that the gazetteer files, in that spelling, only under a district named after a
town, while the town itself is spelt another way, and the district holds no places of its own:
the reading is the town, not the district (standing at its province's point, often far from
the town)."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import resolve_place
from sitrep.nlp.place_reading import gazetteer


def _read(mention: str, country: str):
    return resolve_place(mention, context_countries=(country,), gazetteer=gazetteer())


@pytest.mark.parametrize("mention, country, town", [
    ("Al-Zabadani", "SY", "Az Zabadānī"),
    ("Aboudeia", "TD", "Abou Déïa"),
    ("Laas Caanood", "SO", "Laascaanood"),
    ("Aouzou", "TD", "Aozou"),
    ("the town of Aboudeia", "TD", "Abou Déïa"),
])
def test_a_bare_name_of_a_district_is_its_town_spelt_otherwise(mention, country, town):
    place = _read(mention, country)
    assert place is not None and place.name == town and place.precision == "town"


@pytest.mark.parametrize("mention, country, unit", [
    ("Al-Nabk district", "SY", "Al-Nabk District"),
    ("Aboudeia department", "TD", "Aboudeia"),
])
def test_a_unit_word_keeps_the_district(mention, country, unit):
    place = _read(mention, country)
    assert place is not None and place.name == unit and place.precision == "region"


@pytest.mark.parametrize("mention, country, unit", [
    ("Harardhere", "SO", "Harardhere District"),
    ("Buhoodle", "SO", "Buhoodle District"),
])
def test_a_district_with_places_of_its_own_keeps_its_reading(mention, country, unit):
    """Such a district stands at a point of its own (the middle of its places), not at its
    province's."""
    place = _read(mention, country)
    assert place is not None and place.name == unit


def test_no_town_of_another_province_is_taken():
    """A district with no town of a near spelling in its own province stays the district: a
    town of a like name elsewhere in the country says nothing of it."""
    place = _read("Ngoura", "TD")
    assert place is not None and place.name == "Ngoura" and place.admin1 == "Hadjer-Lamis Region"
