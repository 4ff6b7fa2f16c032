"""Arrests told in other words than "arrest" or "detain": picking people up, nabbing them, taking
them into custody. Picking up things or the dead is no arrest, nor is a pick-up by bandits."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-08-20")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police in Eldoret picked up five men overnight in a swoop on suspected car thieves.",
    "Officers nabbed two suspects at a checkpoint in Kisii on Tuesday.",
    "Soldiers took 14 youths into custody in Butembo on Saturday, a local official said.",
    "Security agents picked up three students from their hostel in Bauchi on Monday night.",
])
def test_other_words_of_arrest(text):
    assert "arrests" in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fishermen picked up the bodies of four migrants off the coast near Sfax on Sunday.",
    "Bandits picked up six travellers on the road near Katsina on Friday and took them to the forest.",
])
def test_picking_up_the_dead_or_by_bandits_is_no_arrest(text):
    assert "arrests" not in _types(text)
