"""An act told through an accusation ("residents accused soldiers of killing ...") is news when
the text dates it; a date that follows the act's phrase is the act's even where the parse hangs
it on the accusing verb. A date before the "of" phrase is the accusation's own (the act stays a
retold cause), and an accusation of a planned act tells no event."""

from __future__ import annotations

import pytest

import sitrep

ATTACKS = frozenset({"attack", "armed_clash", "looting_property_destruction", "shelling_artillery_missile_attack",
                     "abduction_forced_disappearance"})

TOLD = [
    ("Villagers accused soldiers of shooting dead eight herders near the village of Kossi, in the Mopti region, "
     "on Saturday.", "attack"),
    ("Witnesses accused the rebels of torching a clinic in Kidal, in the north, on Friday night.",
     "looting_property_destruction"),
]

NOT_TOLD = [
    "Villagers on Saturday accused soldiers of shooting dead eight herders near the village of Kossi.",
    "The army on Monday accused the rebels of preparing an attack on the town of Kidal.",
    "The government accused the militia of planning to storm the town of Kidal on Friday.",
    "Separately, police arrested a man suspected of planning bombings in the city of Kirkuk on Friday.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), TOLD)
def test_accused_act_dated_after_its_phrase_is_told(text, sub_type):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")}
    assert sub_type in types, types


@pytest.mark.model
@pytest.mark.parametrize("text", NOT_TOLD)
def test_accusation_dated_before_or_of_a_plan_tells_no_act(text):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")}
    assert not types & ATTACKS, types
