"""Battles told from the side that held the other off with a phrasal verb or a verb of stopping
("pushed back a Russian assault", "halted a rebel advance"), and the side named only by a
demonym on the assault noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-06"  # a Wednesday


def _events(text: str):
    from sitrep.nlp.extractor import extract_events

    return extract_events(text, published=PUBLISHED)


def _battle(text: str):
    events = [e for e in _events(text) if e.event_type == "battles"]
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, attacker, defender", [
    ("Ukrainian soldiers pushed back a Russian assault near Kupiansk on Tuesday, the brigade said.",
     "Military Forces of Russia", "Military Forces of Ukraine"),
    ("Kenyan troops beat off an al-Shabaab raid on their camp near Lamu on Monday.",
     "Al Shabaab", "Military Forces of Kenya"),
    ("Nigerian soldiers fought off a Boko Haram attack on Monguno on Sunday, an officer said.",
     "Boko Haram", "Military Forces of Nigeria"),
    ("Ukraine's army held off a Russian armoured assault on Chasiv Yar on Monday.",
     "Military Forces of Russia", "Military Forces of Ukraine"),
])
def test_the_side_pushed_back_is_actor1(text, attacker, defender):
    event = _battle(text)
    assert (event.actor1.name, event.actor2.name) == (attacker, defender)


@pytest.mark.parametrize("text, attacker", [
    ("The army halted a rebel advance on Goma on Friday, a spokesman said.", "Rebels"),
    ("Somali troops halted an al-Shabaab push towards Jowhar on Monday.", "Al Shabaab"),
    ("Sudanese soldiers thwarted an RSF advance on El Obeid on Tuesday.", "RSF: Rapid Support Forces"),
])
def test_a_halted_advance_is_a_battle_started_by_the_side_halted(text, attacker):
    assert _battle(text).actor1.name.startswith(attacker)


@pytest.mark.parametrize("text, doer", [
    ("Rebels pushed back government troops near Bunia on Saturday.", "Rebels"),
    ("Al-Shabaab fighters drove back Somali soldiers near Jowhar on Friday.", "Al Shabaab"),
])
def test_pushing_back_a_force_tells_no_defence(text, doer):
    assert _battle(text).actor1.name.startswith(doer)


@pytest.mark.parametrize("text", [
    "Police halted the advance of protesters towards parliament on Wednesday.",
    "Riot police halted the advance of the crowd towards the palace on Monday.",
])
def test_a_crowd_halted_is_no_battle_nor_riot(text):
    kinds = {e.event_type for e in _events(text)}
    assert not kinds & {"battles", "riots"}, (text, kinds)


@pytest.mark.parametrize("text, expected", [
    ("a Russian assault on the town", "Military Forces of Russia"),
    ("the Ukrainian counteroffensive in the south", "Military Forces of Ukraine"),
    ("Sudan's offensive near the capital", "Military Forces of Sudan"),
    ("an Israeli ground offensive", "Military Forces of Israel"),
])
def test_a_demonym_on_an_assault_names_the_force(nlp, text, expected):
    from sitrep.nlp.actors import ActorDictionary

    names = [m.actor.name for m in ActorDictionary.load().find(nlp(text))]
    assert expected in names, (text, names)


@pytest.mark.parametrize("text", [
    "the Ukraine offensive",  # a bare country name may be where, not whose
    "a Russia assault",
])
def test_a_bare_country_name_on_an_assault_names_no_force(nlp, text):
    from sitrep.nlp.actors import ActorDictionary

    assert not ActorDictionary.load().find(nlp(text)), text


@pytest.mark.parametrize("text, town", [
    ("In northern Shan State, rebels beat back a military column advancing towards Lashio on Sunday.", "Lashio"),
    ("In South Kivu, the army halted a rebel push towards Uvira on Monday.", "Uvira"),
    ("In Donetsk region, Ukrainian troops repelled a Russian column moving towards Kostiantynivka on Monday.",
     "Kostiantynivka"),
])
def test_the_town_a_held_off_move_went_towards_is_its_place(text, town):
    event = _battle(text)
    assert event.location is not None and town in (event.location.name, event.location.mention), (text, event.location)
