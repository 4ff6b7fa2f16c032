"""A raid that an arrest verb governs ("arrested six suspects during a raid on a hideout") is how
the arrest was made: one arrests event, no fight or attack beside it. A raid that kills stays a
violent act."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-02-18")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Detectives arrested nine suspected gang members in raids on two warehouses in Kisumu on Sunday, police said.",
    "Soldiers detained four suspected insurgent suppliers during a raid on a market in Gwoza on Monday.",
    "A reporter was arrested by soldiers after a dawn raid on his home in Sittwe on Friday.",
    "Police apprehended 12 suspected kidnappers in a raid on a forest camp near Birnin Gwari on Saturday.",
])
def test_an_arrest_made_in_a_raid_is_one_arrest(text):
    assert _types(text) == ["arrests"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen killed eight villagers in a raid on a settlement near Gwoza on Sunday.",
    "Bandits abducted 30 people in a night raid on Kaura Namoda on Saturday.",
])
def test_a_raid_without_arrest_stays_violent(text):
    assert "arrests" not in _types(text) and _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police arrested six robbers in a raid on a hideout near Gusau on Tuesday, shooting two of them dead.",
])
def test_a_raid_with_deaths_beside_the_arrest_stays_a_fight(text):
    assert "armed_clash" in _types(text)
