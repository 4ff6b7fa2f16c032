"""A doer told only as "its forces"/"their troops" inside what a speaker said is the speaker's
own force: the armed group itself, or the country's military when the speaker is its government.
Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _events(text: str):
    return extract_events(text, published="2024-03-06")


@pytest.mark.parametrize(("text", "actor"), [
    ("Azerbaijan's Defence Ministry said on Tuesday that its forces had taken control of the village of Talish.",
     "Military Forces of Azerbaijan"),
    ("The Russian defence ministry said its forces had captured the settlement of Krynky on Monday.",
     "Military Forces of Russia"),
    ("Armenia's defence ministry said on Monday its forces had seized the village of Talish.",
     "Military Forces of Armenia"),
])
def test_a_ministry_s_own_forces_are_its_military(nlp, text, actor):
    evs = [e for e in _events(text) if e.event_type == "battles"]
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor
    assert evs[0].sub_event_type == "government_regains_territory"


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas said its forces had fired a barrage of rockets at Sderot on Tuesday.", "Hamas"),
    ("Al Shabaab said on Monday that its fighters had shelled the base at Baidoa.", "Al Shabaab"),
])
def test_a_group_s_own_fighters_are_the_group(nlp, text, actor):
    evs = _events(text)
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor


def test_owned_forces_outside_reported_speech_take_no_speaker(nlp):
    evs = _events("Residents said the town was quiet. Unknown attackers shelled the market in Baidoa on Monday.")
    assert all(e.actor1 is None or e.actor1.name != "Civilians (Somalia)" for e in evs)
