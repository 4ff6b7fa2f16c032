"""Burning or looting told as part of an attack belongs to it, but not when its own sentence tells
it as another act: one coming before or after the act it refers back to ("a day after the
ambush, granaries were looted"), or the other side's answer to it ("the herders hit back and
torched a depot") - unless the attack is told so too. Burning bodies is no destruction of property."""

from __future__ import annotations

import pytest

import sitrep

# the torching was folded into the attack it is told to have come before or after
BEFORE_OR_AFTER = [
    "Gunmen stormed a restaurant in the town of Vellora on Tuesday night, killing seven diners. "
    "Two days before the shooting, the mayor's warehouse in Vellora was burned down.",
    "Gunmen raided a cafe in the town of Lomas Verdes on Sunday, killing six customers. "
    "After the raid, the market stalls of Lomas Verdes were ransacked by looters.",
    "Gunmen shot dead seven villagers in Tolbe on Friday. Just before the killing, a dozen cars were "
    "set ablaze in Tolbe.",
]

# the answer of the other side was folded into the attack it answered
ANSWERED = [
    "Tribal fighters shot dead four guards in the village of Koramba on Saturday. "
    "The guards' clan retaliated and looted the granaries of the fighters in the village of Koramba.",
    "Militiamen killed three villagers in Tolbe on Monday. "
    "Youths retaliated and ransacked the shops of the militia leaders in Tolbe.",
    "Gunmen shot dead six villagers in Merka on Friday. "
    "Villagers retaliated by burning down the houses of the gunmen in Merka.",
    "Raiders killed two farmers in the village of Ulema on Wednesday. "
    "Youths from the farmers' community avenged them and set fire to homes in Ulema.",
]

# the act that a reply answers, told as what the reply was for ("retaliated for the looting"):
# the act answered, not a reply, so it stays part of the attack it was told in
ANSWERED_ACT = [
    "Gunmen attacked Dorla on Monday, killing five people and looting shops. Soldiers retaliated against "
    "the looting of the shops in Dorla, police said.",
    "Bandits raided Kasu on Friday, killing two farmers and looting granaries. Vigilantes retaliated for the "
    "looting of the granaries in Kasu, residents said.",
    "Raiders stormed Ulema on Wednesday, shooting dead three traders and looting stalls. Their clan retaliated "
    "against the looting of the stalls in Ulema.",
    "Gunmen attacked Dorla on Monday, killing five people and burning homes. Soldiers retaliated against the "
    "burning of the homes in Dorla, police said.",
]

# the answer told again: the second telling joins it, not the attack it answered
ANSWER_RETOLD = [
    "Tribal fighters shot dead four guards in the village of Koramba on Saturday. The guards' clan "
    "retaliated and looted the granaries of the fighters in Koramba. Looters emptied the granaries of Koramba "
    "again at night.",
    "Raiders killed two farmers in the village of Ulema on Wednesday. Youths from the farmers' community "
    "avenged them and set fire to a grain store in Ulema. Police said the store had been set alight in Ulema.",
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
    "Investigators found that the bodies had been burned in a quarry near Ostara.",
    "The corpses of three herders were burned by militiamen near Gashi on Sunday, a relative said.",
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
@pytest.mark.parametrize("text", ANSWERED_ACT)
def test_the_act_a_reply_answers_is_no_reply(text):
    assert _types(text) == ["attack"], _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", DURING)
def test_destruction_during_the_attack_stays_part_of_it(text):
    assert "looting_property_destruction" not in _types(text), _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", BODIES)
def test_burned_bodies_are_no_property_destroyed(text):
    assert "looting_property_destruction" not in _types(text), _types(text)


# burning told beside the killing of villagers in one sentence whose act word ("an attack on the
# village") is read as a clash until its victims make it an attack on civilians: one attack, with
# the toll, whether or not a headline tells the attack first
RETYPED_WHOLE = [
    ("Armed herders shot dead at least nine farmers and set fire to their huts in an attack on the hamlet of "
     "Kolari in Plateau state on Friday, a district official said on Sunday.", 9),
    ("Raiders kill nine in attack on hamlet in northern Nigeria\n\nArmed herders shot dead at least nine "
     "farmers and set fire to their huts in an attack on the hamlet of Kolari in Plateau state on Friday, "
     "a district official said on Sunday.", 9),
    ("Bandits kill 14 in attack on village in Niger\n\nBandits killed 14 villagers and looted the grain stores "
     "in an attack on the village of Tessa in Niger's Tillaberi region on Saturday, the mayor said.", 14),
    ("Attack on Oruba village leaves 14 dead\n\nBandits killed 14 villagers and looted the grain stores in an "
     "attack on Oruba village in Kaduna state on Saturday, police said.", 14),
    ("Eight killed in attack on Burkina village\n\nSuspected jihadists killed eight civilians and burned a "
     "school in an attack on the village of Tanwalbougou on Thursday, a local official said.", 8),
]

# guard: burning beside a fight with an armed side stays an event of its own
FOUGHT_BESIDE = [
    "Rebels fought soldiers and burned dozens of houses in an attack on the town of Kurmi on Monday, the army said.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "toll"), RETYPED_WHOLE)
def test_destruction_beside_a_retyped_attack_is_part_of_it(text, toll):
    events = sitrep.extract(text, published="2024-03-10")
    assert [(e.sub_event_type, e.fatalities.best) for e in events] == [("attack", toll)], events


@pytest.mark.model
@pytest.mark.parametrize("text", FOUGHT_BESIDE)
def test_destruction_beside_a_clash_stays_apart(text):
    assert "looting_property_destruction" in _types(text), _types(text)
