"""Wordings of remote violence and its interception that earlier read as other acts or as none
(sentences written for these tests):

- a bomb that hit, struck or ripped through its target is a remote explosive, not a clash;
- a mine that someone stepped on, that a vehicle struck, or that exploded or blew up is one too;
- a bomb dropped by an aircraft, or an aerial or glide bomb, is an air strike, though the bomb
  also "exploded" or "struck";
- armed men, a patrol or a checkpoint that "came under fire" fought a battle; an official or a
  government that "came under fire" from critics did not."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

IED = "remote_explosive_landmine_ied"
AIR = "air_drone_strike"
DISRUPTED = "disrupted_weapons_use"


def types(text: str, published: str = "2023-06-14") -> list[str]:
    return [e.sub_event_type for e in extract_events(text, published=published)]


@pytest.mark.parametrize("text", [
    "Six soldiers were killed when a bomb struck their convoy outside Karsk on Monday.",
    "A bomb hit a police truck in Velmora on Monday, wounding three officers.",
    "Two guards died after a bomb tore through their patrol car near Darvi on Tuesday.",
])
def test_a_bomb_that_hit_its_target_is_a_remote_explosive(nlp, text):
    assert types(text) == [IED]


@pytest.mark.parametrize("text", [
    "A herder was killed on Monday after he stepped on a mine near Karsk.",
    "A boy lost both legs when he trod on an anti-personnel mine outside Velmora on Monday.",
    "Two women gathering wood died when a mine exploded near Darvi on Tuesday.",
    "A mine blew up under a lorry near Tarlo on Monday, killing its driver.",
    "Three soldiers died when their truck struck a mine near Berka on Monday.",
])
def test_a_mine_that_went_off_is_a_remote_explosive(nlp, text):
    assert types(text) == [IED]


@pytest.mark.parametrize("text", [
    "The gold mine near Karsk was closed on Monday after a pay dispute.",
    "Miners at the Velmora coal mine walked out on Monday.",
])
def test_a_mine_that_is_dug_is_no_explosive(nlp, text):
    assert IED not in types(text)


@pytest.mark.parametrize("text", [
    "A bomb dropped by a government jet exploded in a market in Karsk on Monday, killing two people.",
    "On Monday a bomb dropped from an army aircraft struck rebel positions near Velmora.",
    "An enemy drone dropped two bombs near a bus stop in Darvi on Monday, wounding four people.",
    "A guided aerial bomb struck a clinic in Tarlo on Monday, killing a nurse.",
])
def test_a_bomb_from_the_air_is_an_air_strike(nlp, text):
    found = types(text)
    assert AIR in found and IED not in found



def test_a_drone_strike_that_destroyed_an_air_defence_system_stays_a_strike(nlp):
    found = types("A drone strike destroyed an air-defence battery near Karsk on Monday.")
    assert AIR in found and DISRUPTED not in found


@pytest.mark.parametrize("text", [
    "An army patrol came under fire from rebels near Karsk on Monday.",
    "A police patrol came under fire from gunmen near Velmora on Monday, police said.",
    "Soldiers manning a checkpoint outside Darvi came under heavy fire on Monday night.",
    "Peacekeepers came under fire near Tarlo on Monday, the mission said.",
])
def test_armed_men_who_came_under_fire_fought(nlp, text):
    assert types(text) == ["armed_clash"]


@pytest.mark.parametrize("text", [
    "The army has come under fire from rights groups over its conduct in Karsk.",
    "The minister came under fire from lawmakers on Monday over the troop withdrawal.",
    "The government came under fire for its handling of the floods in Velmora.",
])
def test_criticism_is_no_fire(nlp, text):
    assert types(text) == []
