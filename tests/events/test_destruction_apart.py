"""Burning or looting told as part of an attack belongs to it, but not when its own sentence tells
it as another act: one coming before or after the act it refers back to ("in the hours before
the attack, cars were torched"), or the other side's answer to it ("the villagers retaliated and
burned homes") - unless the attack is told so too. Burning bodies is no destruction of property."""

from __future__ import annotations

import pytest

import sitrep

# the torching was folded into the attack it is told to have come before or after
BEFORE_OR_AFTER = [
    "Gunmen stormed a restaurant in the town of Vellora on Tuesday night, killing seven diners. "
    "In the hours before the attack, a dozen buses were set on fire around Vellora.",
    "Gunmen raided a cafe in the town of Lomas Verdes on Sunday, killing six customers. "
    "Hours after the raid, several shops were burned down in the market of Lomas Verdes.",
    "Gunmen shot dead seven villagers in Tolbe on Friday. Just before the killing, a dozen cars were "
    "set ablaze in Tolbe.",
]

# the answer of the other side was folded into the attack it answered
ANSWERED = [
    "Tribal fighters shot dead four guards in the village of Koramba on Saturday. "
    "The guards' clan retaliated and burned dozens of houses in the village of Koramba.",
    "Militiamen killed three villagers in Tolbe on Monday. "
    "Youths retaliated and set fire to the houses of the militia leaders in Tolbe.",
    "Gunmen shot dead six villagers in Merka on Friday. "
    "Villagers retaliated by burning down the houses of the gunmen in Merka.",
    "Raiders killed two farmers in the village of Ulema on Wednesday. "
    "Youths from the farmers' community avenged them and set fire to homes in Ulema.",
]

# the answer told again: the second telling joins it, not the attack it answered
ANSWER_RETOLD = [
    "Tribal fighters shot dead four guards in the village of Koramba on Saturday. The guards' clan "
    "retaliated and burned dozens of houses in Koramba. Homes of the fighters were burnt in Koramba.",
    "Raiders killed two farmers in the village of Ulema on Wednesday. Youths from the farmers' community "
    "avenged them and set fire to homes in Ulema. The houses were burned in Ulema, police said.",
]

# guards: burning told as what the attackers also did is part of their attack
DURING = [
    "Gunmen attacked the village of Tamba on Sunday, killing eight residents and burning houses.",
    "Armed men raided Kobiri village on Thursday, killing six people. They also set fire to the market.",
    "Militants retaliated for the arrest of their commander, killing four villagers in Sarto on Monday "
    "and torching their homes.",
    "Hours after the ambush, gunmen shot dead five villagers in Merka and burned their houses.",
]

# burning the bodies of the dead destroys no property
BODIES = [
    "The prosecutor said the bodies of the missing students were later burned in a ravine near Ostara.",
    "Militiamen killed five herders in Mau Lin on Sunday and burned the corpses, witnesses said.",
    "The remains of the victims were burned in a field outside Karsi on Friday, police said.",
]


def _types(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in sitrep.extract(text, published="2024-03-10"))


@pytest.mark.model
@pytest.mark.parametrize("text", BEFORE_OR_AFTER + ANSWERED)
def test_destruction_told_as_another_act_is_an_event_of_its_own(text):
    assert "looting_property_destruction" in _types(text), _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", ANSWER_RETOLD)
def test_retold_answer_joins_the_answer(text):
    assert _types(text).count("looting_property_destruction") == 1, _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", DURING)
def test_destruction_during_the_attack_stays_part_of_it(text):
    assert "looting_property_destruction" not in _types(text), _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", BODIES)
def test_burned_bodies_are_no_property_destroyed(text):
    assert "looting_property_destruction" not in _types(text), _types(text)
