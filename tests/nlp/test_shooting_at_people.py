"""Gunmen firing on people or on a car, and a person shot by a gunman, tell an attack even
where no one is said to have died ("gunmen fired on a bus", "fired at villagers")."""

from __future__ import annotations

import pytest

from sitrep.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.model


def trigger_types(text: str) -> set[str]:
    return {s.label_ for s in load_pipeline()(text).spans["triggers"]}


@pytest.mark.parametrize("text", [
    "Gunmen fired on a minibus near Kaduna on Friday, wounding four passengers.",
    "On Monday two gunmen fired on the mayor's car outside Tumaco.",
    "Armed men were seen firing at villagers as they fled toward the river.",
    "Militiamen fired upon women fetching water near the camp, residents said.",
    "The judge was shot in the chest by a gunman outside the courthouse in Quetta.",
    "A shopkeeper was shot twice by the attackers before they fled on motorbikes.",
])
def test_shooting_at_people_or_their_car_is_an_attack(text):
    assert "attack" in trigger_types(text)


@pytest.mark.parametrize("text", [
    "Troops fired on militant positions in the hills overnight.",
    "The fire spread to three houses in the village before firefighters arrived.",
])
def test_fire_at_positions_or_a_blaze_is_no_attack(text):
    assert "attack" not in trigger_types(text)
