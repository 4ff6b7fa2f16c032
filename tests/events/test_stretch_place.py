"""A stretch between two places ("the road between X and Y") is placed at its first end, and
every trigger of the sentence agrees on it: the first end is a place though the NER takes it for
a person or an event (``nlp/places.py``), and the second end does not win by standing nearer a
later trigger (``events/place_choice.is_later_stretch_end``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str) -> list[str]:
    return [e.location.name for e in extract_events(text, published="2025-10-22") if e.location]


@pytest.mark.parametrize("text, first", [
    ("A roadside bomb hit a truck on the road between Khash and Iranshahr on Sunday, wounding four soldiers.",
     "Khāsh"),
    ("Gunmen ambushed a police convoy on the road between Konduga and Bama on Sunday.", "Konduga"),
    ("Armed men attacked a bus on the highway between El Obeid and Bara on Monday, killing two passengers.",
     "El Obeid"),
    ("On Saturday, a mine exploded under a lorry between Konduga and Bama, killing its driver.", "Konduga"),
])
def test_a_stretch_is_placed_at_its_first_end(nlp, text, first):
    assert places(text) == [first]


@pytest.mark.parametrize("text", [
    "Troops clashed with insurgents on the road between Konduga and Bama on Monday, killing nine of them.",
    "On Monday, soldiers fought the rebels on the road between Konduga and Bama, leaving seven fighters dead.",
])
def test_every_trigger_of_the_sentence_agrees_on_the_stretch(nlp, text):
    assert places(text) == ["Konduga"]


def test_talks_between_two_people_name_no_place(nlp):
    assert places("Talks between Ruto and Odinga collapsed in Nairobi on Monday.") in ([], ["Nairobi"])

