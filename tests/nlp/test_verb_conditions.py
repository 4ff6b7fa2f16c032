"""Trigger words that tell an act only with the right arguments or in the right words: a verb
of falling or conquering with a place as its subject, the verbs of driving a force out of a
place, aircraft that act, and a coup that heads its phrase."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "The district capital of Wardak also fell on Sunday, an official said.",
    "Two hills near Goma were conquered by the rebels on Monday.",
    "Insurgents conquered the town of Mocimboa da Praia in Mozambique on Wednesday.",
    "The village of Bourzanga fell to jihadist fighters in Burkina Faso on Tuesday.",
    "The airport of Kindia fell to the mutineers in Guinea on Monday.",
])
def test_places_that_fall_or_are_conquered_change_hands(text):
    assert "non_state_actor_overtakes_territory" in types(text)


@pytest.mark.parametrize("text", [
    "Oil prices fell sharply on Monday in London.",
    "Rockets fell on the town of Sumy in Ukraine on Monday.",
    "Turnout fell in Kano, officials said on Monday.",
    "Mobile phone traffic fell to a third of its usual level in Herat on Monday.",
    "The share of the vote fell to 30 percent in Kano on Monday.",
])
def test_falling_things_that_are_no_places_change_no_hands(text):
    assert not {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(types(text))


@pytest.mark.parametrize("text", [
    "The soldiers drove the insurgents out of Palma in Mozambique on Friday.",
    "The militants had been dislodged from Kombolcha in Ethiopia by Friday.",
    "Troops pushed the rebels out of Rutshuru in Congo on Tuesday.",
])
def test_forces_driven_out_of_a_place_is_ground_regained(text):
    found = types(text)
    assert {"government_regains_territory", "non_state_actor_overtakes_territory"} & set(found)
    assert "arrests" not in found and "abduction_forced_disappearance" not in found


@pytest.mark.parametrize("text", [
    "Military helicopters hovered over the capital on Monday as shops stayed shut.",
    "Two ministers were flown by helicopter to Peshawar on Tuesday for talks.",
    "The army is buying more drones and aircraft, the minister said on Monday.",
])
def test_aircraft_named_without_an_act_are_no_air_strike(text):
    assert "air_drone_strike" not in types(text)


@pytest.mark.parametrize("text", [
    "A drone hit a house in the village of Tal Afar in Iraq on Monday, killing two people.",
    "Warplanes pounded the town of Maarat al-Numan in Syria on Tuesday.",
    "A helicopter fired on a convoy near Kidal in Mali on Sunday.",
])
def test_aircraft_that_act_make_an_air_strike(text):
    assert "air_drone_strike" in types(text)


@pytest.mark.parametrize("text", [
    "The general came to power in a coup last March, days after the election.",
    "A putsch in August 2021 toppled the elected government of Guinea.",
    "The president was ousted by a military takeover in Harare in November 2017.",
])
def test_a_coup_is_another_strategic_development(text):
    assert "other" in types(text)


@pytest.mark.parametrize("text", [
    "Anti-coup protesters marched through Yangon on Monday.",
    "The coup leaders met the regional envoy in Niamey on Monday.",
])
def test_coup_as_a_modifier_tells_no_coup(text):
    assert "other" not in types(text)


@pytest.mark.parametrize("text", [
    "The army didn’t shell Kharkiv on Monday, the ministry said.",
    "Rebels haven’t captured Goma, the army said on Monday.",
    "The spokesman said on Monday in Kyiv: “we don’t attack hospitals or schools.”",
    "Police said the gunmen did not attack the convoy near Garissa on Monday.",
])
def test_negated_acts_are_no_events_whatever_the_apostrophe(text):
    assert types(text) == []


@pytest.mark.parametrize("text", [
    "The army shelled Kharkiv on Monday, not Sumy, the ministry said.",
    "Rebels attacked the base at Kidal on Monday, but not the town itself.",
])
def test_a_negated_other_thing_leaves_the_act(text):
    assert types(text)


@pytest.mark.parametrize("text", [
    "On Monday, the army began an operation to retake Kismayo from the militants.",
    "Troops started a push on Friday to recapture the town of Baidoa, officials said.",
    "The militants began an offensive on Sunday to seize the port of Kismayo.",
])
def test_the_aim_of_an_operation_begun_is_no_act(text):
    assert not {"government_regains_territory", "non_state_actor_overtakes_territory"} & set(types(text))


@pytest.mark.parametrize("text", [
    "On Monday, the army began to retake Kismayo from the militants.",
    "The troops managed to recapture the town of Baidoa on Friday, officials said.",
])
def test_an_act_begun_or_managed_happened(text):
    assert "government_regains_territory" in types(text)


@pytest.mark.parametrize("text, kind", [
    ("Rebel gunners continued to shell the market of Kidal on Tuesday, residents said.",
     "shelling_artillery_missile_attack"),
    ("The militia continued to attack the village of Djibo on Saturday, a local official said.", "armed_clash"),
    ("Government troops proceeded to recapture the town of Baidoa on Friday, officials said.",
     "government_regains_territory"),
    ("On Sunday the crowd proceeded to loot shops in the market of Maiduguri, police said.",
     "looting_property_destruction"),
])
def test_an_act_continued_or_achieved_happened(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "Rebel gunners will continue to shell the market of Kidal, their leader said on Tuesday.",
    "Government troops would proceed to recapture the town of Baidoa, officials said on Friday.",
    "The militia did not continue to attack the village of Djibo on Saturday, a local official said.",
])
def test_an_aspect_verb_under_a_modal_or_negation_stays_irrealis(text):
    assert types(text) == []


@pytest.mark.parametrize("text, kind", [
    ("Gunmen tried to slip into the camp at Kidal on Monday and sparked heavy clashes with the guards.",
     "armed_clash"),
    ("The army began an offensive to crush the rebels and then conducted airstrikes against camps near Kidal "
     "on Sunday.", "air_drone_strike"),
    ("Police did not name the man but said that twelve students were arrested in Lagos on Monday.", "arrests"),
])
def test_a_past_verb_joined_by_and_is_a_clause_of_its_own(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "The army plans to encircle Kidal and to carry out air strikes on the rebel camps, a general said.",
    "Rebels threatened on Monday to storm Kidal and seize the airport.",
    "Police said they would question the students and arrest the organisers in Lagos.",
])
def test_an_infinitive_joined_by_and_shares_the_plan(text):
    assert types(text) == []
