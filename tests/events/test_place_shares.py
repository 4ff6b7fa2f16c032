"""An act told at several places is one event per place (``place_split``); a later sentence that
gives the dead per place ("six of the dead were in A and three in B", "A counted five bodies, B
four") gives each place's event its own share, never the whole toll to each and never a share
the text does not state. Sentences and places written for these tests."""

from __future__ import annotations

import pytest

import sitrep

KHERSON = "Russian drones struck Kherson and Nikopol on Tuesday, killing nine civilians, regional officials said. "
BANNU = "Militants attacked police posts in Bannu and Lakki Marwat on Friday, killing eight policemen, officials said. "


def tolls(text: str) -> dict[str, int | None]:
    return {e.location.name.split()[0]: e.fatalities.best for e in sitrep.extract(text, published="2024-05-10")
            if e.location is not None}


@pytest.mark.parametrize(("text", "expected"), [
    (KHERSON + "Six of the dead were in Kherson and three in Nikopol.", {"Kherson": 6, "Nikopol": 3}),
    (KHERSON + "Five of the victims were from Kherson and four from Nikopol, officials said.",
     {"Kherson": 5, "Nikopol": 4}),
    (KHERSON + "Kherson counted five bodies, Nikopol four.", {"Kherson": 5, "Nikopol": 4}),
    (KHERSON + "Four people died in Kherson and the rest in Nikopol.", {"Kherson": 4, "Nikopol": 5}),
    (BANNU + "Five died in Bannu and three in Lakki Marwat.", {"Bannu": 5, "Lakki": 3}),
    (BANNU + "In Bannu, five policemen were killed; in Lakki Marwat, three.", {"Bannu": 5, "Lakki": 3}),
])
def test_each_place_takes_its_own_share_of_the_dead(text, expected):
    assert tolls(text) == expected


def test_a_share_given_to_one_place_leaves_the_others_unknown():
    """Only the place the sentence counts gets a figure: the rest of the toll is not guessed."""
    assert tolls(KHERSON + "Seven of those killed were in Kherson, the governor said.") == {"Kherson": 7, "Nikopol": None}


@pytest.mark.parametrize("tail", [
    "Six people were wounded in Kherson and three in Nikopol.",
    "Kherson has lost 60 people this year, Nikopol 40.",
])
def test_counts_of_others_than_the_acts_dead_are_no_share(tail):
    assert tolls(KHERSON + tail) == {"Kherson": None, "Nikopol": None}


def test_a_share_stays_when_a_headline_event_takes_the_place():
    """A headline act at the region folds into one place's event: that place keeps its share."""
    text = ("Drones pound towns of Kharkiv region\n\n" + "Russian drones struck Kupiansk and Izium on Tuesday, "
            "killing seven civilians, officials said. Four of the dead were in Kupiansk and three in Izium.")
    assert tolls(text) == {"Kupyansk": 4, "Izyum": 3}


MOSUL = "Mortar shells hit Tal Kaif and Bashiqa on Sunday, officials said. "


@pytest.mark.parametrize(("tail", "expected"), [
    ("An old man was killed and two boys were wounded in Bashiqa, the mayor said.", {"Tallkayf": None, "Bashiqa": 1}),
    ("In Tal Kaif, four farmers were killed.", {"Tallkayf": 4, "Bashiqa": None}),
    ("A doctor in Bashiqa said three shepherds were killed in the town.", {"Tallkayf": None, "Bashiqa": 3}),
])
def test_the_dead_of_one_place_told_next_are_that_places_share(tail, expected):
    """A bare toll at one place of the act (with its wounded, or read as an act of its own by the
    trigger layer) is that place's share, not a new event nor the whole act's toll."""
    assert tolls(MOSUL + tail) == expected


def test_a_later_act_at_one_place_keeps_the_split_act_open():
    """ "Two died in A when a rocket hit a school" retells part of the split act: the next
    sentence's share at B still goes to B's event."""
    text = (MOSUL + "Two people died in Tal Kaif when a shell hit a school. "
            "In Bashiqa, five shepherds were killed.")
    assert tolls(text)["Bashiqa"] == 5
