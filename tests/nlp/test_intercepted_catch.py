"""An interception is a disrupted weapons use only when what is stopped is a weapon: a boat,
a vehicle or people stopped on their way are no interception event (any fight or arrest that
follows is its own act). A missile, a drone or a would-be bomber stopped stays one."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-09-22")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The navy intercepted a fishing trawler packed with asylum seekers off Tobruk on Sunday.",
    "Coast guard officers intercepted two dinghies near Sabratha on Saturday and brought the passengers ashore.",
    "Troops intercepted a convoy of trucks heading for the border near Agadez on Friday.",
    "A group of smugglers was intercepted by border guards near Kufra on Monday.",
    "The four travellers were intercepted and shot dead outside Diffa on Sunday, the mayor said.",
])
def test_stopping_boats_vehicles_or_people_is_no_disrupted_weapons_use(text):
    assert "disrupted_weapons_use" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Air defences intercepted two ballistic missiles over Haifa on Sunday, the army said.",
    "The army said it intercepted a drone launched toward Eilat on Saturday.",
    "A would-be suicide bomber was intercepted at the checkpoint outside Maiduguri on Friday.",
    "Soldiers intercepted a boat carrying rockets and mortar rounds off the coast of Gaza on Monday.",
])
def test_stopping_a_weapon_stays_a_disrupted_weapons_use(text):
    assert "disrupted_weapons_use" in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Smugglers' speedboat escapes as coastguard tries to intercept near Bari on Monday",
    "Police chase stolen truck through Kisumu on Friday, fail to intercept",
])
def test_an_interception_without_object_in_a_sentence_of_boats_is_none(text):
    assert "disrupted_weapons_use" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rockets fired at Ashkelon on Sunday, army says air defences intercepted",
])
def test_an_interception_without_object_in_a_sentence_of_rockets_stays(text):
    assert "disrupted_weapons_use" in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sirens sounded over Haifa on Sunday and people ran for shelter as air defences intercepted.",
    "Residents of Ashkelon filmed the sky on Monday as the air defence system intercepted.",
])
def test_people_in_the_sentence_of_an_objectless_interception_do_not_drop_it(text):
    assert "disrupted_weapons_use" in _types(text)
