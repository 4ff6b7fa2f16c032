"""In Nigerian and Sahel news a "community" after a place name is a settlement there ("a
Katsina community", "Benue communities"), not a people: the armed men who raid it fight no
militia of that name, they attack its residents. A listed people before the noun ("the Tiv
community") stays a people. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Bandits kill 12 in Katsina community\n\nResidents said the attack happened on Saturday night.",
    "Gunmen kill 9, abduct 20 in Zamfara community\n\nThe raid took place on Sunday, residents said.",
    "Gunmen killed nine people in two Benue communities on Sunday night, the police said.",
    "Bandits stormed a Zamfara community on Friday and shot dead seven farmers, residents said.",
])
def test_a_place_community_is_no_militia(text):
    events = sitrep.extract(text, published="2026-01-19")
    assert events
    for e in events:
        for actor in (e.actor1, e.actor2):
            assert actor is None or "Militia" not in actor.name, actor


def test_a_listed_people_community_stays_a_people():
    text = "Members of the Tiv community attacked a village near Makurdi on Friday, killing four people, police said."
    events = sitrep.extract(text, published="2026-01-19")
    assert events and events[0].actor1 is not None and "Tiv" in events[0].actor1.name
