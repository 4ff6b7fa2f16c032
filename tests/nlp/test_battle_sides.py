"""Who is actor1 of a battle: the side that attacked, also where the sentence is told from the
defenders' side (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.nlp.arguments import defender


def _battle(text: str):
    from sitrep.nlp.extractor import extract_events

    events = [e for e in extract_events(text, published="2024-03-06") if e.event_type == "battles"]
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, attacker, defender_name", [
    ("Nigerian troops repelled an attack by Boko Haram fighters on their base in Borno State on Friday.",
     "Boko Haram", "Military Forces of Nigeria"),
    ("An assault by al-Shabaab militants on a military base in Lower Shabelle was repulsed by Somali "
     "soldiers on Tuesday.", "Al Shabaab", "Military Forces of Somalia"),
    ("Sudan's military announced on Monday that its troops had repelled an offensive by the RSF near Omdurman.",
     "RSF: Rapid Support Forces", "Military Forces of Sudan"),
    ("Malian soldiers thwarted a raid by JNIM fighters on their camp near Mopti on Wednesday.",
     "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali"),
    ("Police repelled an assault by al-Shabaab gunmen on a station in Mogadishu on Monday.",
     "Al Shabaab", "Police Forces of Somalia"),
])
def test_the_side_held_off_is_actor1(text, attacker, defender_name):
    event = _battle(text)
    assert (event.actor1.name, event.actor2.name) == (attacker, defender_name)


@pytest.mark.parametrize("text, attacker", [
    # the attacker is already read as the doer: nothing to turn round
    ("Two policemen died on Sunday fighting off an attempt by Islamic State militants to overrun a "
     "checkpoint near Tikrit.", "Islamic State"),
    ("Boko Haram fighters attacked a military base in Borno State on Friday.", "Boko Haram"),
])
def test_an_attacker_read_as_doer_stays_actor1(text, attacker):
    assert _battle(text).actor1.name == attacker


@pytest.mark.parametrize("text, expected", [
    ("Police repelled the assault on the station.", "Police"),
    ("The assault was repulsed by the police.", "police"),
    ("The guards managed to foil the raid.", "guards"),
    ("The militiamen succeeded in repulsing the raid.", "militiamen"),
    ("The soldiers attacked the camp.", None),
])
def test_the_defender_is_the_subject_or_agent_of_the_defence_verb(nlp, text, expected):
    doc = nlp(text)
    trigger = next(t for t in doc if t.lemma_ in {"assault", "raid", "attack"})
    side = defender(doc[trigger.i:trigger.i + 1])
    assert (side.text if side is not None else None) == expected


@pytest.mark.parametrize("text", [
    "A colonel said on Saturday that six of his men died when gunmen stormed their post outside Menaka.",
    "On Friday militants attacked a three-man customs team at a checkpoint near Dori.",
    "Militants attacked an eight-man army patrol outside Kidal on Monday, an officer said.",
])
def test_an_attack_on_a_sides_men_is_a_battle(text):
    from sitrep.nlp.extractor import extract_events

    kinds = {e.sub_event_type for e in extract_events(text, published="2024-03-06")}
    assert "armed_clash" in kinds and "attack" not in kinds, (text, kinds)


@pytest.mark.parametrize("text, loser", [
    ("Their units, together with Mozambican soldiers, recaptured Palma from Islamic State militants on Monday.",
     "Islamic State"),
    ("Chadian forces, together with Nigerian soldiers, recaptured Damasak from Boko Haram fighters on Monday.",
     "Boko Haram"),
    ("Its fighters, together with Malian troops, recaptured Tessit from JNIM militants on Monday.",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_side_together_with_the_doer_is_no_loser(text, loser):
    """"Together with X" on the doer names an ally that took the ground too, not the side that
    lost it (the "with" of "a battle with the rebels")."""
    event = _battle(text)
    assert event.sub_event_type == "government_regains_territory"
    assert event.actor1.type == "state_forces" and event.actor2.name == loser


@pytest.mark.parametrize("text, attacker, defender_name", [
    # the attackers' dead are counted with a generic word ("of the attackers"): the named
    # group is still the side held off, not an unidentified one
    ("Soldiers repelled an attack by al Shabaab fighters on a base in Baidoa on Sunday, killing 12 of "
     "the attackers.", "Al Shabaab", "Military Forces of Somalia"),
    ("Nigerian troops repelled an attack by ISWAP fighters on their base in Monguno on Friday night, "
     "killing nine of the militants.", "Islamic State (West Africa)", "Military Forces of Nigeria"),
    ("Police repelled an assault by Boko Haram gunmen on a station in Bama on Sunday, killing five of the "
     "attackers.", "Boko Haram", "Police Forces of Nigeria"),
])
def test_generic_count_of_the_held_off_keeps_their_name(text, attacker, defender_name):
    event = _battle(text)
    assert (event.actor1.name, event.actor2.name) == (attacker, defender_name)
