"""A commemoration counts an old act back from the day it is held ("marks three years since
soldiers killed ..."): the act is dated that many years (months) back, so it is background and
meets the text's dated telling of the same act instead of becoming a second act on the day of
the commemoration. The count dates only the words it opens, never an act of the commemoration
day told beside it, nor other sentences."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2023-02-14"

RECALLED = [
    ("This week Tumbo, a village in Cameroon, marks three years since soldiers killed 21 civilians there.",
     "2020-02-14"),
    ("The town of Tumbo in Cameroon marks two years after gunmen shot dead 14 worshippers at its mosque.",
     "2021-02-14"),
    ("Residents of Tumbo, Cameroon, are marking six months since soldiers burned down the market and killed "
     "nine traders.", "2022-08-14"),
]

TWICE_TOLD = (
    "Tumbo, Cameroon, marks three years since soldiers killed 21 villagers. On February 14, 2020, "
    "soldiers stormed the village of Tumbo and shot 21 villagers."
)

SAME_DAY_ACTS = [
    ("Thousands marched in Khartoum, Sudan, to mark two years since the army seized power, and police "
     "fired tear gas, killing two protesters.", "2023-02-14"),
    ("Crowds gathered in Khartoum, Sudan, to mark one year since the army seized power. Police shot dead "
     "two protesters near the presidential palace.", "2023-02-14"),
    ("Crowds in Khartoum, Sudan, marked the fifth anniversary of the massacre of 120 protesters by soldiers.",
     "2023-02-14"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "day"), RECALLED)
def test_commemorated_act_is_dated_back(text, day):
    events = sitrep.extract(text, published=PUBLISHED)
    assert events and all(e.date == day and e.background for e in events), [(e.date, e.background) for e in events]


@pytest.mark.model
def test_commemorated_act_meets_its_dated_telling():
    events = sitrep.extract(TWICE_TOLD, published=PUBLISHED)
    assert [e.date for e in events] == ["2020-02-14"], [(e.sub_event_type, e.date) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "day"), SAME_DAY_ACTS)
def test_acts_beside_the_commemoration_keep_their_own_day(text, day):
    events = sitrep.extract(text, published=PUBLISHED)
    assert events and all(e.date is not None and e.date >= "2023-02-01" for e in events), \
        [(e.date, e.sub_event_type) for e in events]


#: A country or a day holds the commemoration: the crowd it recalls is the old act's, dated back.
CROWDS_RECALLED = [
    ("Nepal on Friday marks two years since mass protests in Kathmandu in which police shot dead 19 "
     "demonstrators.", "2021-02-14"),
    ("Chile marks the fifth anniversary of the riots in Santiago that left 30 people dead.", "2018-02-14"),
    ("Today Bolivia marks one year since protesters blocked the highway at Caracollo and police killed "
     "three of them.", "2022-02-14"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "day"), CROWDS_RECALLED)
def test_a_crowd_in_a_countrys_commemoration_is_the_recalled_act(text, day):
    events = sitrep.extract(text, published=PUBLISHED)
    assert events and all(e.date == day and e.background for e in events), \
        [(e.date, e.sub_event_type, e.background) for e in events]
