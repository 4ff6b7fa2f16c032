"""A bomb told by the vehicle it was hidden on ("a motorcycle bomb") or by the verb that set it off,
a few words away ("a bomb tied to a cart exploded", "detonated a bomb concealed under a bin"),
is a remote explosive, though no "car bomb", "roadside bomb" or "blast" is in the sentence. A bomb
that was found or defused stays a disrupted weapons use."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

IED = "remote_explosive_landmine_ied"


def labels(nlp, text: str) -> list[str]:
    return [t.label_ for t in nlp(text).spans["triggers"]]


@pytest.mark.parametrize("text", [
    "Four shoppers were wounded when a motorcycle bomb went off near Velmora's bus depot.",
    "A motorbike bomb went off outside the district office in Karsk, wounding four guards.",
    "Two traders died when a bicycle bomb ripped through the Orlan market on Friday.",
])
def test_a_bomb_named_by_its_vehicle_is_a_remote_explosive(nlp, text):
    assert IED in labels(nlp, text)


@pytest.mark.parametrize("text", [
    "Police said a bomb tied to a cart exploded beside their patrol in Darvi on Monday.",
    "Militants detonated a bomb concealed under a rubbish bin near the Kessel bus station.",
    "Someone set off a small bomb at the gate of the Tarlo courthouse overnight.",
    "A bomb concealed under a van detonated near the mayor's office in Lirva.",
])
def test_a_bomb_set_off_a_few_words_away_is_a_remote_explosive(nlp, text):
    assert IED in labels(nlp, text)


@pytest.mark.parametrize("text", [
    "A bicycle bomb was found and defused by police near the Orlan market on Monday.",
    "Army engineers defused a bomb buried in a culvert near Berka.",
])
def test_a_defused_bomb_is_no_explosion(nlp, text):
    found = labels(nlp, text)
    assert "disrupted_weapons_use" in found and IED not in found


@pytest.mark.parametrize("text", [
    "Bomb disposal officers found fragments of a gas cylinder and wires at the scene.",
    "Explosives experts found pieces of a pipe and a battery at the site of the blast.",
    "Bomb squad technicians recovered shards of metal from the crater.",
])
def test_bomb_experts_who_find_fragments_find_no_weapon(nlp, text):
    """"Bomb disposal officers found ...": the bomb names the unit, not what was found."""
    assert "disrupted_weapons_use" not in labels(nlp, text)


@pytest.mark.parametrize("text", [
    "Bomb disposal officers found a second bomb under a parked car and defused it.",
    "Explosives experts found a landmine buried beside the road near Berka.",
])
def test_bomb_experts_who_find_a_bomb_still_tell_a_disrupted_weapon(nlp, text):
    assert "disrupted_weapons_use" in labels(nlp, text)
