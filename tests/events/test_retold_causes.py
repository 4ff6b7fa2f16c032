"""An earlier act named as what an arrest, charge, accusation or protest is about ("arrested in
connection with the bombing", "charged with the murder", "accused the rebels of shelling X")
tells no event of the report's day; the same act dated by its own phrase ("a bomb that went off
on Sunday") is still told, so is an act beside the arrest, not under it, and the act of a
passive accusation ("a gang was accused by police of kidnapping ..."), which names its doer."""

from __future__ import annotations

import pytest

import sitrep

ATTACKS = frozenset({"attack", "armed_clash", "remote_explosive_landmine_ied", "shelling_artillery_missile_attack",
                     "abduction_forced_disappearance", "sexual_violence"})

RETOLD = [
    "Police in Kano arrested two men on Friday in connection with the bombing of a market.",
    "Two men were charged with the murder of a farmer in Jos.",
    "Soldiers detained three youths accused of staging the ambush on a checkpoint near Gao.",
    "The government accused the rebels of shelling the town of Kidal.",
    "Police arrested four people over the abduction of two aid workers in Goma.",
    "Detectives questioned a man in relation to the vanishing of three students whom gunmen abducted "
    "in Zaria.",
    "Police in Nairobi detained a man on suspicion of the murder of a trader.",
    "A soldier was arrested on charges of raping a teenager in Bunia.",
    "Hundreds of people attended the funeral of four villagers killed by gunmen in Plateau.",
]

TOLD = [
    ("Police held a woman accused of hiding a bomb that went off at a bus station in Kano on Sunday, "
     "killing four people.", "remote_explosive_landmine_ied"),
    ("Rebels attacked an army post near Gao on Monday, and soldiers later arrested two of them.", "armed_clash"),
    ("A gang was accused by police on Sunday of kidnapping six teachers near Jacmel.",
     "abduction_forced_disappearance"),
    ("Hundreds attended the funeral of four villagers who were killed by gunmen in Plateau on Sunday.", "attack"),
    # arrests made in an act ("arrested ... in a raid", "in clashes") belong to it: it is news
    ("Soldiers arrested five gunmen in a raid on a camp near Kaduna on Sunday, killing three of them.",
     "armed_clash"),
    ("Police arrested 30 people in clashes with rioting youths in Kisumu on Monday.", "violent_demonstration"),
]


@pytest.mark.model
@pytest.mark.parametrize("text", RETOLD)
def test_act_an_arrest_or_charge_is_about_is_not_news(text):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")}
    assert not types & ATTACKS, types


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), TOLD)
def test_dated_or_separate_act_is_still_told(text, sub_type):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")}
    assert sub_type in types, types


@pytest.mark.model
def test_arrest_told_beside_the_retold_act():
    events = sitrep.extract("Police arrested four people over the abduction of two aid workers in Goma.",
                            published="2024-03-09")
    assert [e.sub_event_type for e in events] == ["arrests"]
