"""Weapons a group is only described with ("youths armed with rifles and rocket-propelled grenades",
"militants carrying grenades") are equipment, not an act: the verb the group does tells the event, so
no grenade or shelling event comes of the arms; a grenade that is thrown is still one."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in sitrep.extract(text, published="2025-03-12"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of youths armed with rifles and rocket-propelled grenades attacked the garrison at "
         "Malakal on Monday, killing 14 soldiers.", ["armed_clash"]),
        ("Gunmen armed with AK-47s and grenades stormed a hotel in Mogadishu on Monday, killing five guests.",
         ["attack"]),
        ("Fighters armed with rocket-propelled grenades attacked a police post near Kismayo on Monday.",
         ["armed_clash"]),
        ("Militants carrying grenades and explosives stormed an army base near Kismayo on Monday.",
         ["armed_clash"]),
        ("Raiders equipped with machine guns and grenades attacked a cattle camp near Bor on Sunday, "
         "killing nine herders.", ["attack"]),
    ],
)
def test_arms_the_doers_bear_are_no_act(text, expected):
    assert _types(text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A man threw a grenade at a police post in Kismayo on Monday, wounding three officers.",
        "An attacker armed himself and hurled a grenade into a crowded market in Kismayo on Monday.",
    ],
)
def test_a_thrown_grenade_is_still_one(text):
    assert "grenade" in _types(text)
