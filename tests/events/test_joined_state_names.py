"""A state whose name joins two words with "and" ("Jammu and Kashmir") is one place, not two
coordinated places, wherever it stands in the sentence (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _places(text: str) -> list[str]:
    import sitrep

    return [e.location.name for e in sitrep.extract(text, published="2024-03-08")]


@pytest.mark.parametrize("text", [
    "Troops clashed with militants in Jammu and Kashmir's Kupwara district on Tuesday.",
    "Troops clashed with militants in Kupwara district of Jammu and Kashmir on Tuesday.",
    "Two soldiers died in a gunfight with militants near Kupwara town, Kupwara district of Jammu and Kashmir, on Tuesday.",
])
def test_one_event_at_the_district_not_at_the_halves_of_the_state(text):
    places = _places(text)
    assert len(places) == 1 and "Kupw" in places[0], places
