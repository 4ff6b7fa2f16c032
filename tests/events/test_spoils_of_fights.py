"""Arms recovered after a fight, told with it, are part of that battle, not an arms seizure of
their own (sitrep.events.spoils), with the real pipeline on hand-written reports."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


def _types(text: str, published: str = "2024-03-12") -> list[str]:
    return sorted(e.sub_event_type for e in sitrep.extract(text, published=published))


@pytest.mark.parametrize("text", [
    "Troops killed five insurgents in a gunfight near the village of Kalanga in Tessin province on Monday, "
    "the army said. Two rifles and a grenade launcher were recovered from the dead fighters.",
    "Police shot dead three rebels during an encounter in the hills outside Morovia town on Sunday, officials "
    "said. The bodies of the rebels, along with four pistols and some ammunition, were recovered from the spot.",
    "Soldiers clashed with militants near Darsi on Monday and killed six of them, a military statement said. "
    "The statement said a sniper rifle and explosives were also recovered and a search of the area was under way.",
])
def test_arms_recovered_from_a_fight_are_no_seizure(text):
    types = _types(text)
    assert "armed_clash" in types
    assert "disrupted_weapons_use" not in types


@pytest.mark.parametrize("text", [
    "Police recovered a cache of rifles and explosives from an abandoned house in Morovia on Monday, officials said.",
    "Troops killed four rebels near Kalanga on Monday, the army said. On Thursday, soldiers recovered a large "
    "cache of mortar rounds buried in a field near Darsi, a spokesman said.",
])
def test_a_cache_found_apart_from_a_fight_stays_a_seizure(text):
    assert "disrupted_weapons_use" in _types(text)
