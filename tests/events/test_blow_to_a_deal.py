"""An agreement named only as what an act harms ("in the latest blow to a fragile peace deal",
"a setback for the truce", "threatening the accord") is a reference to an older deal, not a new
agreement; the act itself stays, and a deal signed that day is still one."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-03-12")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Armed youths overran an army base in Malakal on Monday, killing 14 soldiers, in the latest blow to a fragile peace deal.",
        "Rebels shelled the outskirts of Bentiu on Monday, killing three civilians, in a fresh blow to the ceasefire.",
        "Gunmen attacked a police post near Yei on Monday, killing two officers, in a setback for the peace agreement.",
    ],
)
def test_a_deal_harmed_by_an_act_is_no_new_agreement(text):
    found = _types(text)
    assert found and "agreement" not in found


@pytest.mark.model
def test_a_deal_signed_that_day_is_still_one():
    found = _types("The government and the rebels signed a peace deal in Juba on Sunday, in a blow to hardliners.")
    assert found == ["agreement"]
