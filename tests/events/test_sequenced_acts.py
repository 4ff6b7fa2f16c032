"""An act that the referring words of a sentence are told to come after ("the airstrikes came
after rebels killed 15 soldiers") is another act: "the airstrikes" never fold into it (which
would turn the killing into a strike), and that act's places and day are not theirs ("the
ambush came after bombings in X, Y and Z on Saturday" is no ambush at X on Saturday)."""

from __future__ import annotations

import pytest

import sitrep

# the killing was folded into "the airstrikes" and retyped as a strike
SEQUENCED = [
    "Government jets bombed Tawlan village in Kale Township on Friday, killing three civilians. "
    "The airstrikes came after resistance fighters killed 15 soldiers in the township on Thursday.",
    "Junta aircraft struck the village of Hpa Lan in Mawlaik Township on Tuesday, killing two farmers. "
    "The air raids came after local defence forces killed eight troops near the township on Monday.",
    "Military jets hit Ywa Thit village in Kani Township on Sunday, killing four villagers. "
    "The air strikes came after guerrillas killed nine soldiers in the township on Saturday.",
]

# guards: the referring words take neither the places nor the day of the earlier act
LISTED_BEFORE = [
    "A roadside bomb killed two rangers in Raman district on Tuesday. The ambush followed blasts in "
    "Saiburi, Bannang Sata and Rueso over the weekend that wounded ten people.",
    "A car bomb killed three soldiers in Sungai Kolok on Monday. The blast followed bombings in Tak Bai, "
    "Rangae and Cho-airong last week.",
    "Militants ambushed a patrol near Sungai Kolok on Monday, killing two soldiers. The ambush came after "
    "bombings in Tak Bai, Rangae and Cho-airong on Saturday.",
    "Insurgents shot dead a teacher in Yaring on Thursday. The killing followed bomb attacks in Nong Chik, "
    "Khok Pho and Mayo on Tuesday.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", SEQUENCED)
def test_act_told_as_coming_before_keeps_its_type(text):
    types = sorted(e.sub_event_type for e in sitrep.extract(text, published="2024-03-10"))
    assert types == ["air_drone_strike", "armed_clash"], types


@pytest.mark.model
@pytest.mark.parametrize("text", LISTED_BEFORE)
def test_places_and_day_of_the_earlier_act_are_not_the_referring_acts(text):
    events = sitrep.extract(text, published="2024-03-10")
    places = [e.location.name for e in events if e.location is not None]
    assert len(events) == len(set(places)) == 4, [(e.sub_event_type, e.location and e.location.name, e.date)
                                                  for e in events]
