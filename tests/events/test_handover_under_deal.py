"""A withdrawal told as carried out under a deal ("completed their withdrawal from X, part of a
truce deal") is a non-violent transfer of territory: the deal in its sentence is its frame, not
an agreement of its own; a deal told alone is still an agreement."""

from __future__ import annotations

import pytest

import sitrep

TRANSFER = "non_violent_transfer_of_territory"

CASES = [
    ("Government troops completed their withdrawal on Sunday from the town of Kidal, part of a peace "
     "deal with the rebels, an official said.", {TRANSFER}),
    ("The militia pulled out of Tawila on Saturday under a ceasefire agreement brokered by Qatar.", {TRANSFER}),
    ("Foreign troops began their withdrawal from the airport in Kabul on Monday under the accord.", {TRANSFER}),
    ("The government and the rebels signed a ceasefire deal in Doha on Monday.", {"agreement"}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_withdrawal_under_a_deal_is_a_transfer(text, expected):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-13")}
    assert types == expected, types
