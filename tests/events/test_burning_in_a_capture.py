"""Buildings burned or looted while a town was taken are part of the capture (NOTES: destruction
carried out during an attack is part of it), not a looting event of their own; looting told with
no capture beside it stays one (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    import sitrep

    return [e.sub_event_type for e in sitrep.extract(text, published="2025-05-14")]


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Baraka on Monday after government troops withdrew. "
    "The fighters set fire to the town hall and looted the market of Baraka.",
    "Gang members captured the suburb of Vallon on Sunday. Several homes were looted and burned in Vallon.",
    "Jihadists took control of Dalla on Monday. They burned down the mayor's office in Dalla.",
])
def test_burning_while_taking_a_town_is_part_of_the_capture(text):
    types = _types(text)
    assert "looting_property_destruction" not in types, types
    assert "non_state_actor_overtakes_territory" in types, types


def test_burning_after_retaking_a_town_is_part_of_the_recapture():
    types = _types("Soldiers retook the town of Ofra on Sunday. Troops burned down the rebels' headquarters in Ofra.")
    assert types == ["government_regains_territory"], types


@pytest.mark.parametrize("text", [
    "Unidentified men set fire to a school in the town of Baraka on Monday night. No one was hurt.",
    "Looters ransacked the central market of Kivira on Monday, residents said.",
])
def test_looting_with_no_capture_beside_it_stays_an_event(text):
    assert "looting_property_destruction" in _types(text)
