"""Things seized or captured in a fight (weapons, motorbikes, vehicles) are no territory taken:
'seize' and 'capture' acting on them have another sense (codebook ``object_senses``). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Soldiers repelled the assault on the post near Gorom on Friday, and several motorbikes and rifles were seized.",
    "Three pickup trucks and a machine gun were captured by soldiers near Djibo on Monday, the army said.",
    "Ammunition and two vehicles were seized when troops repulsed the attack near Titao on Saturday.",
])
def test_seized_things_are_no_territory(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-12")]
    assert not {"non_state_actor_overtakes_territory", "government_regains_territory"} & set(types), types


@pytest.mark.parametrize("text", [
    "Rebels seized the town of Rutshuru on Monday after the army withdrew.",
    "Jihadists captured the army post at Boulkessi on Friday, the sources said.",
])
def test_seized_places_are_still_taken(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-12")]
    assert "non_state_actor_overtakes_territory" in types, types
