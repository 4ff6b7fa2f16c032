"""A toll told as the total of several acts ("killed in separate attacks", "in twin bombings",
"at four locations") is one event's only when the article tells no other act that day
(``assembly.add_casualties``, ``merge._total_of_one_act``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.casualties import tells_several_acts
from sitrep.nlp.extractor import extract_events


@pytest.mark.parametrize("text", [
    "Bandits killed 9 people in separate attacks on villages in Zamfara State on Tuesday.",
    "Nine people were killed in twin bombings in Mogadishu on Saturday.",
    "Eleven people died after four explosions hit the port.",
    "Soldiers shot dead eight protesters at four locations in Mandalay.",
    "Raiders killed twenty herders across several villages of the district.",
])
def test_a_total_of_several_acts_is_recognised(text):
    assert tells_several_acts(text)


@pytest.mark.parametrize("text", [
    "Bandits killed 9 people in an attack on a village in Zamfara State on Tuesday.",
    "A car bomb killed nine people in Mogadishu on Saturday.",
    "Two gunmen killed four worshippers at a church.",
])
def test_a_toll_of_one_act_is_not_a_total(text):
    assert not tells_several_acts(text)


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities.best for e in extract_events(text, published="2022-05-10")]


@pytest.mark.model
@pytest.mark.parametrize("text, total", [
    ("Nine people were killed in twin bombings in Mogadishu on Saturday.\n\nThe first car bomb exploded "
     "near the Jazeera hotel, killing seven people. A second explosion hit a checkpoint in Hodan district, "
     "killing two soldiers.", 9),
    ("Bandits killed 9 people in separate attacks on villages in Zamfara State on Tuesday.\n\nSix villagers "
     "were killed in Kurya on Tuesday when bandits stormed the village.\n\nIn Magami, gunmen shot dead three "
     "farmers on Tuesday.", 9),
])
def test_a_total_over_several_events_goes_to_none(text, total):
    tolls = _tolls(text)
    assert len(tolls) >= 2 and total not in tolls


@pytest.mark.model
@pytest.mark.parametrize("text, total", [
    ("Nine people were killed in twin bombings in Mogadishu on Saturday, police said.", 9),
    ("Twelve civilians were killed in separate attacks in the town of Djibo on Monday, a local official said.", 12),
    ("Eleven people died in two explosions at a market in Kano on Thursday.", 11),
])
def test_a_total_of_one_told_act_is_its_toll(text, total):
    assert _tolls(text) == [total]


@pytest.mark.model
@pytest.mark.parametrize("text, total, own", [
    ("Ten people lost their lives in an explosion at a checkpoint in Bama and in a suicide bombing at a "
     "mosque in Konduga on Friday.\n\nThe suicide bomber in Konduga killed six worshippers on Friday.", 10, 6),
    ("Nine civilians lost their lives in an air strike on a village near Kidal and in a mortar attack on a market in Menaka on Sunday.\n\n"
     "The air strike on Kidal killed five civilians on Sunday.", 9, 5),
])
def test_a_toll_of_two_acts_at_their_own_places_is_neither_act_s(text, total, own):
    tolls = _tolls(text)
    assert total not in tolls and own in tolls, tolls


@pytest.mark.model
@pytest.mark.parametrize("text, toll", [
    ("Rebels killed 12 soldiers and took two army trucks near Gao on Monday.", 12),
    ("Two protesters died as police fired tear gas, rubber bullets and water cannon in Bamako on Monday.", 2),
])
def test_one_act_told_with_joined_words_keeps_its_toll(text, toll):
    assert toll in _tolls(text)
