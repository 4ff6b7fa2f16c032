"""People told as freed ("rescued nine kidnapped travellers", "the abducted pupils were
released", "troops freed 12 hostages") were taken in an act told elsewhere or not at all: the
words naming their captivity are no abduction of the sentence, and never one by their rescuers.
An abduction told in the same words stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Troops on Tuesday rescued 14 kidnapped passengers near Tsafe, the army said.",
    "Soldiers freed 20 abducted farmers from a forest camp in Zamfara State on Monday, the army said.",
    "The kidnapped schoolgirls were released on Monday after their parents paid a ransom, a teacher said.",
    "Police said on Sunday they had rescued 11 hostages held in a forest near Birnin Gwari.",
])
def test_freed_people_are_no_abduction(text):
    events = sitrep.extract(text, published="2026-01-21")
    assert not [e for e in events if e.sub_event_type == "abduction_forced_disappearance"]


@pytest.mark.parametrize("text", [
    "Bandits kidnapped 14 passengers near Tsafe on Tuesday, police said.",
    "Gunmen abducted 20 farmers from their fields in Zamfara State on Monday, residents said.",
    "Gunmen seized eleven hostages at a checkpoint near Birnin Gwari on Sunday, police said.",
])
def test_an_abduction_told_is_kept(text):
    events = sitrep.extract(text, published="2026-01-21")
    assert [e for e in events if e.sub_event_type == "abduction_forced_disappearance"]


def test_a_rescue_fought_for_is_a_clash():
    text = ("Police rescued nine kidnapped traders after a fierce gun battle with their abductors in a forest "
            "near Kankara on Friday, a spokesman said.")
    events = sitrep.extract(text, published="2026-01-21")
    assert [e.sub_event_type for e in events] == ["armed_clash"]
