"""A suicide bomb, a roadside bomb or a grenade is never the act of a state's forces
(``conventions.non_state_sides_by_final_type``): a force the sentence made its doer was the
target or the speaker. Read by the real pipeline; texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

BOMBS = {"suicide_bomb", "remote_explosive_landmine_ied", "grenade"}


def bomb(text: str):
    return next(e for e in extract_events(text, published="2019-02-06") if e.sub_event_type in BOMBS)


@pytest.mark.parametrize("text", [
    "Two young bombers tried to enter the market of Waza on Tuesday; one blew herself up and the other "
    "was gunned down by troops, an officer said.",
    "Two female bombers were stopped at the gate of Waza camp on Tuesday, one blowing herself up and the "
    "other shot by soldiers.",
])
def test_the_troops_who_shot_a_bomber_are_the_target_not_the_bomber(text):
    event = bomb(text)
    assert event.actor1.type != "state_forces"
    assert event.actor2.type == "state_forces"


@pytest.mark.parametrize("text", [
    "Police said a roadside bomb killed two rangers near Bacho on Tuesday.",
    "A suicide bomber blew himself up at a checkpoint in Waza on Tuesday, wounding three soldiers, and a "
    "second attacker was shot dead by troops.",
    "A suicide bomber struck a mosque in Waza on Tuesday; the second bomber was killed by troops before "
    "she could detonate, police said.",
])
def test_a_bombing_read_with_a_state_doer_has_an_unnamed_perpetrator(text):
    assert bomb(text).actor1.type == "unknown"


def test_a_grenade_on_civilians_keeps_its_victims():
    event = bomb("A grenade hurled at a bus stop in Garissa on Tuesday wounded four people, police said.")
    assert (event.actor1.type, event.actor2.type) == ("unknown", "civilians")
