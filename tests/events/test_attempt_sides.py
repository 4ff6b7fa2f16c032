"""The side killed in a battle while trying to storm a place started it; the side killed trying to
stop the other held it off (``actor_choice.attempted``), read by the real pipeline. Texts
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def battle_sides(text: str) -> tuple[str | None, str | None]:
    battle = next(e for e in extract_events(text, published="2020-05-06") if e.event_type == "battles")
    return (battle.actor1.type if battle.actor1 else None, battle.actor2.type if battle.actor2 else None)


@pytest.mark.parametrize("text", [
    "Three militants who tried to storm a police station in Garissa were shot dead by officers on Tuesday.",
    "Five insurgents who attempted to infiltrate the army camp near Dikwa were killed by soldiers on Tuesday.",
    "Two jihadists were gunned down by troops on Tuesday while trying to enter the barracks in Ansongo.",
])
def test_the_dead_who_tried_to_storm_started_the_battle(text):
    first, second = battle_sides(text)
    assert second == "state_forces" and first in {"rebel_group", "unknown"}


@pytest.mark.parametrize("sentence, dead", [
    ("Six troopers were gunned down trying to halt the advancing column.", "troopers"),
    ("Six troopers were shot dead while trying to block the advancing column.", "troopers"),
    ("Four guards were slain while attempting to stop the raiders at the gate.", "guards"),
])
def test_the_dead_who_tried_to_hold_off_the_other_side_defended(sentence, dead):
    from sitrep.events.actor_choice import attempted
    from sitrep.events.extractor import default_extractor

    doc = default_extractor().nlp(sentence)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    side, role = attempted(doc[verb.i:verb.i + 1])
    assert (side.text, role) == (dead, "defended")


@pytest.mark.parametrize("sentence", [
    "Three militants were shot dead by officers in Garissa on Tuesday.",
    "Soldiers who tried to storm the rebel camp killed five insurgents on Tuesday.",
])
def test_no_attempt_no_change(sentence):
    from sitrep.events.actor_choice import attempted
    from sitrep.events.extractor import default_extractor

    doc = default_extractor().nlp(sentence)
    verb = next(t for t in doc if t.lemma_ in {"shoot", "kill"})
    assert attempted(doc[verb.i:verb.i + 1]) is None
