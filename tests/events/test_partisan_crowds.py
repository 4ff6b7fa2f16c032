"""Fights between crowds of party supporters, rival villages or communities, with no armed,
organised group among them, are riots (ACLED: mob violence), not armed clashes, whoever the
article quotes; a killing done by party supporters is mob violence like one done by villagers.
Arrests made while the police break up a march belong to that protest (its intervention), not
to an arrest event of their own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def events(text: str):
    return default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in events(text)]


@pytest.mark.parametrize("text", [
    "In Kailahun, Sierra Leone, one man died on Tuesday when supporters of the mayor and of his challenger "
    "clashed outside the town hall, the district police commander said.",
    "Ruling party workers and opposition supporters clashed in Tamale, Ghana, on Tuesday over a disputed tally, "
    "and one person died, a police inspector said.",
    "Two people were killed on Tuesday when communal clashes broke out during a festival procession in Bhiwandi, "
    "India, the district police chief said.",
    "Youths from two rival villages fought with spears and arrows near Mendi, Papua New Guinea, on Tuesday, "
    "killing three people, a police officer said.",
])
def test_a_fight_between_crowds_is_a_riot(text):
    found = events(text)
    assert found, text
    assert {e.event_type for e in found} == {"riots"}, [(e.event_type, e.sub_event_type) for e in found]


@pytest.mark.parametrize("text", [
    "Supporters of the governing party beat a polling official to death in Kumasi, Ghana, on Tuesday, police said.",
    "Opposition supporters hacked a ward councillor to death in Mutare, Zimbabwe, on Tuesday, police said.",
])
def test_a_killing_by_party_supporters_is_mob_violence(text):
    assert types(text) == ["mob_violence"]


@pytest.mark.parametrize("text", [
    "Troops clashed with rebels near Beni, Congo, on Tuesday, an army spokesman said.",
    "Two rival factions of the armed group clashed near Kidal, Mali, on Tuesday, killing nine fighters.",
    "Soldiers and militants clashed in the village of Damboa, Nigeria, on Tuesday, a local official said.",
])
def test_a_fight_between_armed_groups_stays_a_battle(text):
    assert "armed_clash" in types(text)


@pytest.mark.parametrize("text", [
    "Thousands of teachers marched through Lusaka, Zambia, on Tuesday to demand higher pay, "
    "and nine of them were detained by officers, a spokesman said.",
    "Hundreds of students rallied outside parliament in Accra, Ghana, on Tuesday, and officers detained 15 people.",
])
def test_arrests_at_a_march_make_it_a_protest_with_intervention(text):
    assert types(text) == ["protest_with_intervention"]


@pytest.mark.parametrize("text", [
    "Hundreds of people rallied in Ndola, Zambia, on Tuesday to demand the release of six activists arrested on Saturday.",
    "Thousands marched in Ndola, Zambia, on Tuesday. Police arrested four of the organisers in Ndola on Thursday.",
])
def test_an_arrest_told_apart_leaves_the_march_peaceful(text):
    found = types(text)
    assert "peaceful_protest" in found
    assert "protest_with_intervention" not in found


def test_a_roadblock_cleared_in_a_wave_of_protests_is_an_intervention():
    found = types("Miners protested in Oruro, Bolivia, on Tuesday against a new mining tax. "
                  "Teachers also marched in La Paz on Tuesday. "
                  "Police also removed a blockade on the road near Potosi on Tuesday, detaining 14 people.")
    assert "protest_with_intervention" in found
    assert "arrests" not in found


def test_a_roadblock_cleared_with_no_protest_told_stays_an_arrest():
    assert types("Soldiers dismantled a roadblock on the highway near Potosi, Bolivia, on Tuesday, "
                 "detaining 14 people.") == ["arrests"]


@pytest.mark.parametrize("text", [
    "Police arrested a lawmaker in Mbeya, Tanzania, on Tuesday following the demonstration she had organised there.",
    "Police detained a union leader in Kitwe, Zambia, on Tuesday after a march he had led through the city.",
])
def test_an_arrest_after_a_rally_is_its_own_event(text):
    assert "arrests" in types(text)


@pytest.mark.parametrize("text", [
    "Backers of a jailed opposition mayor clashed with police outside the courthouse in Kumasi on Friday.",
    "On Friday followers of the ousted governor clashed with riot police in front of the assembly in Mzuzu.",
    "Party supporters fought running battles with soldiers near the tally centre in Tamale on Friday.",
])
def test_a_crowd_fighting_the_police_is_no_mob_violence(text):
    """Supporters who clash with a state force demonstrate violently; mob violence is a riot
    between crowds."""
    found = events(text)
    assert found and all(e.sub_event_type != "mob_violence" for e in found), [e.sub_event_type for e in found]
