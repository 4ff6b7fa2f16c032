"""A force told fighting a crowd ("police battled protesters") faced a riot, as when the crowd is
the subject: the crowd is the riot's actor1, the force actor2. Only with a two-sided word: a
force that attacked a crowd is not the crowd's doing."""

from __future__ import annotations

import pytest

from sitrep import extract


@pytest.mark.parametrize("text", [
    "Police battled protesters in the streets of Tegucigalpa on Sunday.",
    "Police fought protesters in central Quito on Friday.",
    "Riot police battled hundreds of protesters in central Harare on Monday.",
    "Gendarmes fought pitched battles with demonstrators in Dakar on Thursday.",
])
def test_a_force_fighting_a_crowd_is_a_riot_by_the_crowd(text):
    events = extract(text, published="2023-03-08")
    assert [e.sub_event_type for e in events] == ["violent_demonstration"]
    riot = events[0]
    assert riot.actor1.type == "rioters"
    assert riot.actor2 is not None and riot.actor2.type == "state_forces"


def test_soldiers_fighting_rebels_stay_a_battle():
    events = extract("Soldiers clashed with rebels near Goma on Sunday.", published="2023-03-08")
    assert [e.sub_event_type for e in events] == ["armed_clash"]


@pytest.mark.parametrize("text", [
    "The rally in Sylhet on Sunday descended into running battles with police.",
    "A march in Bulawayo on Sunday turned into running battles with police.",
    "Students and police fought street battles in Maracaibo on Tuesday after the march.",
    "The demonstration in Kumasi ended in pitched battles with the police on Friday.",
])
def test_running_battles_at_a_protest_are_a_riot(text):
    events = extract(text, published="2023-03-08")
    assert [e.sub_event_type for e in events] == ["violent_demonstration"]
    assert events[0].actor2 is not None and events[0].actor2.type == "state_forces"


def test_pitched_battles_between_armed_sides_stay_a_battle():
    events = extract("Soldiers and rebels fought pitched battles near Beni on Sunday.", published="2023-03-08")
    assert [e.sub_event_type for e in events] == ["armed_clash"]
