""""The Islamic Emirate" is the name the Taliban government gives itself: its forces are state
forces, while plain "Taliban" fighters keep the group's name (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    import sitrep

    return [(e.actor1.type if e.actor1 else None, e.actor2.type if e.actor2 else None)
            for e in sitrep.extract(text, published="2024-03-08")]


@pytest.mark.parametrize("text", [
    "Forces of the Islamic Emirate killed three Daesh fighters in a raid in Kunar province on Monday.",
    "Islamic Emirate forces clashed with NRF fighters in Panjshir on Monday, officials said.",
    "Fighters of the Islamic Emirate of Afghanistan killed two gunmen in a clash near Herat on Monday.",
])
def test_islamic_emirate_forces_are_state_forces(text):
    assert any("state_forces" in pair for pair in _sides(text))


def test_taliban_fighters_stay_a_rebel_group():
    text = "Taliban fighters clashed with troops in Helmand province on Monday, the army said."
    assert any("rebel_group" in pair for pair in _sides(text))
