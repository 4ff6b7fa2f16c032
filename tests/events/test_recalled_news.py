"""An act told as news and again in a sentence that a context cue introduces ("died following a
drone strike on Monday") on its day, at its place: one event, not news and background apart.
Told as another act ("in another air strike"), it stays an event of its own. Sentences and
places written for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.events.merge import told_as_another
from sitrep.events.mention import EventMention
from sitrep.model import Evidence, Place

PUBLISHED = "2023-05-10"


def events(text: str) -> list:
    return [e.to_dict() for e in sitrep.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Twelve guests at a wedding in Gusau perished following an army drone strike on Monday.\n\n"
    "The state government said on Tuesday that the army drone strike hit Gusau.",
    "Twelve guests at a wedding in Gusau perished following an army drone strike on Monday.\n\n"
    "An army drone hit Gusau on Monday, state officials said.",
    "Seven herders near Wase died following an air strike on Sunday.\n\n"
    "The air force struck Wase on Sunday, officials said on Monday.",
    "Two students died in Kano following a police raid on a hostel on Monday.\n\n"
    "Police raided a student hostel in Kano on Monday and shot two students, the school said.",
])
def test_an_act_retold_after_a_context_cue_is_one_event(text):
    found = events(text)
    assert len(found) == 1
    assert found[0]["fatalities"]["best"] in (12, 7, 2)


def test_an_act_told_as_another_stays_apart():
    text = ("Nine farmers in Wase died following an air strike on their village on Sunday.\n\n"
            "In another air strike, the air force bombed Wase on Sunday, officials said.")
    assert len(events(text)) == 2


@pytest.mark.parametrize(("sentence", "trigger", "another"), [
    ("In another raid, gunmen stormed the village.", "stormed", True),
    ("A similar attack hit the market last week.", "attack", True),
    ("Yet another blast rocked the fuel depot.", "blast", True),
    ("Ten died following a drone strike on the village.", "strike", False),
    ("The army said the drone strike hit the village.", "strike", False),
])
def test_words_before_the_trigger_tell_another_act(sentence, trigger, another):
    at = sentence.index(trigger)
    place = Place("Alpha", country="XA", admin1="North", lat=1.0, lon=1.0, precision="town")
    word = Evidence(at, at + len(trigger), trigger)
    mention = EventMention("attack", "violence_against_civilians", sentence=Evidence(0, len(sentence), sentence),
                           trigger=word, type_evidence=word, location=place, date="2023-05-08")
    assert told_as_another(mention) is another
