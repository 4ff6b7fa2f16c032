"""A battle the sentence tells as fought between two of one kind ("the two groups", "two rival
gangs", "militias from two sub-clans") has that kind on both sides, not a state force that a
neighbouring sentence names (``actor_choice.same_kind_sides``), read by the real pipeline. Texts
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def battle_types(text: str) -> tuple[str | None, str | None]:
    battles = [e for e in extract_events(text, published="2021-03-10") if e.event_type == "battles"]
    battle = battles[-1]  # the fight the last sentence tells
    return (battle.actor1.type if battle.actor1 else None, battle.actor2.type if battle.actor2 else None)


@pytest.mark.parametrize("text", [
    "Pokot raiders stole hundreds of cattle from Turkana herders near Kapedo on Sunday, and police were sent "
    "to the area. Fighting between young men from the two groups left eleven dead on Monday.",
    "Dinka militiamen raided a Nuer cattle camp near Bor on Saturday, and soldiers were deployed to the area. "
    "Clashes between members of the two communities killed seven people on Sunday.",
    "Soldiers guard the wells of the district. "
    "Militias from two rival sub-clans fought near Adado on Friday, killing six people.",
])
def test_two_of_one_kind_fight_each_other(text):
    first, second = battle_types(text)
    assert first == second and first in {"identity_militia", "political_militia", "rebel_group"}


@pytest.mark.parametrize("text", [
    "Two rival gangs fought with rifles inside the Litoral penitentiary in Guayaquil on Monday, leaving nine inmates dead.",
    "Rival gangs clashed for hours in the Cite Soleil district of Port-au-Prince on Saturday, killing twelve people.",
])
def test_rival_gangs_are_both_sides(text):
    assert battle_types(text) == ("political_militia", "political_militia")


@pytest.mark.parametrize("text", [
    "Troops clashed with two rebel factions near Bambari on Monday, killing five fighters.",
    "Police fought two rival gangs in the port district of Guayaquil on Sunday, killing four gunmen.",
    "Soldiers fought two armed groups near Kidal on Tuesday, killing nine of their fighters.",
])
def test_the_sentences_own_state_side_stays(text):
    first, second = battle_types(text)
    assert "state_forces" in {first, second}


def test_speakers_of_the_two_sides_are_no_sides():
    text = ("Soldiers battled Tuareg rebels for hours outside Kidal on Tuesday, and commanders of the two sides "
            "said twenty fighters died.")
    assert set(battle_types(text)) == {"state_forces", "rebel_group"}
