"""A first-level unit with no populated place filed under it (GeoNames files the towns under a
coarser unit) takes the point of the town of its country named like it, its seat; without a
point the unit cannot be read at all."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import resolve_place
from sitrep.nlp.place_reading import gazetteer


def _read(mention: str, country: str):
    return resolve_place(mention, context_countries=(country,), gazetteer=gazetteer())


@pytest.mark.parametrize("mention, unit", [
    ("Jenin Governorate", "Jenin Governorate"),
    ("the Tubas governorate", "Tubas Governorate"),
    ("Khan Yunis governorate", "Khan Yunis Governorate"),
    ("the Qalqilya governorate", "Qalqilya Governorate"),
    ("Deir al-Balah Governorate", "Deir al-Balah Governorate"),
])
def test_a_unit_without_towns_of_its_own_is_read_at_its_seat(mention, unit):
    place = _read(mention, "PS")
    assert place is not None and place.name == unit and place.precision == "admin1"
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize("mention", ["Deir al-Balah", "Qalqilya"])
def test_the_bare_seat_name_still_resolves(mention):
    place = _read(mention, "PS")
    assert place is not None and place.country == "PS"


@pytest.mark.parametrize("mention, precision", [
    ("Gaza", "town"),
    ("Gaza City", "town"),
    ("Gaza Strip", "admin1"),
])
def test_gaza_stays_the_city_or_the_strip(mention, precision):
    place = _read(mention, "PS")
    assert place is not None and place.precision == precision


@pytest.mark.parametrize("mention", ["North Gaza Governorate", "the North Gaza governorate"])
def test_a_unit_without_towns_or_a_seat_is_read_at_its_published_centre(mention):
    place = _read(mention, "PS")
    assert place is not None and place.name == "North Gaza Governorate" and place.precision == "admin1"


@pytest.mark.parametrize("mention", ["Gaza", "Khan Yunis", "Nablus"])
def test_without_context_the_seat_filed_under_another_unit_stays_the_town(mention):
    place = resolve_place(mention, context_countries=(), gazetteer=gazetteer())
    assert place is not None and (place.country, place.precision) == ("PS", "town")


@pytest.mark.parametrize("mention", ["Deir al-Balah", "in Deir al-Balah"])
def test_the_bare_name_of_a_unit_seated_in_a_town_filed_elsewhere_is_the_town(mention):
    place = _read(mention, "PS")
    assert place is not None and place.precision == "town" and place.admin1 == "Gaza Strip"
