"""Political violence around crowds: a rally that is only the scene of a shooting is no protest;
arrests dated after a riot, or told with the riot only as their charge, are an arrest event of
their own; arson by armed men in a protest story is no riot."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "A gunman opened fire at an election rally for a council candidate in Kumasi, Ghana, on Sunday, wounding three people.",
    "A mayoral hopeful was shot dead in Leon, Mexico, on Monday as he left a campaign rally.",
    "Gunman wounds governor and two aides at Jos rally",
    "The senator was shot in the chest by a gunman at a rally in a park in Cali, Colombia, on Saturday.",
])
def test_rally_as_the_scene_of_a_shooting_is_no_protest(text):
    found = types(text)
    assert "peaceful_protest" not in found


@pytest.mark.parametrize("text", [
    "Thousands of opposition supporters gathered at a rally in Harare, Zimbabwe, on Monday.",
    "Soldiers opened fire on a rally in Bamako, Mali, on Friday, killing three marchers.",
])
def test_rallies_and_state_fire_on_them_stay_protests(text):
    """Guard: a rally with no shooting, or one a state force fired on, is still a protest event."""
    found = types(text)
    assert any(t in found for t in ("peaceful_protest", "excessive_force_against_protesters"))


@pytest.mark.parametrize("text", [
    "Rioters torched shops and clashed with police in Kano, Nigeria, on Monday. "
    "On Tuesday police said they had arrested 52 people across the city suspected of looting.",
    "Youths burned tyres and threw stones at police in Lilongwe, Malawi, on Sunday. "
    "On Monday police said they had detained 80 people in the capital.",
])
def test_arrests_on_a_later_day_are_their_own_event(text):
    found = types(text)
    assert "violent_demonstration" in found
    assert "arrests" in found


@pytest.mark.parametrize("text", [
    "Rioters torched shops in Kano, Nigeria, on Monday. Police said 52 people had been arrested in raids "
    "across the city on Tuesday and cases registered, including for rioting.",
    "Rioters torched shops in Kano, Nigeria, on Monday. On Tuesday police said they had detained 52 people "
    "on suspicion of rioting.",
])
def test_arrests_held_for_rioting_are_their_own_event(text):
    found = types(text)
    assert found.count("violent_demonstration") == 1
    assert "arrests" in found


def test_arrests_during_the_riot_stay_part_of_it():
    """Guard: arrests the sentence ties to the riot belong to it, whatever day they are told."""
    found = types("Rioters torched shops and clashed with police in Kano, Nigeria, on Monday. "
                  "Police said on Tuesday they had arrested 52 people during the riot.")
    assert "arrests" not in found


@pytest.mark.parametrize("text", [
    "Protesters marched through Santiago, Chile, on Saturday. Youths set up barricades, burned a bus and "
    "threw stones at police. Before dawn on Sunday, armed men set fire to six trucks near Temuco, police said.",
    "Students marched in Quito, Ecuador, on Monday. Some protesters hurled stones at police and torched a kiosk. "
    "On Tuesday gunmen torched two lorries on a highway near Esmeraldas.",
])
def test_arson_by_armed_men_in_a_protest_story_is_destruction(text):
    found = types(text)
    assert "looting_property_destruction" in found
    assert found.count("violent_demonstration") == 1


@pytest.mark.parametrize("text", [
    "Two voters were killed by thugs at a polling unit in Kaduna, Nigeria, on Saturday. "
    "The police spokesman added that the command had arrested 27 suspects across the state for electoral offences.",
    "Gunmen shot dead a party agent in Kisumu, Kenya, on Tuesday. "
    "Police said they had detained 18 people throughout the county for election violence.",
])
def test_arrests_told_over_the_story_area_are_an_event(text):
    assert "arrests" in types(text)
