"""A reported claim that restricts what a kind of act hits ("drones were used only against
legitimate targets") tells a practice the speaker claims, not an act, even with the day of the
statement beside it; a claim about one act at a named place is still that act."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-05-14")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A military spokesman had said last month that drones were used only against legitimate targets.",
        "The ministry insisted on Monday that air strikes target only military sites.",
        "The army said on Tuesday that its gunners shell solely enemy positions.",
        "The defence ministry stressed on Friday that its drone strikes are aimed only at fighters.",
        "Officials repeated on Sunday that the air force bombs exclusively rebel camps.",
    ],
)
def test_a_claimed_practice_is_no_event(text):
    assert _types(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday that only two people were killed when a bomb exploded in Kano.",
        "The army said on Sunday that drones had struck only rebel positions near Walikale.",
    ],
)
def test_a_claim_about_one_act_at_a_place_is_that_act(text):
    assert _types(text) != []
