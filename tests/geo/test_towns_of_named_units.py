"""A bare name that the gazetteer files, in that spelling, only under a district named after a
town, while the town itself is spelt another way: the reading is the town, not the district
(whose point is the middle of its places, or its province's, often far from the town)."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import resolve_place
from sitrep.nlp.place_reading import gazetteer


def _read(mention: str, country: str):
    return resolve_place(mention, context_countries=(country,), gazetteer=gazetteer())


@pytest.mark.parametrize("mention, country, town", [
    ("Qoriyoley", "SO", "Qoryooley"),
    ("Gabiley", "SO", "Gebiley"),
    ("Al-Zabadani", "SY", "Az Zabadānī"),
    ("Aboudeia", "TD", "Abou Déïa"),
    ("the town of Qoriyoley", "SO", "Qoryooley"),
])
def test_a_bare_name_of_a_district_is_its_town_spelt_otherwise(mention, country, town):
    place = _read(mention, country)
    assert place is not None and place.name == town and place.precision == "town"


@pytest.mark.parametrize("mention, country, unit", [
    ("Qoriyoley district", "SO", "Qoriyoley District"),
    ("Gabiley District", "SO", "Gabiley District"),
])
def test_a_unit_word_keeps_the_district(mention, country, unit):
    place = _read(mention, country)
    assert place is not None and place.name == unit and place.precision == "region"


def test_no_town_of_another_province_is_taken():
    """A district with no town of a near spelling in its own province stays the district: a
    town of a like name elsewhere in the country says nothing of it."""
    place = _read("Ngoura", "TD")
    assert place is not None and place.name == "Ngoura" and place.admin1 == "Hadjer-Lamis Region"
