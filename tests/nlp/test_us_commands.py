"""The U.S. combatant commands that announce strikes (Africa Command, Central Command) are the
U.S. military, not an unnamed force nor the local police (sentences written for these tests)."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model

US = "Military Forces of the United States"


def _actor1(text: str) -> list[str | None]:
    return [e.to_dict()["actor1"] for e in sitrep.extract(text, published="2025-05-16")]


@pytest.mark.parametrize("text", [
    "The U.S. Africa Command said it had struck fighters of the group near Buulo Mareer on Wednesday, "
    "killing two militants.",
    "U.S. Africa Command carried out an airstrike near Bardheere on Tuesday that killed four militants.",
    "In a statement, AFRICOM said an air strike near Tiyeeglow on Monday had killed one militant.",
    "The U.S. Central Command said its aircraft hit a militant hideout near Al Bab on Thursday, killing "
    "three fighters.",
    "CENTCOM said its jets bombed a militant camp outside Hajin on Wednesday, leaving two fighters dead.",
])
def test_a_us_combatant_command_is_the_us_military(text):
    assert _actor1(text) == [US]
