"""A people named with no cue word ("the Pokot", "Kukis", "the Ndebele community") is a communal
militia where it acts and the civilians where the act is done to it (``actors.json``
``ethnic_militia``: ``community_nouns``, ``victim_name``; ``ActorMention.victim``), read by the
real pipeline. Texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def sides(text: str, published: str = "2022-06-14") -> list[tuple[str | None, str | None]]:
    return [(e.actor1.type if e.actor1 else None, e.actor2.type if e.actor2 else None)
            for e in extract_events(text, published=published)]


@pytest.mark.parametrize("text", [
    "The Pokot attacked the Turkana near Kapedo on Sunday and killed seven people, police said.",
    "Armed Fulani attacked Dogon villages in central Mali on Saturday, killing 12 people, officials said.",
    "On Sunday Kukis torched houses in a Meitei village near Moirang and killed two people, police said.",
    "Members of the Ndebele community attacked a village near Lupane on Friday, killing four people.",
    "A Kipsigis clan raided a farm near Sotik on Monday and killed three people, police said.",
    "Libyan Tebu tribes attacked a militia post near Murzuq on Sunday, residents said.",
    "Iraqi Sunni tribes attacked the militants in Anbar on Monday.",
    "Yemeni tribes seized the town of Harib from the rebels on Monday, local sources said.",
])
def test_a_people_that_attacks_is_a_communal_militia(text):
    found = sides(text)
    assert found and found[0][0] == "identity_militia"


@pytest.mark.parametrize("text", [
    "Nuer youths raided the Dinka near Akobo on Monday, a commissioner said.",
    "Turkana herders attacked the Pokot near Kapedo on Sunday, police said.",
    "Bambara hunters attacked the Fulani near Mopti on Tuesday, residents said.",
])
def test_a_people_attacked_are_civilians_and_the_act_an_attack_on_them(text):
    events = extract_events(text, published="2022-06-14")
    assert [(e.sub_event_type, e.actor2.type if e.actor2 else None) for e in events][:1] == [("attack", "civilians")]


@pytest.mark.parametrize("text", [
    "A coalition formed by Tuareg and separatist movements captured Anefis on Saturday, residents said.",
    "Fighters of the Kurdish and Arab groups stormed the town of Manbij on Monday, a monitor said.",
])
def test_a_people_word_that_qualifies_a_coordinated_noun_names_no_people(text):
    found = sides(text)
    assert found and found[0][0] != "identity_militia"
