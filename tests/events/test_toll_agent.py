"""A sentence whose act is the agent of a toll ("an explosion injured three", "strikes which
killed twelve") tells that act, even with no day or place of its own: it is kept (dated and placed
from the context), not dropped as a bare mention. Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Militants attacked an army post near Tillaberi on Sunday, killing five soldiers. Air strikes which "
     "killed 12 of the assailants followed, the ministry said.", "air_drone_strike"),
    ("Gunmen opened fire on a bus near Zinder on Friday, killing seven passengers. An explosion also "
     "injured three police officers, the governor said.", "remote_explosive_landmine_ied"),
    ("Insurgents raided a village outside Diffa on Saturday, burning dozens of huts. Drone strikes that "
     "killed nine of the raiders came hours later, a local official said.", "air_drone_strike"),
])
def test_an_act_that_caused_a_toll_is_told(nlp, text, sub_type):
    events = extract_events(text, published="2023-04-12")
    told = [e for e in events if e.sub_event_type == sub_type]
    assert len(told) == 1
    assert told[0].location is not None and told[0].location.name == events[0].location.name  # the story's place


@pytest.mark.parametrize("text", [
    # the act's own people died: no toll it caused
    "Fighters ambushed a patrol near Menaka on Monday. Two of the assailants died in an explosion, officials said.",
    # an act spoken of in general, with no toll
    "Fighters ambushed a patrol near Menaka on Monday. Explosions are common on that road, officials said.",
])
def test_no_toll_caused_leaves_a_bare_mention(nlp, text):
    events = extract_events(text, published="2023-04-12")
    assert [e.sub_event_type for e in events] == ["armed_clash"]
