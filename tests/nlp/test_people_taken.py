"""People taken by force: a verb that usually takes ground ("seized", "captured") with unarmed
people as its object is an abduction (or an arrest, when state forces take them), in the active
voice as in the passive; "taken/held captive" is an abduction too. Combatants captured in a
fight stay part of that fight."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model

TAKING = ("abduction_forced_disappearance", "arrests")


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]


@pytest.mark.parametrize("text", [
    "Bandits seized four health workers on the road outside Gusau on Thursday.",
    "Armed men captured two teachers at the school gate in Tahoua on Wednesday.",
    "Two teachers were captured by armed men at the school gate in Tahoua on Wednesday.",
    "Raiders took nine travellers captive near Birnin Gwari on Tuesday.",
    "The nine travellers were taken captive near Birnin Gwari on Tuesday, police said.",
    "Kidnappers held the engineer captive in a forest near Lokoja for a week after seizing him on Monday.",
])
def test_unarmed_people_taken_are_taken_not_ground(text):
    assert any(t in TAKING for t in _types(text))
    assert not any(t.endswith("territory") for t in _types(text))


@pytest.mark.parametrize("text", [
    "Insurgents overran an army post near Diffa on Friday, killing four soldiers.\n\nThey also captured two officers.",
    "Militia fighters attacked a police convoy outside Bunia on Sunday.\n\nThe attackers seized three policemen, the army said.",
])
def test_combatants_captured_in_a_fight_are_part_of_it(text):
    types = _types(text)
    assert not any(t in TAKING for t in types) and types


@pytest.mark.parametrize("text", [
    "Troops captured six insurgents during a raid near Gwoza on Friday, the army said.",
    "Security forces seized four gunmen at a checkpoint outside Jos on Tuesday.",
])
def test_combatants_captured_by_state_forces_are_arrested(text):
    assert "arrests" in _types(text)
