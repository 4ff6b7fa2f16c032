"""A round-up by an irregular armed group, or one joined to a killing, takes captives or victims:
no arrest. A round-up by police or soldiers is still an arrest."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-05-13")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jihadists entered the village of Mbau on Sunday and rounded up the men gathered at the mosque.",
    "Bandits rounded up dozens of travellers on the highway near Funtua on Saturday, a survivor said.",
    "The herders were rounded up and executed outside Monguno on Friday, a relative said.",
    "Militants stormed the fishing camp near Baga on Monday, rounded up the fishermen and beheaded them.",
])
def test_a_roundup_by_attackers_is_no_arrest(text):
    assert "arrests" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police rounded up 30 suspected looters in Jos on Monday.",
    "Soldiers rounded up scores of young men in Dikwa on Sunday, residents said.",
])
def test_a_roundup_by_state_forces_is_an_arrest(text):
    assert "arrests" in _types(text)
