"""A blast told only by a generic word ("the second blast", "bombing on the town") in the days of
the article's suicide bombings or air strikes is one of those acts (codebook ``generic_phrases``
and ``episode_types`` of remote_explosive_landmine_ied); a roadside bomb told in those days keeps
the generic blasts what they were read as. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.conventions import generic_by_episode
from sitrep.events.mention import EventMention
from sitrep.model import Evidence
from sitrep.nlp.extractor import extract_events


def _mention(sub_type: str, trigger: str, date: str, precision: str = "day") -> EventMention:
    ev = Evidence(0, len(trigger), trigger)
    event_type = "explosions_remote_violence"
    return EventMention(sub_type, event_type, sentence=ev, trigger=ev, type_evidence=ev, date=date,
                        date_precision=precision)


@pytest.mark.parametrize(("episode", "trigger"), [
    ("suicide_bomb", "blast"),
    ("suicide_bomb", "explosions"),
    ("air_drone_strike", "bombing"),
    ("air_drone_strike", "bomb attack"),
])
def test_a_generic_blast_in_the_days_of_an_episode_takes_its_type(episode, trigger):
    lead = _mention(episode, "strikes", "2022-03-04")
    blast = _mention("remote_explosive_landmine_ied", trigger, "2022-03-05")
    generic_by_episode([lead, blast])
    assert blast.sub_event_type == episode


def test_a_loosely_dated_blast_joins_an_episode_of_the_same_week():
    lead = _mention("air_drone_strike", "air strikes", "2022-03-04", "week")
    blast = _mention("remote_explosive_landmine_ied", "bombing", "2022-02-28", "week")
    generic_by_episode([lead, blast])
    assert blast.sub_event_type == "air_drone_strike"


@pytest.mark.parametrize("mentions", [
    # another day, dated to the day: another episode
    [_mention("suicide_bomb", "suicide bomber", "2022-03-01"),
     _mention("remote_explosive_landmine_ied", "blast", "2022-03-05")],
    # the blast is named for what it was
    [_mention("suicide_bomb", "suicide bomber", "2022-03-05"),
     _mention("remote_explosive_landmine_ied", "roadside bomb", "2022-03-05")],
    # a roadside bomb told in the same days: the generic blast may be that one
    [_mention("air_drone_strike", "airstrike", "2022-03-05"),
     _mention("remote_explosive_landmine_ied", "roadside bomb", "2022-03-05"),
     _mention("remote_explosive_landmine_ied", "explosion", "2022-03-05")],
    # two kinds of episode in those days: no telling which
    [_mention("air_drone_strike", "airstrike", "2022-03-05"),
     _mention("suicide_bomb", "suicide bomber", "2022-03-05"),
     _mention("remote_explosive_landmine_ied", "explosion", "2022-03-05")],
])
def test_a_blast_outside_one_episode_or_named_for_itself_keeps_its_type(mentions):
    generic_by_episode(mentions)
    assert [m.sub_event_type for m in mentions if m.trigger.text in {"blast", "explosion", "roadside bomb"}] \
        == ["remote_explosive_landmine_ied"] * sum(m.trigger.text in {"blast", "explosion", "roadside bomb"}
                                                    for m in mentions)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Two suicide bombers struck the town of Marwa early on Friday, according to police. The first bomber hit a checkpoint "
    "at the northern gate, killing four guards. Minutes later a second blast killed three traders at the cattle "
    "market in Kousseri, officials said.",
    "Suicide attackers blew themselves up at two churches in Ondara on Sunday morning, killing 12 worshippers. "
    "Another explosion tore through a hotel lobby in Pelmadulla the same morning, killing five guests.",
])
def test_the_other_blast_of_a_suicide_bombing_day_is_a_suicide_bombing(nlp, text):
    events = extract_events(text, published="2022-06-12")
    assert len(events) >= 2
    assert {e.sub_event_type for e in events} == {"suicide_bomb"}


@pytest.mark.model
def test_a_roadside_bomb_on_a_day_of_air_strikes_stays_a_roadside_bomb(nlp):
    text = ("Government warplanes launched air strikes against the village of Tel Dura on Tuesday, killing six "
            "civilians, a monitor said. In a separate incident, a roadside bomb killed two soldiers near Kafr Siba "
            "the same day.")
    events = extract_events(text, published="2022-06-15")
    assert sorted(e.sub_event_type for e in events) == ["air_drone_strike", "remote_explosive_landmine_ied"]
