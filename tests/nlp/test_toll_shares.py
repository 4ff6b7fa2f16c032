"""A toll a sentence gives per place or per day: each event takes its own share."""
from __future__ import annotations

import pytest

import sitrep
from sitrep.nlp.casualties import figure_at, find_casualties
from sitrep.nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("text, total", [
    ("Rebels killed 14 herders in Dalla, along with another 6 in Maru.", 20),
    ("Raiders killed nine farmers near Tesso, with five more in Ungwa.", 14),
])
def test_further_group_added_by_with_is_counted(nlp, text, total):
    assert find_casualties(nlp(text)).killed.best == total


@pytest.mark.parametrize("text, total", [
    ("Mortar fire killed two people on Friday and six more on Saturday.", 8),
    ("Drone strikes killed three fighters on Sunday and four more on Monday.", 7),
])
def test_further_group_joined_by_and_is_counted(nlp, text, total):
    assert find_casualties(nlp(text)).killed.best == total


@pytest.mark.parametrize("text, day, share", [
    ("Mortar fire killed two people on Friday and six more on Saturday.", "Saturday", 6),
    ("Drone strikes killed three fighters on Sunday and four more on Monday.", "Sunday", 3),
])
def test_share_of_a_day(nlp, text, day, share):
    doc = nlp(text)
    q, _ = figure_at(next(iter(doc.sents)), "killed", _anchor(doc, day))
    assert q.best == share


@pytest.mark.parametrize("text", [
    "Rebels killed six soldiers with heavy weapons.",
    "Gunmen killed two guards with a rifle in Dalla.",
])
def test_with_phrase_without_further_marker_is_not_a_victim(nlp, text):
    assert find_casualties(nlp(text)).killed.best == (6 if "six" in text else 2)


def _anchor(doc, word):
    start = doc.text.index(word)
    return [(start, start + len(word))]


@pytest.mark.parametrize("text, place, share", [
    ("Officials said at least 30 people died in Kandy, where mosques were hit, "
     "along with another 12 in the market attack in Galle, with another 8 dead in Jaffna.", "Galle", 12),
    ("Officials said at least 30 people died in Kandy, where mosques were hit, "
     "along with another 12 in the market attack in Galle, with another 8 dead in Jaffna.", "Jaffna", 8),
])
def test_share_of_a_place(nlp, text, place, share):
    doc = nlp(text)
    sent = next(iter(doc.sents))
    q, _ = figure_at(sent, "killed", _anchor(doc, place))
    assert q.best == share


def test_no_share_when_the_figures_name_no_place(nlp):
    doc = nlp("Soldiers killed 14 fighters and captured 6 others, the army said.")
    assert figure_at(next(iter(doc.sents)), "killed", _anchor(doc, "army")) is None


def test_event_takes_its_place_share():
    text = ("Officials said at least 30 people died in Kandy, where mosques were hit, "
            "along with another 12 in the market attack in Galle, with another 8 dead in Jaffna.")
    events = sitrep.extract(text, published="2024-10-08")
    galle = [e for e in events if e.location and e.location.name == "Galle"]
    assert galle and galle[0].fatalities.best == 12
