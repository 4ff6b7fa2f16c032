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
        "The prime minister and the insurgent commander signed a final peace deal in Juba on Wednesday night.\n\n"
        "The deal completes the ceasefire agreement that the two leaders signed in Juba last Friday.",
        "Negotiators for both camps signed a comprehensive peace accord in Juba on Wednesday.\n\n"
        "The accord builds on the deal the two camps signed last Friday.",
    ],
)
def test_an_agreement_signed_on_another_day_is_its_own_event(text):
    assert _days(text, "2020-03-06") == ["2020-02-28", "2020-03-04"]


@pytest.mark.model
def test_clashes_of_another_day_are_their_own_event():
    text = ("Police used tear gas to scatter protesters in Jos on Saturday.\n\n"
            "The unrest started with clashes that erupted in Jos on Tuesday, leaving six people dead.")
    assert _days(text, "2023-08-05") == ["2023-08-01", "2023-08-05"]
