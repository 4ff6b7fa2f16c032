"""An attack whose one weapon a later sentence says was intercepted is the interception only
(sitrep.events.intercepted), with the real pipeline on hand-written reports."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


def _types(text: str, published: str = "2024-05-10") -> list[str]:
    return sorted(e.sub_event_type for e in sitrep.extract(text, published=published))


@pytest.mark.parametrize("text", [
    "A rebel drone loaded with explosives flew towards Kandi airbase late on Thursday. The drone was "
    "shot down by anti-aircraft fire before it reached the runway, the army said.",
    "Militants launched a rocket at the port city of Varna on Friday morning, the navy said. Coastal "
    "batteries intercepted the rocket over the sea and nobody was hurt.",
    "Insurgents fired a cruise missile at the refinery in Ruse on Thursday, officials said. "
    "The missile was shot down by air defences south of the city.",
])
def test_a_weapon_intercepted_in_a_later_sentence_is_no_strike(text):
    types = _types(text)
    assert "disrupted_weapons_use" in types
    assert not {"air_drone_strike", "shelling_artillery_missile_attack"} & set(types)


@pytest.mark.parametrize("text", [
    "Militants fired a barrage of rockets at the town of Varna on Friday, wounding two people. "
    "The army said most of the rockets were intercepted.",
    "A drone hit a fuel tank at the depot in Ruse on Thursday, setting it on fire and killing a guard. "
    "Air defences shot down the drone's companion over the river.",
])
def test_an_attack_that_struck_stays_beside_its_interception(text):
    types = _types(text)
    assert {"air_drone_strike", "shelling_artillery_missile_attack"} & set(types)
