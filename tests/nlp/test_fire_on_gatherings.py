"""Lethal force turned on a crowd that the sentence tells as rallying or marching is excessive
force against protesters, whatever noun names the crowd: the fire phrase may hit "supporters",
"a rally", "marches", "mourners" or "a procession", not only "protesters" (the codebook's
excessive-force phrases), when a state force fires. Without a protest word in the sentence
nothing changes, and a gunman or rebels firing on a gathering attack it."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-05-14")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On Monday, soldiers opened fire on opposition supporters rallying in a stadium in Conakry, "
    "killing at least 15 people.",
    "On Monday, presidential guards opened fire on opposition supporters marching on the palace in "
    "Antananarivo, killing at least 28 people.",
    "On Monday, police fired on a rally of opposition supporters in Lusaka, killing two.",
    "Security forces fired on church-led marches in Kinshasa on Monday, killing at least six people.",
    "Troops opened fire on a funeral procession turned protest march in Srinagar on Monday, killing two.",
])
def test_fire_on_a_rallying_crowd_is_excessive_force(text):
    types = _types(text)
    assert types == ["excessive_force_against_protesters"], types


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # no protest word: the fire on a crowd stays as read (no protest event at all)
    ("Gunmen opened fire on worshippers leaving a mosque in Kano on Monday, killing five.", "attack"),
    # fire on a gathering by a gunman or rebels, no state force in the sentence: an attack, no protest
    ("A lone gunman opened fire on a campaign rally in Tucson on Monday, wounding the candidate.", "attack"),
    # the police only report it: still the gunman's attack
    ("A gunman opened fire at an election rally in Mombasa on Sunday, wounding three supporters, police said.",
     "attack"),
    # a peaceful rally with no fire stays peaceful
    ("Thousands of opposition supporters rallied peacefully in Lusaka on Monday.", "peaceful_protest"),
])
def test_without_fire_or_protest_the_reading_stays(text, expected):
    assert expected in _types(text)
    assert "excessive_force_against_protesters" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebels fired on supporters of the governor gathered at a rally in Jos on Monday, killing four.",
    "Two gunmen opened fire on mourners at a funeral procession in Kumasi on Monday, killing three.",
])
def test_fire_on_a_gathering_by_armed_men_is_no_excessive_force(text):
    assert "excessive_force_against_protesters" not in _types(text)
