"""A day inside the name of a group ("the March 9 Movement", "the April 6 Youth Movement") is
part of the name, not the date of the sentence's act; the same day told as a date stays one.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.dates import find_dates

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2022, 3, 29)


def date_texts(nlp, text: str) -> list[str]:
    return [m.text for m in find_dates(nlp(text), PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Fighters of the March 23 Movement shelled the hills above Kesto.",
    "A spokesman for the April 6 Youth Movement said marchers were beaten in Orvel.",
    "The May 9 Front seized two villages near Orvel.",
    "March 23 Movement rebels have advanced towards the border post of Kesto.",
])
def test_a_day_inside_a_group_name_is_no_date(nlp, text):
    assert date_texts(nlp, text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("On March 23, rebels seized two villages near Orvel.", "March 23"),
    ("The rebels took Orvel on March 23 after heavy fighting.", "March 23"),
    ("Fighters of the March 23 Movement seized Orvel on March 25.", "March 25"),
])
def test_a_day_told_as_a_date_stays(nlp, text, day):
    assert date_texts(nlp, text) == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("Troops killed nine rebels near Orvel on March 3 and the Army said it would press on.", "March 3"),
    ("On March 23 the Army retook two villages near Kesto.", "March 23"),
    ("On May 9 Government Forces shelled the hills above Orvel.", "May 9"),
    ("Rebels stormed Kesto on May 9 and the Peace Mission said it had withdrawn.", "May 9"),
])
def test_a_date_before_a_capitalised_name_is_still_a_date(nlp, text, day):
    """Only a name that opens right at the day takes it in: not one after "and" or "the",
    nor a subject after a dated opening phrase."""
    assert date_texts(nlp, text) == [day]
