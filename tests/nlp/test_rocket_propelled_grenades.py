"""A rocket-propelled grenade is the infantry weapon of a ground fight: fighters who attack or
open fire "with rifles and rocket-propelled grenades" fight a battle. The words 'rocket' and
'grenade' inside the weapon's name tell neither a rocket attack nor a thrown grenade."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def sub_types(text: str) -> list[str]:
    from sitrep import extract

    return sorted(e.sub_event_type for e in extract(text, published="2025-04-16"))


@pytest.mark.parametrize("text", [
    "Insurgents attacked a police post in Darvi with machine guns and rocket-propelled grenades on Monday.",
    "The militia stormed the army base at Karsk with rocket propelled grenades on Sunday, and the troops fought "
    "them off.",
    "Fighters armed with rifles and rocket-propelled grenades raided the garrison at Berka at dawn on Monday.",
])
def test_rocket_propelled_grenades_tell_no_rocket_or_grenade_attack(text):
    types = sub_types(text)
    assert "grenade" not in types and "shelling_artillery_missile_attack" not in types


@pytest.mark.parametrize("text, sub", [
    ("A man threw a grenade into a bar in Darvi on Saturday, wounding six people.", "grenade"),
    ("Rebels fired rockets into the town of Karsk on Sunday, killing two residents.",
     "shelling_artillery_missile_attack"),
])
def test_thrown_grenades_and_rockets_keep_their_types(text, sub):
    assert sub in sub_types(text)
