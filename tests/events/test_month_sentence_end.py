"""A full month name that ends a sentence ("... in March.") is read without the sentence's full
stop: the stop hangs on the main verb, so a date that took it in looked like the main clause's
own even when it stands in another act's clause ("shelled positions the rebels had held since
seizing them in March."). An abbreviation keeps its stop ("Dec. 31"). Hand-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.dates import find_dates

pytestmark = pytest.mark.model

WED = dt.date(2021, 7, 14)  # a Wednesday


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The town was besieged in March.", "in March"),
        ("Militants overran the post late November.", "late November"),
        ("The dam was bombed on 22 December.", "22 December"),
        ("Rebels shelled the hills they had held since seizing the town in April.", "in April"),
        ("The army said the bridge was blown up on Dec. 31.", "Dec. 31"),
    ],
)
def test_month_phrase_leaves_the_full_stop(nlp, text, phrase):
    got = find_dates(nlp(text), WED)
    assert [m.text for m in got] == [phrase]

