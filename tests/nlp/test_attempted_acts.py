"""An assault that a side only tried to make was still made ("protesters tried to storm the
airport"). A plan, a future or a negation above the trying, or a tried taking of ground, stays
unreal."""

from __future__ import annotations

import pytest

from sitrep import extract


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, published="2023-01-20")]


@pytest.mark.parametrize("text", [
    "Protesters tried to storm the airport in Juliaca on Monday.",
    "On Monday hundreds of demonstrators attempted to storm the governor's office in Arequipa.",
    "Rioters sought to storm the police station in Cusco on Monday.",
])
def test_a_tried_storming_by_a_crowd_is_a_riot(text):
    assert _types(text) == ["violent_demonstration"]


@pytest.mark.parametrize("text", [
    "Gunmen attempted to raid a police station in Juliaca on Monday but were repelled.",
    "Rebels sought to attack the barracks in Cusco on Monday, but soldiers pushed them back.",
])
def test_a_tried_assault_by_an_armed_group_is_a_battle(text):
    assert _types(text) == ["armed_clash"]


@pytest.mark.parametrize("text", [
    "Protesters will try to storm the airport in Juliaca on Monday.",
    "Protesters did not try to storm the airport in Juliaca on Monday.",
    "Rebels plan to storm the town of Juliaca.",
    "Militants attempted to overrun an army base in Juliaca on Monday.",
])
def test_plans_negations_and_failed_takings_tell_no_act(text):
    assert "violent_demonstration" not in _types(text)
    assert "non_state_actor_overtakes_territory" not in _types(text)
