"""A clash told with a reciprocal word leaves open who attacked; the side the article tells
advancing, and not the other, was on the attack and is actor1 (``conventions.attackers_by_territory``,
``cues.json``: ``advance_verbs``), read by the real pipeline. Texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def clash_sides(text: str) -> tuple[str | None, str | None]:
    clash = next(e for e in extract_events(text, published="2021-03-10") if e.sub_event_type == "armed_clash")
    return (clash.actor1.type if clash.actor1 else None, clash.actor2.type if clash.actor2 else None)


@pytest.mark.parametrize("text", [
    "Government troops clashed with Al Shabaab fighters near Jilib on Monday, officials said. "
    "Al Shabaab fighters kept advancing on the town all week.",
    "Soldiers clashed with Boko Haram near Gubio on Tuesday, residents said.\n\n"
    "In recent days Boko Haram has advanced on the town from the north.",
    "Heavy gunfire was heard as the army clashes with the Houthis around Hays on Sunday. "
    "It is feared the town could fall, as the Houthis who continue to advance are two miles away.",
])
def test_the_advancing_side_attacked(text):
    assert clash_sides(text) == ("rebel_group", "state_forces")


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters clashed with government troops near Jilib on Monday, officials said. "
    "Al Shabaab fighters kept advancing on the town all week.",
    "Boko Haram clashed with the advancing troops near Gubio on Tuesday, residents said.",
])
def test_no_advance_of_the_second_side_no_change(text):
    assert clash_sides(text) == ("rebel_group", "state_forces")


def test_the_advancing_state_force_attacked():
    text = ("Al Shabaab fighters clashed with government troops near Jilib on Monday, officials said. "
            "Government troops kept advancing on the town all week.")
    assert clash_sides(text) == ("state_forces", "rebel_group")


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters have been advancing on Jilib since Sunday, officials said, and government troops "
    "are dug in around the town.\n\nResidents reported heavy gunfire and explosions in Jilib on Tuesday morning.",
    "Boko Haram fighters marched towards Gubio on Monday, residents said, while soldiers dug in at the barracks."
    "\n\nResidents of Gubio reported heavy gunfire and blasts on Tuesday.",
    "Houthi fighters continued to advance on Marib on Monday, Yemeni officials said. Government forces are "
    "holding positions south of the city.\n\nResidents of Marib reported gunfire and explosions through Tuesday night.",
])
def test_a_clash_told_without_its_sides_was_started_by_the_advancing_side(text):
    assert clash_sides(text) == ("rebel_group", "state_forces")
