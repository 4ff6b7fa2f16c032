"""Wordings of daily war reports: a prisoner swap told by its verb ("exchanged 90 prisoners"),
an air-defence tally told with "destroyed"/"downed" rather than "shot down", and a night told
as "during the night" (dated like "overnight"). Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model
PUB = "2024-03-06"  # a Wednesday


def _events(text: str):
    return extract_events(text, published=PUB)


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan exchanged 32 prisoners of war on Tuesday, officials in both capitals said.",
    "The warring sides swapped 75 prisoners each on Monday at a crossing near the border.",
    "Moscow and Kyiv traded 120 captives on Tuesday in a deal brokered by the Gulf state.",
    "The rebels and the army exchanged dozens of detainees on Sunday under Red Cross supervision.",
])
def test_a_prisoner_swap_told_by_its_verb_is_an_agreement(nlp, text):
    assert "agreement" in [e.sub_event_type for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The two armies exchanged artillery fire across the river on Monday.",
    "Troops and insurgents exchanged fire near the market on Tuesday.",
])
def test_an_exchange_of_fire_is_no_agreement(nlp, text):
    assert "agreement" not in [e.sub_event_type for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Russian air defence units destroyed 28 Ukrainian drones over the Oryol and Tula regions on Tuesday, the ministry said.",
    "Ukrainian air defences downed 41 Shahed drones over the Odesa region overnight, the air force said.",
    "Air-defence systems neutralised 12 missiles fired at the capital on Monday, the army said.",
    "Anti-aircraft gunners downed 19 drones near the city on Tuesday, the governor said.",
])
def test_an_air_defence_tally_is_an_interception(nlp, text):
    types = [e.sub_event_type for e in _events(text)]
    assert "disrupted_weapons_use" in types
    assert "air_drone_strike" not in types and "shelling_artillery_missile_attack" not in types


@pytest.mark.parametrize("text", [
    "A Ukrainian drone destroyed a Russian air defence system near Belgorod on Tuesday.",
    "Artillery destroyed two missile launchers near the front on Monday, the army said.",
])
def test_destroying_weapons_in_a_strike_is_no_interception(nlp, text):
    assert "disrupted_weapons_use" not in [e.sub_event_type for e in _events(text)]


@pytest.mark.parametrize("text", [
    "Drones struck a fuel depot in the port during the night, the governor said.",
    "Rockets hit the outskirts of the town in the night, the regional governor said.",
])
def test_during_the_night_is_dated_on_the_statement_day(nlp, text):
    evs = [e for e in _events(text) if e.sub_event_type in ("air_drone_strike", "shelling_artillery_missile_attack")]
    assert evs and all(e.date == PUB and e.date_precision == "day" for e in evs)
