"""A negative quantifier on the act's own words denies it: on the trigger noun ("no arrests had been
made by Tuesday") or on the subject of the trigger verb ("no one was detained", "none of the
villagers was abducted", "no member of the gang has been arrested"). Only the trigger's own words:
"no civilians were hurt when jets bombed X" denies the hurt, not the bombing, and "no fewer than"
is a count. Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

LEAD = "Gunmen shot dead a shopkeeper in Gonaives on Saturday. "


@pytest.mark.parametrize("denial", [
    "No arrests had been made by Tuesday; the killing is the tenth in the town this year.",
    "No suspect had been arrested by Wednesday, the police chief said.",
    "No member of the gang has been arrested over the shooting, the ministry told us this week.",
    "Nobody had been detained by Tuesday evening, police said.",
    "No one was taken into custody on Tuesday, officials said.",
])
def test_a_denied_arrest_is_no_event(nlp, denial):
    events = extract_events(LEAD + denial, published="2025-05-14")
    assert [e.sub_event_type for e in events] == ["attack"]


@pytest.mark.parametrize("denial", [
    "None of the passengers was abducted on Tuesday, the governor said.",
    "No villagers were kidnapped during Tuesday's raid, the mayor said.",
])
def test_a_denied_abduction_is_no_event(nlp, denial):
    events = extract_events("Soldiers patrolled the market in Gao on Monday. " + denial, published="2025-05-14")
    assert not [e for e in events if e.sub_event_type == "abduction_forced_disappearance"]


@pytest.mark.parametrize("text, sub", [
    ("No civilians were hurt when jets bombed an arms depot outside Idlib on Tuesday.", "air_drone_strike"),
    ("No fewer than 20 people were killed when gunmen attacked a village near Bama on Tuesday.", "attack"),
    ("Police arrested four men in Kano on Tuesday; no weapons were found.", "arrests"),
])
def test_a_denial_elsewhere_in_the_sentence_keeps_the_act(nlp, text, sub):
    events = extract_events(text, published="2025-05-14")
    assert sub in [e.sub_event_type for e in events]
