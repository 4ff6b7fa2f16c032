"""Taking people is no taking of ground: a territory verb whose object is people is an arrest
(state forces) or an abduction (anyone else); a town or a base taken stays a territory change."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text, expected", [
    ("Two police officers were seized by gunmen in Kaduna, Nigeria, on Friday.", "abduction_forced_disappearance"),
    ("Three aid workers were captured by militants near Gao in Mali on Monday.", "abduction_forced_disappearance"),
    ("In May 2023, she was captured near Sirte in Libya by government forces.", "arrests"),
])
def test_people_seized_are_held_not_ground_taken(text, expected):
    found = types(text)
    assert expected in found
    assert not {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(found)


@pytest.mark.parametrize("text", [
    "Rebels captured the town of Kidal in Mali on Monday.",
    "Militants seized the army base at Tessit in Mali on Sunday.",
    "Government troops ousted the militants from Kidal in Mali on Monday.",
])
def test_places_taken_stay_territory_changes(text):
    assert {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(types(text))


@pytest.mark.parametrize("text", [
    "The ministry said 11 policemen captured by the rebels near Menaka in Mali in June had been released.",
    "Nine traders seized by bandits on the road to Gusau in Nigeria on Tuesday were still missing.",
    "Relatives of four engineers captured by militants near Tillaberi in Niger last week appealed for help.",
])
def test_people_taken_told_by_a_participle_are_held(text):
    found = types(text)
    assert not {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(found)


@pytest.mark.parametrize("text", [
    "Samuel Kiprono, 31, was seized by four men outside a bar in Eldoret, Kenya, on Friday night.",
    "Ahmed Bala, a schoolteacher, was captured by gunmen near Funtua in Nigeria on Monday.",
    "Fatima Yusuf, a nurse at the local clinic, was seized by armed men in Maiduguri, Nigeria, on Sunday.",
])
def test_a_named_person_taken_is_held(text):
    found = types(text)
    assert "abduction_forced_disappearance" in found
    assert not {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(found)
