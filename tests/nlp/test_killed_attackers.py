"""Attackers, assailants or gunmen who "were killed" or "were shot" are the fallen side of a fight,
not the killers of an attack on civilians; gunmen who killed villagers stay an attack. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_events(text, published="2023-06-14")]


@pytest.mark.parametrize("text", [
    "Troops pushed back the raiders near Karsk on Monday, and six attackers were killed.",
    "Police said two gunmen were shot dead at a checkpoint in Velmora on Monday.",
    "Four assailants were reportedly killed when soldiers returned fire near Darvi on Monday.",
])
def test_killed_attackers_are_a_side_of_a_battle(nlp, text):
    assert types(text) == ["armed_clash"]


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers in Karsk on Monday.",
    "Gunmen were seen fleeing after they killed three farmers near Velmora on Monday.",
])
def test_gunmen_who_killed_villagers_attacked(nlp, text):
    assert types(text) == ["attack"]
