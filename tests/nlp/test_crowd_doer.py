"""A killing or beating whose doer is a crowd of unarmed people (villagers, residents, a crowd,
a group of locals) is mob violence (codebook ``crowd_doer_phrases`` of mob_violence, cue list
``crowd_doer_nouns``); the same verbs done by gunmen or armed youths, or done to villagers,
stay an attack. Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "On Friday an angry crowd stoned a suspected thief to death in the market town of Mbarara, witnesses said.",
    "Angry residents of Nyamira beat to death two men accused of stealing a goat on Tuesday, police said.",
    "Villagers in Bundibugyo burned alive a man suspected of witchcraft on Sunday, police said.",
    "Police said a suspected pickpocket was beaten to death by an angry crowd in Zaria on Monday.",
    "Irate locals in Gombe lynched a man accused of theft on Wednesday, officials said.",
])
def test_a_killing_done_by_a_crowd_is_mob_violence(nlp, text):
    events = extract_events(text, published="2022-06-12")
    assert [e.sub_event_type for e in events] == ["mob_violence"]
    assert events[0].actor1.type == "rioters"


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers in Bundibugyo on Sunday, police said.",
    "Armed youths killed three farmers near Lafia on Sunday, police said.",
    "Three villagers were burned alive by gunmen in Bundibugyo on Sunday, police said.",
])
def test_a_killing_by_armed_men_or_of_villagers_stays_an_attack(nlp, text):
    events = extract_events(text, published="2022-06-12")
    assert [e.sub_event_type for e in events] == ["attack"]


@pytest.mark.parametrize("text", [
    "In Tsafe, farms are still being raided and residents kidnapped and killed by bandits, a lawmaker said on Monday.",
    "Twenty people beat me outside the party office in Erbil on Sunday, a protester told reporters.",
])
def test_victims_of_a_participle_or_people_telling_what_was_done_to_them_are_no_mob(nlp, text):
    events = extract_events(text, published="2022-06-12")
    assert "mob_violence" not in {e.sub_event_type for e in events}
