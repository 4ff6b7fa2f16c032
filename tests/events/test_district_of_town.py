"""A second-level unit (zone, district, territory) named inside a town's own phrase ("X, capital of
Y zone") only says where the town lies: the town is the place of the act, as for a province."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "In Debre Markos, capital of East Gojjam Zone, soldiers shot dead three traders on Friday.",
    "In Debre Markos, the seat of East Gojjam Zone, troops shot dead three traders on Friday.",
    "In Debre Markos, a city of East Gojjam Zone, troops shot dead three traders on Friday.",
    "In Debre Markos, capital of the East Gojjam Zone, a grenade wounded three traders on Friday.",
])
def test_the_town_whose_unit_is_told_beside_it_is_the_place(text):
    events = sitrep.extract(text, published="2026-03-02")
    assert events and events[0].location is not None
    assert events[0].location.name == "Debre Mark’os"


@pytest.mark.parametrize("text, place", [
    # the unit told apart from the town, in a phrase of the verb: the rule leaves it alone
    ("Gunmen killed four farmers on Friday in Beni territory, police in Goma said.", "Beni Territory"),
    ("Militiamen killed four farmers in Beni territory on Friday, police in Goma said.", "Beni Territory"),
    ("Four farmers were killed by gunmen on Friday in Beni territory, the army in Goma said.", "Beni Territory"),
    ("In Beni territory, gunmen killed four farmers on Friday, police in Goma said.", "Beni Territory"),
])
def test_a_unit_told_apart_from_any_town_stays(text, place):
    events = sitrep.extract(text, published="2026-03-02")
    assert events and events[0].location is not None
    assert events[0].location.name == place
