"""A drone "downed" told noun first, as headlines put it ("... as two drones downed over X"), is an
interception (disrupted_weapons_use), not a drone strike (the phrase needs the two words side by
side: "a drone that downed a helicopter" is another matter)."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Mortars pound Kandi as two drones downed over Varna\n\nMortar rounds hit Kandi on Sunday, killing "
    "two. On Monday, air defences shot down two drones over Varna port, the navy said.",
    "Rebels shell Ruse market; drone downed near Pleven\n\nRebel artillery hit the market in Ruse on "
    "Sunday, wounding five. Air defences shot down a drone near Pleven on Monday, the army said.",
    "Shelling hits Gabrovo, militia drones downed over Shumen\n\nShells landed in Gabrovo on Saturday. "
    "On Sunday, the army said its air defences had intercepted three drones over Shumen.",
])
def test_a_downed_drone_in_a_headline_is_no_strike(text):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-05-14")}
    assert "air_drone_strike" not in types
    assert "disrupted_weapons_use" in types
