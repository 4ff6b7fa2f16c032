"""Fire on boats and on people at sea or at a border: a coastguard, navy or border force that
shoots at a migrant boat, a dinghy or a crowd of migrants attacks civilians, and "fired live
ammunition at" is a shooting as much as "fired on". Real pipeline, sentences written for these
tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _only(text: str):
    events = extract_events(text, published="2025-06-12")
    assert len(events) == 1, (text, [e.sub_event_type for e in events])
    return events[0]


@pytest.mark.parametrize("text", [
    "The Libyan coastguard opened fire on a migrant boat near Zuwara on Tuesday, killing two people.",
    "Coast guards fired on an inflatable dinghy near Zuwara, Libya, on Monday, wounding three men.",
    "Border guards opened fire on migrants near the town of Kassala, Sudan, on Sunday, killing four.",
    "A navy patrol fired live ammunition at a wooden fishing boat near Sfax, Tunisia, on Wednesday.",
    "Police fired live rounds into a crowd of refugees near Gambela, Ethiopia, on Friday, killing one.",
])
def test_state_fire_on_boats_and_migrants_is_an_attack_on_civilians(text):
    event = _only(text)
    assert event.sub_event_type == "attack"
    assert event.actor1 is not None and event.actor1.type == "state_forces"
    assert event.actor2 is not None and event.actor2.type == "civilians"


@pytest.mark.parametrize("text", [
    "Pirates opened fire on a passenger boat near Brass, Nigeria, on Monday, killing two travellers.",
    "Armed men fired live bullets at a minibus near Garissa, Kenya, on Saturday, wounding five.",
])
def test_non_state_fire_on_boats_and_vehicles_is_an_attack(text):
    event = _only(text)
    assert event.sub_event_type == "attack"
    assert event.actor2 is not None and event.actor2.type == "civilians"


def test_the_coastguard_is_the_state_s_military():
    event = _only("The coastguard fired on a boat carrying refugees near Zuwara, Libya, on Monday, killing one.")
    assert event.actor1.name == "Military Forces of Libya"
