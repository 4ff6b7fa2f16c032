"""Named groups told together as the doers of a battle: rival gangs that battled or clashed, or
any groups said to have fought each other, are the two sides (ACLED codes gang against gang),
not one side against the state. Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _sides(text: str) -> set[str | None]:
    events = [e for e in extract_events(text, published="2025-09-20") if e.event_type == "battles"]
    assert events, text
    return {events[0].actor1.name if events[0].actor1 else None, events[0].actor2.name if events[0].actor2 else None}


@pytest.mark.parametrize(("text", "sides"), [
    ("Members of the Gran Grif and Kraze Barye gangs battled for control of Cabaret on Sunday, leaving nine dead.",
     {"Gran Grif", "Kraze Baryè"}),
    ("Gunmen from the Gran Grif and Kraze Barye gangs clashed near Cabaret on Sunday, police said; nine died.",
     {"Gran Grif", "Kraze Baryè"}),
    ("Gunmen of the CJNG and the Sinaloa Cartel battled in a village of Zacatecas on Tuesday, leaving 11 dead.",
     {"CJNG: Jalisco New Generation Cartel", "Sinaloa Cartel"}),
    ("Near Lake Chad on Monday, fighters of Boko Haram and of ISWAP fought each other for hours; 30 died.", {"Boko Haram", "Islamic State (West Africa)"}),
])
def test_named_groups_that_fought_are_the_two_sides(text, sides):
    assert _sides(text) == sides


def test_groups_attacking_together_stay_allies():
    sides = _sides("Fighters of the KIA and the PDF attacked a junta base near Bhamo on Monday, killing six soldiers.")
    assert "Military Forces of Myanmar (2021-)" in sides or any(s and "Military" in s for s in sides)
