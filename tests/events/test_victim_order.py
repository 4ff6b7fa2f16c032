"""Which victim becomes actor2 when one phrase lists forces and civilians together, and the
singular nouns of state-force word classes. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.nlp.actors import ActorDictionary


def _actors(text: str, sub_event_type: str) -> tuple[str | None, str | None]:
    found = [e.to_dict() for e in sitrep.extract(text, published="2024-03-10")]
    events = [e for e in found if e["sub_event_type"] == sub_event_type]
    assert events, (text, [e["sub_event_type"] for e in found])
    return events[0]["actor1_type"], events[0]["actor2_type"]


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Five paramilitary troopers and a civilian were wounded on Monday after militants launched a "
         "grenade attack in the town of Sopore, police said.", "grenade"),
        ("Insurgents blew up a patrol vehicle with a roadside bomb in Sukma district on Friday, killing "
         "four policemen and their civilian driver.", "remote_explosive_landmine_ied"),
        ("Two gendarmes and a shepherd were killed on Sunday when rebels ambushed a patrol near Djibo.",
         "armed_clash"),
    ],
)
def test_forces_named_first_among_the_victims_are_actor2(text, sub_event_type):
    assert _actors(text, sub_event_type)[1] == "state_forces"


def test_civilians_named_first_stay_actor2():
    """The order of the phrase decides, not the kind of victim: villagers named before a soldier."""
    text = "Gunmen killed three villagers and a soldier in an attack on the village of Dogo on Monday."
    assert _actors(text, "attack") == ("unknown", "civilians")


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("word", "country"),
    [("ranger", "TH"), ("paramilitary ranger", "PK"), ("trooper", "IN"), ("paratrooper", "ML"),
     ("gendarme", "BF"), ("commando", "NG"), ("conscript", "UA")],
)
def test_one_member_of_a_state_force_is_state_forces(actors, word, country):
    assert actors.normalise(word, country=country).type == "state_forces"
