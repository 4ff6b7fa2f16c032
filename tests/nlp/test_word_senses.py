"""Trigger words used in another sense: a storm that is weather, not a storming; a march of armed
men that is an advance, not a protest; a fight word that only qualifies a weapon or a unit; a take-over of no ground;
a weapon word that names a siren or a defence system; a violent verb whose object is a
warrant, a plan or a recording."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article
from sitrep.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "The storm killed at least 40 people in the coastal town of Sur on Monday, officials said.",
    "Tropical Storm Elsa is expected to reach Jacmel late on Tuesday, bringing heavy rain.",
    "Snow storms closed the mountain passes north of Bamiyan for a week in January.",
    "A powerful storm battered the port of Tartus on Sunday, flooding dozens of homes.",
])
def test_a_weather_storm_is_no_armed_storming(text):
    found = types(text)
    assert "armed_clash" not in found and "attack" not in found


@pytest.mark.parametrize("text", [
    "Gunmen stormed a hotel in Mogadishu on Friday, killing five guards, police said.",
    "Militants storm army base in Diffa, kill 12 soldiers",
    "Jihadists stormed the army post of Boulkessi in Mali on Tuesday and fought troops for hours.",
])
def test_a_storming_by_armed_men_stays_a_fight(text):
    assert {"armed_clash", "attack"} & set(types(text))


@pytest.mark.parametrize("text", [
    "Rebel fighters marched into the town of Bria on Sunday after government troops fled.",
    "Hundreds of mercenaries marched on Rostov in southern Russia on Saturday.",
    "The warlord called off his fighters' march on the capital Bangui on Monday.",
    "Government troops marched into Kidal in northern Mali on Tuesday.",
])
def test_a_march_by_armed_men_is_no_protest(text):
    assert "peaceful_protest" not in types(text)


@pytest.mark.parametrize("text", [
    "Thousands of students marched through the streets of Niamey on Sunday.",
    "Hundreds of women marched to the parliament in Nairobi on Tuesday to demand justice.",
    "Police officers marched through Lyon on Wednesday to demand better pay.",
])
def test_a_march_by_a_crowd_stays_a_protest(text):
    assert "peaceful_protest" in types(text)


def trigger_types(text: str) -> list[str]:
    return [t.label_ for t in load_pipeline()(text).spans["triggers"]]


@pytest.mark.parametrize("text", [
    "Police seized three assault rifles and ammunition in a house in Culiacan on Monday.",
    "Two AK-47 assault rifles were among the weapons found in a shed near Newry on Friday.",
    "Three fighting vehicles of the army were parked outside the stadium in Gao on Tuesday.",
    "Engineers dug new fighting trenches along the canal near Sennar, the spokesman said on Monday.",
])
def test_a_fight_word_qualifying_a_weapon_or_unit_is_no_clash(text):
    assert "armed_clash" not in trigger_types(text)


@pytest.mark.parametrize("text", [
    "Heavy fighting broke out between the army and rebels in Juba on Friday.",
    "Rebels launched an assault on the army base in Kidal on Tuesday.",
    "Fighting resumed in Bakhmut late on Sunday, officials said.",
])
def test_fighting_and_an_assault_that_head_their_phrase_are_clashes(text):
    assert "armed_clash" in trigger_types(text)
    assert "armed_clash" in types(text)


@pytest.mark.parametrize("text", [
    "Striking teachers took over the avenues around the ministry in Accra on Monday, waving placards.",
    "A regional force took over the duties of the departing monitors in Juba last year.",
    "In Dhaka, students took over the main square on Tuesday, chanting slogans.",
])
def test_taking_over_no_ground_is_no_territory_change(text):
    assert not {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(types(text))


@pytest.mark.parametrize("text", [
    "Rebels took over the town of Bunia in Congo on Sunday after a day of fighting.",
    "Militants took over the army base in Marte on Friday, sources said.",
    "Jihadists took over Gao in northern Mali on Saturday.",
])
def test_taking_over_a_place_is_a_territory_change(text):
    assert {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(types(text))


@pytest.mark.parametrize("text", [
    "Air raid sirens sounded in Haifa on Sunday morning.",
    "Air-raid sirens wailed across Kyiv overnight as residents went to shelters.",
    "The embassy's missile defence system was switched on in Baghdad on Monday.",
    "Russia deployed new missile systems in Belarus last week, officials said.",
])
def test_a_siren_or_defence_system_is_no_strike(text):
    assert not {"air_drone_strike", "armed_clash", "shelling_artillery_missile_attack"} & set(trigger_types(text))


@pytest.mark.parametrize("text", [
    ("An air raid killed 12 people in Saada on Monday.", "air_drone_strike"),
    ("A missile struck a school in Kharkiv on Monday.", "shelling_artillery_missile_attack"),
    ("Gunmen raided a police post in Diffa on Friday.", "armed_clash"),
])
def test_strikes_and_raids_stay_triggers(text):
    sentence, label = text
    assert label in trigger_types(sentence)


@pytest.mark.parametrize("text", [
    "Police executed search warrants against 40 gang members in Recife on Tuesday.",
    "The offensive was carefully planned and executed by the army, a general said.",
    "Her arrest, captured on camera by a passer-by, angered many in Lagos.",
    "The moment the statue fell was captured on video by residents of Baghdad.",
    "The opposition seized the opportunity to demand new elections in Dakar.",
])
def test_a_warrant_plan_or_recording_gives_another_sense(text):
    assert not {"attack", "non_state_actor_overtakes_territory", "government_regains_territory"} & set(trigger_types(text))


@pytest.mark.parametrize("text", [
    ("Gunmen executed five villagers near Kidal on Monday.", "attack"),
    ("Three hostages were executed by the militants on camera.", "attack"),
    ("Rebels captured the town of Bunia on Sunday.", "non_state_actor_overtakes_territory"),
    ("Militants seized the airport of Goma on Monday.", "non_state_actor_overtakes_territory"),
])
def test_executions_and_captures_of_people_and_places_stay(text):
    sentence, label = text
    assert label in trigger_types(sentence)


@pytest.mark.parametrize("text", [
    "Militants that stormed the army base in Menaka killed four soldiers on Monday.",
    "Gunmen, who this week stormed a school in Kagara, killed a teacher.",
])
def test_a_relative_that_or_this_before_stormed_keeps_the_storming(text):
    assert {"armed_clash", "attack"} & set(types(text))


def test_a_storm_that_hit_a_town_is_weather():
    assert not {"armed_clash", "attack"} & set(types("A storm that hit Derna on Sunday left thousands dead."))
