"""An attack named only to say who the people an arrest took are ("arrested three men who belong
to the gang that ambushed a convoy", "two members of the network behind the bus bombing
detained", "detained the suspected perpetrators of the killings") is an earlier act recalled by
the arrest: the arrest is the news, and the recalled act tells no event of its own unless its
own words date it ("a bomb that went off on Sunday")."""

from __future__ import annotations

import pytest

import sitrep

ATTACKS = frozenset({"attack", "armed_clash", "remote_explosive_landmine_ied", "shelling_artillery_missile_attack",
                     "air_drone_strike", "abduction_forced_disappearance", "grenade", "suicide_bomb"})

RECALLED = [
    "Police in Maiduguri arrested three men who belong to the gang that ambushed a convoy near Bama.",
    "Two members of the network behind the Garissa bus bombing detained",
    "The interior ministry announced the arrest of five militants in Tikrit who planted the roadside bomb "
    "that hit a police car in Samarra.",
    "Troops arrested four suspected perpetrators of the killings of farmers in Bokkos.",
    "Gendarmes detained a herder in Dori who guided the gunmen that attacked the market in Djibo.",
    "Soldiers apprehended two fighters of the cell that shelled the airport in Goma.",
]

TOLD = [
    ("Police arrested two men who planted a bomb that exploded at a market in Kano on Sunday, killing "
     "five people.", "remote_explosive_landmine_ied"),
    ("Soldiers arrested two men in Gao after gunmen attacked a village near the town on Monday.", "attack"),
]


@pytest.mark.model
@pytest.mark.parametrize("text", RECALLED)
def test_act_told_of_the_arrested_is_no_event(text):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-05-14")}
    assert "arrests" in types and not types & ATTACKS, types


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), TOLD)
def test_dated_or_own_act_is_still_told(text, sub_type):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-05-14")}
    assert sub_type in types, types


@pytest.mark.model
def test_who_clause_hung_on_a_place_still_tells_the_held():
    text = ("Police said on Friday they had made the arrest of three youths in Kaura district, north of Zaria, who "
            "are part of the gang that burned down a police post in the area.")
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-05-14")}
    assert "arrests" in types and not types & (ATTACKS | {"looting_property_destruction"}), types
