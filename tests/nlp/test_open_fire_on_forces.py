"""Armed men who "opened fire on" soldiers, police or a military post fought them: a battle,
though no clash, ambush or attack word is in the sentence. Fire opened on civilians or on
protesters keeps its own type."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def labels(nlp, text: str) -> list[str]:
    return [t.label_ for t in nlp(text).spans["triggers"]]


@pytest.mark.parametrize("text", [
    "About a dozen guerrillas opened fire on the soldiers as they crossed a creek near Velmora on Saturday.",
    "Suspected insurgents opened fire on a military outpost outside Karsk late on Friday, wounding a ranger.",
    "Rebel fighters opened fire on a police patrol at the edge of Darvi on Monday, killing two officers.",
    "Militants opened fire at an army checkpoint on the road to Berka before dawn.",
])
def test_fire_opened_on_forces_is_a_clash(nlp, text):
    assert "armed_clash" in labels(nlp, text)


def test_a_clash_from_fire_opened_on_troops_has_both_sides():
    from sitrep import extract

    events = extract("Rebels opened fire on troops guarding a bridge in Marawi on Monday, killing a soldier.",
                     published="2025-04-16")
    assert [e.sub_event_type for e in events] == ["armed_clash"]
    assert events[0].actor2 is not None and events[0].actor2.type == "state_forces"


@pytest.mark.parametrize("text, sub", [
    ("Soldiers opened fire on protesters in the main square on Sunday, killing three.",
     "excessive_force_against_protesters"),
    ("Gunmen opened fire on a crowded bus near Orlan on Saturday, killing four passengers.", "attack"),
])
def test_fire_opened_on_civilians_or_protesters_keeps_its_type(text, sub):
    from sitrep import extract

    assert [e.sub_event_type for e in extract(text, published="2025-04-16")] == [sub]


@pytest.mark.parametrize("shooting", [
    "Two attackers first opened fire on the policemen guarding the gate, killing one of them.",
    "Before the blast, the assailants opened fire at the guards posted outside the entrance.",
])
def test_fire_opened_on_the_guards_of_a_suicide_bombing_is_part_of_it(shooting):
    """The gunfire that opened a suicide bombing is the bombing, not a battle of its own."""
    from sitrep import extract

    text = ("A suicide bomber blew himself up inside a crowded mosque in Peshawar on Friday, killing "
            "at least 20 worshippers, police said.\n\n" + shooting)
    events = extract(text, published="2024-03-02")
    assert [e.sub_event_type for e in events] == ["suicide_bomb"]
