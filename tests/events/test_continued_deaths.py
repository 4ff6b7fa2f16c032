"""Deaths told at another place by a sentence that names no act of its own are the act told before,
at that place too (``sitrep.events.continued_deaths``), read by the real pipeline. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

LEAD = "Gunmen attacked a market in Maiduguri on Monday, killing five traders. "


def events(text: str):
    return extract_events(text, published="2019-05-15")


@pytest.mark.parametrize("text, sub_type, first, other, toll", [
    (LEAD + "Four more people were killed in Damaturu.", "attack", "Maiduguri", "Damaturu", 4),
    (LEAD + "They then moved on to the town of Potiskum, where they killed six more people.",
     "attack", "Maiduguri", "Potiskum", 6),
    (LEAD + "The gunmen also stopped at Potiskum in Yobe State where they killed six more people.",
     "attack", "Maiduguri", "Potiskum", 6),
    ("Suicide bombers struck a mosque in Kabul on Friday, killing 20 worshippers. "
     "Three other worshippers died at a shrine in Kunduz.", "suicide_bomb", "Kabul", "Kunduz", 3),
    ("Troops and rebels clashed in Goma on Tuesday. Three more fighters were killed in Rutshuru.",
     "armed_clash", "Goma", "Rutshuru", 3),
    (LEAD + "A 19-year-old student died in Damaturu.", "attack",
     "Maiduguri", "Damaturu", 1),
])
def test_deaths_told_at_another_place_are_the_act_there_too(nlp, text, sub_type, first, other, toll):
    found = events(text)
    assert [e.location.name for e in found] == [first, other]
    assert {e.sub_event_type for e in found} == {sub_type}
    assert found[0].date == found[1].date and found[0].actor1 == found[1].actor1
    assert "toll_not_split" in found[1].flags
    assert found[1].fatalities.best == toll  # the one place the sentence names: its own figure
    assert found[0].fatalities.best != toll  # the act told before keeps its own (or none)


def test_deaths_at_several_listed_places_are_one_event_each(nlp):
    found = events("Protesters and police clashed in Basra on Sunday, officials said. "
                   "Residents said at least four dead in Nasiriyah, Amarah and Kut by nightfall.")
    assert [e.location.name for e in found] == ["Basrah", "Nasiriyah", "Al \u2018Am\u0101rah", "Al-Kut"]
    assert len({e.sub_event_type for e in found}) == 1 and len({e.date for e in found}) == 1
    assert all(e.fatalities.best is None for e in found[1:])


@pytest.mark.parametrize("text", [
    LEAD + "Two more people were killed in Maiduguri.",  # the act's own place: its toll
    LEAD + "Separately, a pair of herders died at Damaturu.",  # another act, of a type unknown
    LEAD + "The unrest which left dozens dead in Damaturu keeps spreading.",  # a clause about a noun
    LEAD + "Officials in Damaturu said two more people died.",  # where the speaker is
    LEAD + "A rumour that a pair of herders died in Damaturu went unconfirmed.",
    LEAD + "The governor of Yobe was killed in 2015.",  # a place of the victim
    LEAD + "Roughly 3,000 locals have died at Damaturu since 2015.",  # a tally
    LEAD + "Nobody was hurt or killed in Potiskum.",  # a denied death
    LEAD + "No one died at Potiskum, the police said.",
    LEAD + "Three traders were not killed in Potiskum, contrary to early reports.",
    LEAD + "Elders warned that more people could die in Potiskum.",  # a feared death
    LEAD + "Residents worry that others will be killed at Potiskum.",
    LEAD + "Two of the injured later died in hospital in Damaturu.",  # where the wounded died
    LEAD + "A third trader died at a clinic in Damaturu on Tuesday.",
    LEAD + "One of the traders died of his wounds in Damaturu.",
])
def test_deaths_that_continue_no_act_at_another_place_add_no_event(nlp, text):
    assert [e.location.name for e in events(text)] == ["Maiduguri"]


def test_deaths_dated_long_before_are_recalled(nlp):
    found = events(LEAD + "Two more people were killed in Damaturu in March.")
    assert [e.location.name for e in found] == ["Maiduguri", "Damaturu"]
    assert found[1].date == "2019-03-15" and found[1].background and not found[0].background


def test_no_act_told_before_gives_no_event(nlp):
    assert events("Four more people were killed in Damaturu on Monday.") == []


@pytest.mark.parametrize("text, sub_type, first, other", [
    ("An air strike hit a market in Marib on Monday morning. Two passengers died at a bus station in Sanaa.",
     "air_drone_strike", "Ma'rib", "Sanaa"),
    ("Artillery shells slammed into Kherson on Sunday. Four residents died in Mykolaiv.",
     "shelling_artillery_missile_attack", "Kherson", "Mykolayiv"),
    ("A bomb hidden by the road wrecked a bus in Ghazni on Friday. Six passengers died in Kabul.",
     "remote_explosive_landmine_ied", "Ghazni", "Kabul"),
])
def test_people_who_died_elsewhere_continue_the_act(nlp, text, sub_type, first, other):
    """ "N villagers died in X" names no act of its own: the act told before went on at X."""
    found = events(text)
    assert [e.location.name for e in found] == [first, other]
    assert {e.sub_event_type for e in found} == {sub_type}
