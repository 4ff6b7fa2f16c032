"""Houses burned "during the clash" and rifles picked up "from the site" of a fight told before are
part of that fight, not looting or a weapons find of their own (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    import sitrep

    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-08")]


@pytest.mark.parametrize("text", [
    "Followers of two local leaders clashed in Bogra on Tuesday, leaving one dead. Witnesses said it lasted "
    "two hours. Several shops were vandalised and set on fire during the clash.",
    "Two groups of villagers fought each other in Tezpur on Tuesday. A dozen huts were set ablaze during the violence.",
])
def test_burning_during_the_told_fight_is_no_looting_event(text):
    assert "looting_property_destruction" not in _types(text)


@pytest.mark.parametrize("text", [
    "Troops killed three militants in a gunfight in Shopian on Tuesday. Three rifles and some "
    "ammunition were recovered from the site.",
    "Troops killed three militants in a gunfight in Shopian on Tuesday. The operation was called off in the "
    "evening. Rifles and ammunition were recovered from the encounter site.",
    "Soldiers killed four rebels in a clash near Butembo on Tuesday. Rifles and ammunition were recovered "
    "from the slain fighters.",
])
def test_arms_picked_up_after_the_told_fight_are_no_find_of_their_own(text):
    types = _types(text)
    assert "armed_clash" in types and "disrupted_weapons_use" not in types, types
