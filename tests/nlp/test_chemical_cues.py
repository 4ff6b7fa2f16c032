"""A conventional weapon told in a sentence that names a chemical agent or its effects
('a chemical agent', 'signs of suffocation', 'chlorine') delivered it: a chemical weapon
(codebook cue group 'chemical', cued phrases of ``chemical_weapon``). A chemical weapons depot,
plant or team of experts is no chemical attack (``inert_phrases``). Real pipeline, sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.sub_event_type for e in extract_events(text, published="2023-03-06")}


@pytest.mark.parametrize("text", [
    "Activists said shells carrying a chemical agent hit the village of Kafr Dalim on Tuesday, killing nine people.",
    "Doctors said patients showed signs of suffocation after helicopters dropped barrel bombs on the town of "
    "Marjan on Monday.",
    "Residents of Tel Sabra said the mortars fired at the market on Sunday smelled of chlorine, a monitor said.",
])
def test_a_weapon_with_a_chemical_named_beside_it_is_a_chemical_attack(nlp, text):
    types = _types(text)
    assert "chemical_weapon" in types
    assert not {"shelling_artillery_missile_attack", "air_drone_strike"} & types


@pytest.mark.parametrize("text", [
    "Rockets struck the town of Telvani on Monday, killing four civilians, a monitor said.",
    "Government helicopters dropped barrel bombs on the town of Marjan on Monday, killing six people.",
])
def test_weapons_without_a_chemical_stay_as_they_are(nlp, text):
    assert "chemical_weapon" not in _types(text)


@pytest.mark.parametrize("text", [
    "Warplanes struck the old chemical weapons depot outside Harim on Sunday, a monitor said.",
    "Israeli jets hit a chemical weapons facility outside the town of Safra on Saturday, state media said.",
])
def test_a_strike_on_a_chemical_weapons_site_is_no_chemical_attack(nlp, text):
    types = _types(text)
    assert "air_drone_strike" in types
    assert "chemical_weapon" not in types
