"""A bomb that was planted, hidden or fixed to a vehicle (codebook remote_explosive_landmine_ied:
"bomb hidden in", "planted a device", "motorcycle bomb") is a remote explosive, not the suicide
bombing told beside it nor a plain attack on the people it killed. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model

REMOTE = "remote_explosive_landmine_ied"


def types(text: str) -> list[tuple[str, str | None]]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [(e.sub_event_type, e.location.name if e.location else None) for e in events]


@pytest.mark.parametrize("text", [
    "Militants planted a bomb under a bridge near Kandahar on Friday, wounding three police officers.",
    "Police in Kandahar said a bomb hidden inside a parked van wounded three officers late on Friday.",
    "Insurgents had placed explosives beside the road in Kandahar, officials said on Friday.",
])
def test_a_planted_bomb_is_a_remote_explosive(text):
    assert [t for t, _ in types(text)] == [REMOTE]


@pytest.mark.parametrize("text", [
    "Two suicide bombers struck a church in Kano on Sunday, killing 12 worshippers. "
    "In Kaduna, a bomb attached to a motorcycle went off near a bus station on Sunday.",
    "A suicide attacker detonated his vest at a checkpoint in Gao on Monday, killing four soldiers. "
    "A third attack, a bicycle bomb in Timbuktu, killed two civilians.",
    "An attacker wearing a suicide vest set it off at a checkpoint in Gao on Monday, killing four soldiers. "
    "Later that day a motorcycle bomb exploded at a market in Timbuktu.",
])
def test_a_planted_bomb_beside_a_suicide_bombing_stays_its_own_kind(text):
    found = types(text)
    assert ("suicide_bomb", "Kano") in found or ("suicide_bomb", "Gao") in found
    assert any(t == REMOTE and place in ("Kaduna", "Timbuktu") for t, place in found)
    assert not any(t in ("suicide_bomb", "attack") and place in ("Kaduna", "Timbuktu") for t, place in found)


def test_a_suicide_bombers_own_explosives_are_no_second_bomb():
    found = types("In Quetta a suicide bomber hit an election rally late on Friday and left 20 dead. "
                  "Police said the bomber had hidden explosives in his jacket.")
    assert [t for t, _ in found] == ["suicide_bomb"]


@pytest.mark.parametrize("text", [
    "A suicide bomber blew himself up at a market in Maiduguri on Tuesday, killing nine people. "
    "Soon after, a second explosion from a bomb concealed inside a parked van tore through the crowd.",
    "Two suicide car bombs hit a hotel in Mogadishu on Friday, killing 15 people. "
    "Minutes later, a third blast from a bomb planted in a rickshaw struck the street outside.",
    "Two suicide car bombs hit a hotel in Mogadishu on Friday, killing 15 people. "
    "The third blast, from a device hidden in a rickshaw, struck the street outside minutes later.",
])
def test_a_generic_blast_said_to_be_a_planted_bomb_is_no_further_suicide_bombing(text):
    found = [t for t, _ in types(text)]
    assert sorted(found) == [REMOTE, "suicide_bomb"]


def test_a_generic_blast_with_nothing_more_said_is_one_of_the_suicide_bombings():
    found = [t for t, _ in types("Two suicide car bombs hit a hotel in Mogadishu on Friday, killing 15 people. "
                                 "Minutes later, a third blast struck the street outside.")]
    assert found == ["suicide_bomb", "suicide_bomb"]
