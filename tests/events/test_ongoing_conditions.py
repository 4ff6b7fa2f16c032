"""Descriptions of a campaign or of a fight's course are no events of their own: a campaign
resumed or widened ("resumed its offensive on March 18") is a campaign launch, and fighting
materiel torched in an ambush ("two army trucks were set on fire") is part of the ambush, while
civilian property burned beside a clash stays an act of its own. Real pipeline, sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "A drone strike hit a house in Rafah on Sunday, killing five people. The army resumed its offensive "
    "on March 3, ending a six-week truce.",
    "A drone strike hit a house in Rafah on Sunday, killing five people. The army relaunched its ground "
    "operation on March 3.",
    "A drone strike hit a house in Rafah on Sunday, killing five people. On March 3 the army renewed its "
    "campaign in the south, officials said.",
])
def test_a_resumed_campaign_is_no_event(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert [e.sub_event_type for e in events] == ["air_drone_strike"]


@pytest.mark.parametrize("text", [
    "Jihadists ambushed an army convoy near Djibo on Monday, killing nine soldiers. Several vehicles "
    "were burned, a security source said.",
    "Insurgents ambushed a patrol outside Menaka on Monday, killing five soldiers. The attackers set "
    "fire to two military trucks before fleeing.",
    "Gunmen fought soldiers near Tillia on Monday, killing seven. The militants torched three army "
    "pickups and a tank.",
])
def test_materiel_torched_in_a_fight_is_part_of_it(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert [e.sub_event_type for e in events] == ["armed_clash"]


@pytest.mark.parametrize("text", [
    "Fighters clashed with the army in Rufaa on Monday. The fighters torched the market and looted homes.",
    "Gunmen clashed with soldiers near Gao on Monday, killing six. Two aid trucks were set on fire.",
])
def test_civilian_property_burned_beside_a_clash_stays_an_act(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert sorted(e.sub_event_type for e in events) == ["armed_clash", "looting_property_destruction"]


@pytest.mark.parametrize("text", [
    "Drones hit Kassala on Monday, killing four people. Nearby Gedaref has been cut off by fighting for months.",
    "Drones hit Kassala on Monday, killing four people. Gedaref has been surrounded by fighting since June.",
    "Drones hit Kassala on Monday, killing four people. Gedaref has been under heavy bombardment since October.",
])
def test_a_place_long_under_fighting_is_no_event(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert [e.sub_event_type for e in events] == ["air_drone_strike"]


@pytest.mark.parametrize("text", [
    "Shelling killed three people in Kherson on Monday. The city has been shelled almost daily since "
    "Russian troops left it in November 2022.",
    "Shelling killed three people in Kherson on Monday. Kherson has been regularly shelled since the "
    "occupation ended in 2022.",
])
def test_a_place_hit_as_a_habit_is_no_event(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert len(events) == 1 and not events[0].background


def test_an_episode_hit_repeatedly_on_one_day_stays_an_event(nlp):
    text = "Russian forces repeatedly shelled Kupiansk on Sunday, killing two people, officials said."
    events = extract_events(text, published="2025-03-12")
    assert [e.sub_event_type for e in events] == ["shelling_artillery_missile_attack"]


@pytest.mark.parametrize("text", [
    "The army shelled Lashio on Monday, killing three people. Since then, rebels have seized several "
    "towns in northern Shan State.",
    "The army shelled Lashio on Monday, killing three people. Rebels have since taken control of much of "
    "northern Shan State.",
    "The army shelled Lashio on Monday, killing three people. The alliance took vast swathes of the "
    "north in a sweeping offensive in October.",
])
def test_ground_taken_in_a_sweep_is_no_event(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert [e.sub_event_type for e in events] == ["shelling_artillery_missile_attack"]


@pytest.mark.parametrize("text", [
    "Rebels seized several villages near Loikaw on Monday, residents said.",
    "Fighters took control of the town of Babanusa on Monday after heavy clashes with the army.",
])
def test_a_dated_capture_stays_an_event(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert [e.sub_event_type for e in events] == ["non_state_actor_overtakes_territory"]


@pytest.mark.parametrize("text", [
    "Rebels attacked an army camp near Beni on Monday, killing three soldiers. The rebels later withdrew "
    "from the area.",
    "Gunmen raided a police post in Gusau on Monday, killing two officers, before withdrawing from the scene.",
])
def test_raiders_leaving_the_area_hand_over_no_ground(nlp, text):
    events = extract_events(text, published="2025-03-12")
    assert "non_violent_transfer_of_territory" not in {e.sub_event_type for e in events}


def test_a_force_leaving_a_named_town_still_hands_it_over(nlp):
    events = extract_events("Israeli forces withdrew from Khan Younis on Monday after a four-month operation.",
                            published="2025-03-12")
    assert [e.sub_event_type for e in events] == ["non_violent_transfer_of_territory"]
