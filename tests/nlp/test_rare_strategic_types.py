"""Strategic developments told with everyday words: a group giving up its weapons changes its
activity; forces building or opening a post establish a base; weapons found, dismantled or
defused were never used (no explosion, no shelling). Seizures and handovers of people stay what
they are."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), [
    # giving up weapons changes the group's activity
    ("The rebel movement handed over 300 rifles to United Nations monitors in Bunia on Saturday.",
     "change_to_group_activity"),
    ("Observers confirmed on Monday that the militia had decommissioned its heavy weapons at a depot outside "
     "Kananga.", "change_to_group_activity"),
    ("Fighters laid down their arms at a ceremony in Bangui on Friday.", "change_to_group_activity"),
    # building or opening a post establishes a base
    ("Army engineers built a forward operating base outside Kidal last week.", "headquarters_or_base_established"),
    ("Peacekeepers opened a new camp near Bunia on Wednesday, the mission said.", "headquarters_or_base_established"),
    ("Government troops established a new outpost at Tessalit on Sunday.", "headquarters_or_base_established"),
])
def test_strategic_developments_in_everyday_words(text, sub_type):
    assert sub_type in _types(text)


@pytest.mark.model
def test_seizing_weapons_from_suspects_is_no_change_of_activity():
    assert "change_to_group_activity" not in _types("Police seized weapons and arrested two men in Belfast on Monday.")



DISRUPTED = "disrupted_weapons_use"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers discovered three IEDs under a culvert near Gwoza on Thursday.", DISRUPTED),
    ("Police found an explosive vest and detonators in a house in Mombasa on Thursday.", DISRUPTED),
    ("Engineers dismantled two rocket launchers outside Kirkuk on Thursday, the army said.", DISRUPTED),
    ("Several landmines were unearthed by troops near Tessalit on Thursday.", DISRUPTED),
    ("Rebels fired rockets at the airport in Kirkuk on Thursday.", "shelling_artillery_missile_attack"),
])
def test_weapons_found_or_defused_were_not_used(text, expected):
    assert _types(text) == [expected]
