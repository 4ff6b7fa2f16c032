"""Whose act a strike is when the sentence names another doer too: the group named beside the
weapon word ("a Hezbollah rocket attack") carried it out, and the subject of another clause
("... as the air force pounded the south") is no side of a one-sided act (sentences written
for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _first(text: str, event_type: str):
    from sitrep.nlp.extractor import extract_events

    events = [e for e in extract_events(text, published="2024-03-06") if e.event_type == event_type]
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, doer", [
    ("Five shoppers died in an Al Shabaab mortar attack on Bakara market late on Tuesday as AMISOM "
     "troops pushed into Afgoye.", "Al Shabaab"),
    ("Six farmers were wounded in a Houthi missile attack on Najran on Monday while Saudi warplanes "
     "kept up raids on Hajjah.", "Houthi Movement"),
    ("Residents of Nahariya were hurt in a Hezbollah rocket attack on Thursday as Israeli warplanes "
     "pounded villages near Tyre.", "Hezbollah"),
    ("Nine pupils were injured in a Hezbollah rocket attack on Safed as Israeli soldiers pushed into "
     "Marjayoun on Saturday.", "Hezbollah"),
])
def test_the_group_beside_the_weapon_word_is_actor1(text, doer):
    event = _first(text, "explosions_remote_violence")
    assert event.actor1 is not None and event.actor1.name == doer


@pytest.mark.parametrize("text, doer", [
    ("A Hezbollah rocket attack hit Safed on Saturday as Israeli soldiers pushed into Marjayoun.", "Hezbollah"),
    ("Turkish soldiers and armed groups backed by Ankara bombarded the hamlets of Ain Issa and Sarrin "
     "on Thursday.", "Military Forces of Turkey"),
    ("Government soldiers and armed groups loyal to the junta shelled two villages near Mindat on Sunday.",
     "Military Forces of Myanmar"),
])
def test_another_doer_is_not_the_target_of_a_strike(text, doer):
    event = _first(text, "explosions_remote_violence")
    assert event.actor1 is not None and event.actor1.name == doer
    assert event.actor2 is None or event.actor2.type == "civilians", event.actor2


@pytest.mark.parametrize("text, sides", [
    # a battle has two sides: both doers the sentence names are them
    ("TNLA and government forces clashed near Lashio on Sunday.", {"rebel_group", "state_forces"}),
    ("The Turkish army and Kurdish militants exchanged fire near Qamishli on Monday.",
     {"rebel_group", "state_forces"}),
])
def test_a_battle_keeps_its_second_doer(text, sides):
    event = _first(text, "battles")
    assert event.actor2 is not None and {event.actor1.type, event.actor2.type} == sides


@pytest.mark.parametrize("text, sides", [
    # remote violence both sides carry out: the second doer is the other side, as in a battle
    ("Rebels and government troops traded artillery fire near Goma on Sunday.", {"rebel_group", "state_forces"}),
    ("Israeli forces and Hezbollah exchanged rocket fire near Metula on Sunday.", {"rebel_group", "state_forces"}),
    ("The army and the rebels shelled each other's positions near Goma on Sunday.",
     {"rebel_group", "state_forces"}),
])
def test_a_two_sided_strike_keeps_its_second_doer(text, sides):
    event = _first(text, "explosions_remote_violence")
    assert event.actor2 is not None and {event.actor1.type, event.actor2.type} == sides
