"""A referring mention ("the agreement they signed last Thursday", "the clashes that broke out on
Monday") dated to the day by its own words is not the event of another day told elsewhere in the
article: it is an event of its own (a recalled one is background)."""

from __future__ import annotations

import pytest

import sitrep


def _days(text: str, published: str) -> list[str]:
    return sorted(e.date for e in sitrep.extract(text, published=published))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The president and the rebel leader signed a peace accord in Maputo on Tuesday evening.\n\n"
        "The accord follows the agreement on a cessation of hostilities that the two men signed in Maputo "
        "last Thursday.",
        "Government and rebel negotiators signed a final peace deal in Maputo on Tuesday.\n\n"
        "The deal builds on the agreement that both sides signed last Thursday.",
    ],
)
def test_an_agreement_signed_on_another_day_is_its_own_event(text):
    assert _days(text, "2019-08-08") == ["2019-08-01", "2019-08-06"]


@pytest.mark.model
def test_clashes_of_another_day_are_their_own_event():
    text = ("Police fired tear gas at protesters in Nuh on Saturday.\n\n"
            "The violence began with the clashes that broke out in Nuh on Monday, killing six people.")
    assert _days(text, "2023-08-05") == ["2023-07-31", "2023-08-05"]
