"""Whose toll a sentence gives (``assembly.add_casualties``), read by the real pipeline: not an
act that a clause only refers to, not another act that did the killing. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def tolls(text: str, published: str = "2021-03-10") -> dict[str, int | None]:
    return {e.sub_event_type: e.fatalities.best for e in extract_events(text, published=published)}


@pytest.mark.parametrize("text, sub_type", [
    ("Riot police fired tear gas at marchers in Nairobi on Tuesday, days after two students were shot dead.",
     "protest_with_intervention"),
    ("Police used water cannon against protesters in Harare on Monday, a week after soldiers killed three people.",
     "protest_with_intervention"),
])
def test_a_toll_told_of_an_earlier_act_is_not_the_events(text, sub_type):
    assert tolls(text).get(sub_type, "missing") is None


@pytest.mark.parametrize("text, sub_type, killed", [
    ("A suicide bomber blew himself up at a mosque in Kabul on Tuesday, killing 31 people, "
     "and a second bombing in Mazar-i-Sharif killed four more.", "suicide_bomb", 31),
    ("A suicide bomber struck a bus station in Maiduguri on Monday, killing nine people, "
     "while a roadside bomb in Bama killed two soldiers.", "suicide_bomb", 9),
])
def test_deaths_another_act_caused_are_left_out(text, sub_type, killed):
    assert tolls(text)[sub_type] == killed



@pytest.mark.parametrize("text, expected", [
    ("In Kherson province, two farmers were killed on Friday when a mine exploded under their tractor near "
     "Beryslav, and a Russian drone killed a cyclist in Kherson on Saturday, officials said.",
     {"remote_explosive_landmine_ied": 2, "air_drone_strike": 1}),
    ("In Zaporizhzhia province, three workers were killed on Monday when a shell hit a bus depot in Orikhiv, "
     "and a Russian drone killed a woman in Huliaipole on Tuesday, officials said.",
     {"shelling_artillery_missile_attack": 3, "air_drone_strike": 1}),
])
def test_each_place_of_a_sentence_takes_its_own_toll(text, expected):
    # two acts at two places told in one sentence, each with its own dead: the second is not left without
    assert tolls(text) == expected


@pytest.mark.parametrize("text, killed", [
    ("Air strikes killed at least 40 people throughout Khartoum state on Monday, including 12 at a market in "
     "Omdurman, activists said.", 12),
    ("Israeli strikes killed 30 people across the Gaza Strip on Sunday, including 11 in a house in Deir al-Balah, "
     "hospital officials said.", 11),
    # no spread over an area: the "including" figure is a part of the event's own dead
    ("Air strikes killed at least 40 people in Omdurman on Monday, including 12 at a market, activists said.", 40),
])
def test_the_share_of_an_area_toll_that_an_including_phrase_gives_the_place(text, killed):
    assert tolls(text)["air_drone_strike"] == killed
