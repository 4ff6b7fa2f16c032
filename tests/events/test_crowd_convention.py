"""Once merging has settled an event's sub-type, the crowd of a riot is rioters (ACLED), whatever
the sentence that first told it called the crowd; a protest keeps its protesters."""

from __future__ import annotations

import pytest

from sitrep.events.actor_choice import crowd_by_final_type
from sitrep.events.mention import EventMention
from sitrep.model import Actor, Evidence


def _mention(sub_type: str, event_type: str, actor1: Actor) -> EventMention:
    ev = Evidence(0, 5, "xxxxx")
    return EventMention(sub_type, event_type, sentence=ev, trigger=ev, type_evidence=ev, actor1=actor1)


@pytest.mark.parametrize(("sub_type", "event_type", "expected"), [
    ("violent_demonstration", "riots", "rioters"),
    ("mob_violence", "riots", "rioters"),
    ("peaceful_protest", "protests", "protesters"),
])
def test_crowd_follows_the_final_sub_type(sub_type, event_type, expected):
    from sitrep.events.extractor import default_extractor

    crowd = Actor("Protesters (Chile)", "protesters", mention="demonstrators", country="CL")
    mention = _mention(sub_type, event_type, crowd)
    crowd_by_final_type([mention], default_extractor().actors)
    assert mention.actor1.type == expected
    assert mention.actor1.mention == "demonstrators"  # the words of the text stay its evidence
    if expected == "rioters":
        assert "Chile" in mention.actor1.name


def test_an_armed_actor_of_a_riot_is_left_alone():
    from sitrep.events.extractor import default_extractor

    police = Actor("Police Forces of Chile", "state_forces", mention="police", country="CL")
    mention = _mention("violent_demonstration", "riots", police)
    crowd_by_final_type([mention], default_extractor().actors)
    assert mention.actor1 == police
