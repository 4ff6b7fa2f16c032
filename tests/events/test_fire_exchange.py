"""Gunfire or fighting told together with shelling, a bombardment or explosions ("gunfire
and several blasts", "heavy fighting and mortar rounds") is one exchange of fire
between two sides: a battle, not remote violence (codebook armed_clash ``outranking_phrases``).
Told beside a capture in its sentence, that fighting is the capture's. Shelling, rockets or a
bomb told alone stay remote violence. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model

CLASH = "armed_clash"
SHELLING = "shelling_artillery_missile_attack"
BOMBING = "remote_explosive_landmine_ied"


def sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-13")]


@pytest.mark.parametrize("text", [
    "Small arms fire and several loud explosions rocked the area around the Tarvo barracks on Tuesday.",
    "Residents of Kelvar reported heavy gunfire and shelling in the eastern districts on Monday.",
    "Soldiers and rebels exchanged gun fire and bombardment across the Lisk river on Friday.",
    "Fierce fighting and artillery fire shook the outskirts of Morvan on Sunday, witnesses said.",
    "Shelling and gunfire were reported across the north of Dastra on Sunday.",
])
def test_gunfire_told_with_blasts_is_a_battle(text):
    assert sub_types(text) == [CLASH]


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Artillery shelling hit the outskirts of Morvan on Monday, killing two.", SHELLING),
    ("Rebels fired rockets at the airport in Tarvo on Tuesday.", SHELLING),
    ("Militants opened fire and fired rockets at the army base in Tarvo on Tuesday.", SHELLING),
    ("A roadside bomb explosion killed three soldiers near Kelvar on Friday.", BOMBING),
])
def test_blasts_told_alone_stay_remote_violence(text, sub_type):
    assert sub_types(text) == [sub_type]


def test_two_clauses_tell_two_acts():
    found = sub_types("Troops shelled rebel positions and fighting raged near Dastra on Sunday.")
    assert sorted(found) == [CLASH, SHELLING]


@pytest.mark.parametrize("text", [
    "Government troops recaptured Velmar on Saturday after a night of heavy fighting and mortar fire.",
    "Government troops recaptured Velmar on Saturday amid gunfire and explosions.",
])
def test_the_exchange_a_capture_was_won_in_is_the_capture(text):
    assert sub_types(text) == ["government_regains_territory"]
