"""An act told in an "after" clause whose main clause tells no event ("talks were suspended on
Wednesday after rebels attacked a base") happened on or before the main act's day: that day only
bounds it, as a statement's day does (NOTES, "Dates": week precision), so a day the article gives
the act itself elsewhere wins. Where the main clause tells an event too, its day stays the act's.

Sentences written for these tests; real pipeline.
"""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2024-09-18"  # a Wednesday


def _events(text):
    return sitrep.extract(text, published=PUBLISHED)


@pytest.mark.parametrize("sentence, day", [
    ("Negotiations with the rebels were called off on Wednesday after insurgents ambushed a convoy near Tibu, "
     "killing four soldiers.", "2024-09-18"),
    ("The governor imposed a curfew in Maiduguri on Tuesday after gunmen killed six traders at a market in the city.",
     "2024-09-17"),
    ("The UN suspended aid flights to Goma on Wednesday after a rocket struck the airport, wounding two staff.",
     "2024-09-18"),
    ("Schools in Kharkiv were closed on Tuesday after a missile hit a school building in the city, killing a teacher.",
     "2024-09-17"),
])
def test_day_of_the_later_act_only_bounds(sentence, day):
    events = _events(sentence)
    assert events
    assert all(e.date == day and e.date_precision == "week" for e in events)


@pytest.mark.parametrize("sentence", [
    "Gunmen killed six traders in Maiduguri on Monday after they stormed the market.",
    "Rebels shelled the outskirts of Goma on Monday after insurgents ambushed a convoy nearby.",
])
def test_day_stays_when_the_main_clause_is_an_act(sentence):
    events = _events(sentence)
    assert events and all(e.date_precision == "day" for e in events)
