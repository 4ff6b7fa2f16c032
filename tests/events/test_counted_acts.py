"""An act counted by an ordinal ("the second blast", "a third explosion") is a further event of
the episode, even when its sentence gives no day or place of its own; an ordinal that counts a
person or the event already told (a predicate) is not. Real pipeline, sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "count"), [
    ("A car bomb exploded outside a police station in Maiduguri on Tuesday, killing four officers. "
     "About ten minutes later, a second explosion hit a nearby market, witnesses said.", 2),
    ("Two bombs went off in central Mogadishu on Tuesday morning. The third blast, from a device hidden in "
     "a rickshaw, struck a busy junction, police said.", 2),
    ("A roadside bomb hit an army convoy near Gao on Tuesday. A second bombing targeted the rescuers an "
     "hour later, a military source said.", 2),
    # a predicate: the ordinal counts the event already told
    ("A bomb exploded at a bus station in Kano on Tuesday, killing three people. This was the second "
     "bombing in the city this month.", 1),
    # a person counted, not an act
    ("A suicide bomber blew himself up at a mosque in Maiduguri on Tuesday, killing 20 people. Police said "
     "the second bomber fled.", 1),
])
def test_an_act_counted_by_an_ordinal_is_a_further_event(nlp, text, count):
    events = extract_events(text, published="2022-05-11")
    explosions = [e for e in events if e.event_type == "explosions_remote_violence"]
    assert len(explosions) == count
    assert {e.date for e in explosions} == {"2022-05-10"}  # the day of the episode
