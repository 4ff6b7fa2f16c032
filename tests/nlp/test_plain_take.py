"""A change of territory told with the plain verb 'take' (codebook ``armed_place_phrases``): an
armed force that took a town, a village or a named place took ground, whether or not an adjective
stands before the settlement word. What was taken decides: a road, positions, hostages, 'part' in
something or 'control of' a building are no territory. Real pipeline, sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

TERRITORY = {"government_regains_territory", "non_state_actor_overtakes_territory"}


@pytest.mark.parametrize("text", [
    "Separatist fighters took the hilltop village of Orvani on Saturday, a local official said.",
    "The insurgents took the strategic river town of Kessali overnight, residents said.",
    "Rebel fighters took the provincial capital on Wednesday after a two-day assault.",
    "Islamist militants took Timbuktu on Monday, witnesses told reporters.",
])
def test_non_state_forces_that_took_a_place_overtook_it(nlp, text):
    events = extract_events(text, published="2024-05-06")
    assert "non_state_actor_overtakes_territory" in {e.sub_event_type for e in events}


@pytest.mark.parametrize("text", [
    "Government troops took the northern town of Dalbeni on Friday, the defence ministry said.",
    "Army soldiers took the village of Marsoko back from the rebels on Sunday, a spokesman said.",
])
def test_state_forces_that_took_a_place_regained_it(nlp, text):
    events = extract_events(text, published="2024-05-06")
    assert "government_regains_territory" in {e.sub_event_type for e in events}


@pytest.mark.parametrize("text", [
    "Rebel fighters took the road to Kessali on Monday, drivers said.",
    "Soldiers took part in a parade in the capital on Monday, state television showed.",
    "Gunmen took two hostages in the village of Orvani on Tuesday, police said.",
    "The militants took the wounded to a clinic in Dalbeni on Thursday.",
    "Army troops took positions around the town of Marsoko on Friday.",
    "Guards and soldiers took back control of the prison building late on Friday, officials said.",
])
def test_other_things_taken_are_no_territory(nlp, text):
    events = extract_events(text, published="2024-05-06")
    assert not TERRITORY & {e.sub_event_type for e in events}
