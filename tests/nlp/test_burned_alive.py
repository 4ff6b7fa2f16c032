""""alive" on a verb that kills by it ("burned 13 suspects alive", "were burnt alive") is a
death word, as "to death" is; people found or rescued alive are not dead."""

from __future__ import annotations

import pytest

from sitrep import extract


def _killed(text: str):
    events = extract(text, published="2023-04-25")
    assert len(events) == 1
    return events[0].fatalities.best


@pytest.mark.parametrize("text,dead", [
    ("A mob burned 13 suspected thieves alive in Les Cayes on Monday.", 13),
    ("Residents burned alive four suspected kidnappers in Jacmel on Monday.", 4),
    ("Villagers in Kisii burned two suspected witches alive on Monday.", 2),
])
def test_burned_alive_counts_the_dead(text, dead):
    assert _killed(text) == dead


def test_people_found_alive_are_not_dead():
    events = extract("A crowd torched a police post in Jacmel on Monday; two officers inside were found alive.",
                     published="2023-04-25")
    assert all(e.fatalities.best is None for e in events)


@pytest.mark.parametrize("text,dead", [
    ("Villagers in Chimaltenango beat six suspected extortionists on Monday and torched their car; "
     "a mob burned four men alive, two of them brothers.", 4),
    ("A crowd killed five suspected rustlers in Marsabit on Monday, three of whom were burned alive.", 5),
    ("A mob killed four men in Tehuacan on Monday and burned two others alive.", 6),
])
def test_a_share_of_those_counted_adds_no_dead(text, dead):
    assert _killed(text) == dead
