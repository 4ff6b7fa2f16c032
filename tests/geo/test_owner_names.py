"""A document's name owned by another of its names (a possessive: "Illinois's Springfield",
"Mogadishu's Green Zone") is read inside the owner's reading: in its first-level unit or near
its town, never at a namesake elsewhere that the document's other names favour."""

from __future__ import annotations

import pytest

from sitrep.geo.document import owner_area, resolve_names
from sitrep.geo.resolver import resolve_place
from sitrep.nlp.place_reading import gazetteer


def _read(names: list[str], owners: list[int | None] | None) -> list:
    return [r.place for r in resolve_names(names, gazetteer=gazetteer(), owners=owners)]


@pytest.mark.parametrize("names, owners, admin1", [
    (["Kentucky", "Tennessee", "Paris"], [None, None, 0], "Kentucky"),
    (["Tennessee", "Kentucky", "Paris"], [None, None, 1], "Kentucky"),
    (["Illinois", "Ohio", "Springfield"], [None, None, 1], "Ohio"),
    (["Ohio", "Illinois", "Springfield"], [None, None, 0], "Ohio"),
])
def test_a_province_owner_picks_its_own_namesake(names, owners, admin1):
    place = _read(names, owners)[2]
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize("names, owners", [
    (["United States", "Mogadishu", "Green Zone"], [None, None, 1]),
    (["United States", "Kabul", "Green Zone"], [None, None, 1]),
    (["Canada", "Johannesburg", "Woodstock"], [None, None, 1]),
    (["Toronto", "Western Cape", "Woodstock"], [None, None, 1]),
])
def test_a_namesake_outside_the_owner_is_never_read(names, owners):
    without = _read(names, None)[2]
    assert without is not None  # the other names alone favour a namesake abroad
    owned = _read(names, owners)[2]
    assert owned is None or owned.country == _read(names, owners)[1].country


def test_an_owner_country_or_an_unread_owner_restricts_nothing():
    canada = resolve_place("Canada", gazetteer=gazetteer())
    assert owner_area(canada) is None and owner_area(None) is None


@pytest.mark.parametrize("owner, expected", [
    (("CA", "Ontario", 43.65, -79.38), "CA"),  # Ontario's Woodstock: same admin1
    (("ZA", "Western Cape", -33.92, 18.42), None),  # Cape Town's: none inside
])
def test_the_resolver_keeps_candidates_inside_the_owner(owner, expected):
    place = resolve_place("Woodstock", gazetteer=gazetteer(), within=(owner[0],), owner=owner)
    assert (place.country if place else None) == expected



@pytest.mark.parametrize("text, town", [
    ("Gunmen killed a farmer in the village of San Jose in Catubig town, Northern Samar, on Monday.", "Catubig"),
    ("Gunmen killed a farmer in the village of Mabini in the town of Las Navas on Monday.", "Las Navas"),
    ("Troops clashed with rebels in the village of San Isidro in Las Navas town on Sunday.", "Las Navas"),
])
def test_a_village_in_a_town_is_read_near_the_town_not_anywhere_in_its_region(text, town):
    """A village "in X town" (the text calls X a town) lies near X: a namesake elsewhere in X's first-level unit (a
    Philippine region spans several provinces) is not it; unknown, the event falls to X."""
    from sitrep import extract
    from sitrep.geo.distance import haversine_km

    seat = resolve_place(town, context_countries=("PH",), gazetteer=gazetteer())
    place = extract(text, published="2025-04-14")[0].location
    assert place is not None and haversine_km(seat.lat, seat.lon, place.lat, place.lon) <= 50
