"""Bare "officers" that an attack killed or wounded are the police (actors.json: a ``target_only``
pattern of the police entry), not the civilians a blast's victims default to. Read by the real
pipeline; texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def first(text: str):
    return extract_events(text, published="2021-04-13")[0]


@pytest.mark.parametrize("text", [
    "A roadside bomb went off in Kidal on Sunday, wounding at least three officers.",
    "A blast wounded four officers in Mosul on Sunday.",
    "A grenade attack in Kayes on Friday wounded two officers, the ministry said.",
    "Two officers were injured when a bomb exploded in Tillaberi on Friday.",
    "Gunmen killed two officers near Quetta on Monday.",
])
def test_officers_hit_by_an_attack_are_state_forces(text):
    event = first(text)
    assert event.actor2 is not None and event.actor2.type == "state_forces"

