"""Conventions of the final sub-type: the crowd of a riot is rioters (ACLED), whatever the
sentence that first told it called the crowd; a type that kills no one by definition carries no toll."""

from __future__ import annotations

import pytest

from sitrep.events.conventions import crowd_by_final_type
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


@pytest.mark.parametrize("sub_type", ["arrests", "agreement", "peaceful_protest", "looting_property_destruction"])
def test_a_type_that_kills_no_one_carries_no_toll(sub_type):
    from sitrep.events.conventions import tolls_by_final_type
    from sitrep.model import Fatalities
    from sitrep.nlp.codebook import load_codebook

    entry = load_codebook().entry(sub_type)
    mention = _mention(sub_type, entry.event_type, Actor("Police Forces of Chile", "state_forces"))
    mention.fatalities, mention.fatalities_evidence = Fatalities(6, 6, None), Evidence(10, 20, "killed six")
    tolls_by_final_type([mention])
    assert mention.fatalities == Fatalities() and mention.fatalities_evidence is None


@pytest.mark.parametrize("sub_type", ["attack", "armed_clash", "excessive_force_against_protesters"])
def test_a_deadly_type_keeps_its_toll(sub_type):
    from sitrep.events.conventions import tolls_by_final_type
    from sitrep.model import Fatalities
    from sitrep.nlp.codebook import load_codebook

    entry = load_codebook().entry(sub_type)
    mention = _mention(sub_type, entry.event_type, Actor("Police Forces of Chile", "state_forces"))
    mention.fatalities = Fatalities(6, 6, None)
    tolls_by_final_type([mention])
    assert mention.fatalities.best == 6


@pytest.mark.model
def test_a_suspects_arrest_does_not_carry_the_toll_of_what_they_are_suspected_of():
    import sitrep

    text = ("Police detained three men in Quetta on Saturday on suspicion of killing nine miners "
            "in an ambush last month.")
    arrests = [e for e in sitrep.extract(text, published="2024-03-09") if e.sub_event_type == "arrests"]
    assert arrests and all(e.fatalities.best is None for e in arrests)
