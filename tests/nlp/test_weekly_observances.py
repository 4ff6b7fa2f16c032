"""A weekday naming a weekly custom ("Friday prayers", "Sunday mass", "the Sunday market") is
no date of its own when the sentence dates the act otherwise ("in March last year ... during
Friday prayers"): it tells which day of that window, not the last such weekday before
publication. Alone, it still dates a recent act. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "month"), [
    ("Gunmen killed 44 worshippers during Friday prayers at a mosque in Fambita in March last year, officials said.",
     "2025-03"),
    ("In June 2024, militants stormed a church in Owo during Sunday mass and killed 40 people, police said.",
     "2024-06"),
    ("In January, bandits raided the Sunday market in Gusau and killed nine traders, residents said.",
     "2026-01"),
])
def test_a_weekly_custom_does_not_redate_a_dated_act(text, month):
    events = sitrep.extract(text, published="2026-04-14")
    assert events and events[0].date.startswith(month), events[0].date


def test_a_weekly_custom_alone_still_dates_the_act():
    text = "Gunmen opened fire on worshippers during Friday prayers at a mosque in Fambita, killing 12, officials said."
    events = sitrep.extract(text, published="2026-04-14")
    assert events and events[0].date == "2026-04-10"
