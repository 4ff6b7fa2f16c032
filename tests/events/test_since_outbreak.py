"""A running toll counted "since" violence broke out ("200 dead since clashes erupted in May") tells
when the violence began, not one recalled incident; fighting that broke out on a day, told as
such, is still an event (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

LEAD = "Gunmen killed four farmers near Jiribam on Tuesday, police said. "


def _types(text: str) -> list[str]:
    import sitrep

    return [e.sub_event_type for e in sitrep.extract(LEAD + text, published="2024-06-12")]


@pytest.mark.parametrize("text", [
    "Over 200 people have lost their lives since ethnic clashes between the two communities broke out last May.",
    "Nearly 60 people have died since fighting erupted in the hills in March.",
    "Dozens have been killed since gun battles flared in the valley in April.",
])
def test_a_toll_since_an_outbreak_is_no_background_event(text):
    assert _types(text) == ["attack"]


def test_fighting_that_broke_out_on_a_day_is_still_an_event():
    assert "armed_clash" in _types("Fighting broke out in Churachandpur on Monday, leaving two dead.")
