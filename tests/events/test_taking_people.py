"""Abductions told with "seized/snatched/grabbed N people" or "took away N people" (sentences
written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    import sitrep

    return [e.sub_event_type for e in sitrep.extract(text, published="2023-11-16")]


@pytest.mark.parametrize("text", [
    "Gunmen seized 30 passengers from a bus near Gwoza on Tuesday, police said.",
    "Bandits snatched four girls from their dormitory in Kankara on Monday.",
    "Armed men grabbed two women outside a church in Kidal on Sunday.",
    "The attackers took away at least 12 women from Mariga on Wednesday, a resident said.",
])
def test_people_seized_or_taken_away_are_abducted(text):
    assert "abduction_forced_disappearance" in _types(text)


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Kitchanga on Tuesday after heavy fighting.",
    "Police seized 40 rifles and a truck of ammunition in Kano on Monday.",
])
def test_places_and_things_seized_are_no_abduction(text):
    assert "abduction_forced_disappearance" not in _types(text)
