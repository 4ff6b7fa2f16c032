"""A rescue is no abduction: "freed a kidnapped doctor", "the abducted girls were released" name
victims of an act told elsewhere (a participle describing them); a shootout is a battle."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in default_extractor().extract(Article(id="t", text=text, published="2024-06-12"))]


@pytest.mark.parametrize("text", [
    "Police freed a kidnapped engineer from a house in Delmas, Haiti, on Monday after a shootout with the gang.",
    "Soldiers rescued 17 abducted farmers in a forest near Tsafe in Zamfara state, Nigeria, on Sunday after a gun battle.",
    "Commandos freed two kidnapped aid workers in a raid on a camp near Ansongo in Mali on Tuesday, killing three militants.",
])
def test_a_rescue_is_no_abduction(text):
    assert "abduction_forced_disappearance" not in types(text)


@pytest.mark.parametrize("text", [
    "Two officers were wounded in a shootout with gang members in Delmas, Haiti, on Monday, police said.",
    "Police said three robbers died in a shoot-out with officers in Kano, Nigeria, on Sunday.",
    "A shootout between soldiers and kidnappers near Kachia in Kaduna state, Nigeria, left four dead on Friday.",
])
def test_a_shootout_is_a_battle(text):
    assert "armed_clash" in types(text)


@pytest.mark.parametrize("text", [
    "The abducted schoolgirls were released in Gusau, Nigeria, on Sunday, officials said.",
    "Relatives of the kidnapped passengers gathered outside the police station in Kaduna on Monday.",
])
def test_victims_of_an_earlier_kidnapping_tell_no_new_one(text):
    assert "abduction_forced_disappearance" not in types(text)


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped a doctor from his clinic in Delmas, Haiti, on Monday.",
    "Bandits abducted 17 farmers near Tsafe in Zamfara state, Nigeria, on Sunday.",
])
def test_a_kidnapping_told_by_its_verb_stays_one(text):
    assert "abduction_forced_disappearance" in types(text)
