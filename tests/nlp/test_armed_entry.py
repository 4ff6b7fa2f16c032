"""An armed force that rolls, sweeps or marches into a town or area takes ground (codebook
``armed_place_phrases``): state forces regain territory, non-state ones overtake it. One that
only 'entered' a place made a partial advance, a fight (cue list ``partial_control_cues``). The
same verbs done by civilians, into a building, or 'into talks' tell neither. Real pipeline,
sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Government soldiers rolled into the district capital of Borvani on Thursday, state media reported.",
    "On Monday the national army moved into the village of Tenkoro, officials said.",
])
def test_state_forces_entering_a_place_regain_it(nlp, text):
    events = extract_events(text, published="2023-03-06")
    assert "government_regains_territory" in {e.sub_event_type for e in events}


@pytest.mark.parametrize("text", [
    "Hundreds of insurgents marched into the border town of Oyeni on Friday, witnesses said.",
    "The militants swept into the provincial capital, Malouma, overnight, a local official said.",
])
def test_non_state_forces_entering_a_place_overtake_it(nlp, text):
    events = extract_events(text, published="2023-03-06")
    assert "non_state_actor_overtakes_territory" in {e.sub_event_type for e in events}


@pytest.mark.parametrize("text", [
    "Army troops entered the town of Kaliwa on Saturday after the insurgents withdrew, a spokesman said.",
    "Rebel fighters entered the city of Goma on Sunday, residents said.",
    "Jihadist fighters have entered the southern district of Tenkoro, a local official said on Monday.",
])
def test_forces_that_entered_a_place_fought_there(nlp, text):
    events = extract_events(text, published="2023-03-06")
    assert [e.sub_event_type for e in events] == ["armed_clash"]


@pytest.mark.parametrize("text", [
    "Thousands of refugees entered the town of Kaliwa on Saturday, aid workers said.",
    "The delegation entered the city of Darvel on Sunday for the talks.",
    "Two soldiers entered the restaurant in Oyeni on Friday to buy food, witnesses said.",
    "The rebels have entered into talks with the government, a mediator said on Friday.",
])
def test_civilians_buildings_and_talks_are_no_takeover(nlp, text):
    events = extract_events(text, published="2023-03-06")
    assert not {"government_regains_territory", "non_state_actor_overtakes_territory"} & {
        e.sub_event_type for e in events}
