"""South Asian news idiom for ordinary acts (sentences written for these tests): an "encounter" is
a gunfight, "cross-firing" an exchange of fire, militants "were neutralised" in the passive, Maoists
and "ultras" are combatants, and a victim may stand inside "shot him dead" or be "gunned down"."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, int | None]]:
    import sitrep

    return [(e.sub_event_type, e.fatalities.best) for e in sitrep.extract(text, published="2024-03-08")]


@pytest.mark.parametrize(("text", "dead"), [
    ("Three militants were neutralised in Pulwama district on Wednesday, an army spokesman said.", 3),
    ("Four insurgents were killed in an encounter with the police in Kanker district on Tuesday.", 4),
    ("Police killed two Maoists in an encounter in the forests of Dantewada on Monday.", 2),
    ("An encounter broke out between police and hiding ultras in Anantnag on Wednesday.", None),
    ("Heavy cross-firing broke out between armed men of two villages near Churachandpur on Tuesday.", None),
])
def test_encounters_and_cross_firing_are_clashes(text, dead):
    assert ("armed_clash", dead) in _events(text)


@pytest.mark.parametrize("text", [
    "Suspected militants shot him dead outside his shop in Sopore on Wednesday, police said.",
    "Two men on a motorbike shot her dead near her home in Peshawar on Tuesday.",
    "Armed men broke into the house and shot the shopkeeper dead in Quetta on Monday.",
    "Gunmen gunned down a shopkeeper in Dera Ismail Khan on Wednesday.",
])
def test_a_victim_inside_the_shooting_phrase_makes_an_attack(text):
    assert "attack" in [t for t, _ in _events(text)]


def test_a_police_shooting_that_left_one_dead_is_no_attack_by_these_words():
    text = "Marches stayed calm on Monday, though one police shooting at Kano left one dead."
    assert "attack" not in [t for t, _ in _events(text)]
