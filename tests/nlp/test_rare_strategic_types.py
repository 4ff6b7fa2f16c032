"""Strategic developments told with everyday words: a group giving up its weapons changes its
activity; forces building or opening a post establish a base. Seizures and handovers of people
stay what they are."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The separatist group handed over 200 rifles and two tonnes of explosives to French police in Bayonne on Saturday.",
    "Monitors said on Monday that the militia had decommissioned all of its weapons at a site near Belfast.",
    "The rebels laid down their arms at a ceremony in Bangui on Friday.",
])
def test_giving_up_weapons_is_a_change_to_group_activity(text):
    assert "change_to_group_activity" in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army constructed a forward operating base outside Kidal last week.",
    "Peacekeepers opened a new camp near Bunia on Wednesday, the mission said.",
    "Government troops established a new outpost at Tessalit on Sunday.",
])
def test_building_a_post_is_a_base_established(text):
    assert "headquarters_or_base_established" in _types(text)


@pytest.mark.model
def test_seizing_weapons_from_suspects_is_no_change_of_activity():
    assert "change_to_group_activity" not in _types("Police seized weapons and arrested two men in Belfast on Monday.")
