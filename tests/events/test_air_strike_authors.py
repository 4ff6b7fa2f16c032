"""An air strike whose striker no sentence of the event names as a state force: a state force
named beside the strike in its own sentence struck, and the group lent by a neighbouring
sentence was its target; else the article's main state force struck
(``conventions.state_actor1_from_article``), read by the real pipeline. Texts written for these
tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def strike_sides(text: str) -> tuple[str | None, str | None]:
    strike = next(e for e in extract_events(text, published="2022-06-15") if e.sub_event_type == "air_drone_strike")
    return (strike.actor1.type if strike.actor1 else None, strike.actor2.type if strike.actor2 else None)


@pytest.mark.parametrize("text", [
    "Rebel fighters attacked army positions near Faya on Monday. French airstrikes were ordered against the column on Tuesday.",
    "Rebels launched a raid on the town of Bardai on Monday. British airstrikes were called in to halt the advance on Tuesday, officials said.",
    "Insurgents stormed an outpost near Kidal on Sunday. American drone strikes were used to break up the assault on Monday.",
])
def test_the_state_named_beside_the_strike_struck(text):
    assert strike_sides(text) == ("state_forces", "rebel_group")


@pytest.mark.parametrize("text", [
    "The army said eleven soldiers died in an ambush near Diffa on Monday. "
    "Air strikes later killed twelve of the attackers, a security source said.",
    "The army said seven soldiers were killed when their patrol was ambushed near Ayorou on Sunday. "
    "Airstrikes on Monday killed nine of the assailants, the army added.",
])
def test_a_strike_nobody_is_named_for_is_the_main_state_forces(text):
    assert strike_sides(text)[0] == "state_forces"
