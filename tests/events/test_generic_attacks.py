"""A generic attack word ("an attack that hit the town", "attacked the base", "the raid") told at the
place and on the day of a specific act (an air strike, a capture, a looting) retells that act
(codebook ``generic_phrases`` and ``generic_retells`` of armed_clash and attack): one event, of the
specific type. One that counts dead of its own, names another perpetrator or falls on another day
is an act of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.merge import merge_mentions
from sitrep.events.mention import EventMention
from sitrep.model import Actor, Evidence, Fatalities, Place
from sitrep.nlp.extractor import extract_events

TOWN = Place("Alpha", country="XA", admin1="North", lat=1.0, lon=1.0, precision="town", geonames_id=1)
PROVINCE = Place("North", country="XA", admin1="North", lat=1.1, lon=1.1, precision="admin1")
EVENT_TYPES = {"armed_clash": "battles", "attack": "violence_against_civilians",
               "air_drone_strike": "explosions_remote_violence",
               "non_state_actor_overtakes_territory": "battles",
               "looting_property_destruction": "strategic_developments"}


def mention(sub_type: str, trigger: str, *, at: int, place: Place = TOWN, date: str = "2024-03-04",
            actor1: Actor | None = None, dead: int | None = None) -> EventMention:
    sentence = Evidence(at, at + 60, "x" * 60)
    word = Evidence(at + 5, at + 5 + len(trigger), trigger)
    return EventMention(sub_type, EVENT_TYPES[sub_type], sentence=sentence, trigger=word, type_evidence=word,
                        location=place, date=date, actor1=actor1, fatalities=Fatalities(best=dead),
                        evidence=[sentence])


REBELS = Actor("Rebels (Xland)", "rebel_group")
ARMY = Actor("Military Forces of Xland", "state_forces")


@pytest.mark.parametrize(("generic_type", "word", "specific", "generic_first"), [
    ("armed_clash", "attack", "air_drone_strike", False),
    ("armed_clash", "attacked", "non_state_actor_overtakes_territory", False),
    ("armed_clash", "raided", "non_state_actor_overtakes_territory", True),
    ("attack", "attacks", "air_drone_strike", True),
    ("armed_clash", "attacked", "looting_property_destruction", False),
])
def test_a_generic_attack_at_the_place_and_day_of_a_specific_act_retells_it(generic_type, word, specific,
                                                                           generic_first):
    act = mention(specific, "specific", at=0, place=PROVINCE, actor1=REBELS)
    generic = mention(generic_type, word, at=100, actor1=REBELS)
    events = merge_mentions([generic, act] if generic_first else [act, generic])
    assert [e.sub_event_type for e in events] == [specific]
    assert events[0].location == TOWN  # the retelling's finer place is kept


@pytest.mark.parametrize("other", [
    mention("armed_clash", "attacked", at=100, dead=4),  # dead of its own: an act of its own
    mention("armed_clash", "attacked", at=100, actor1=ARMY),  # another perpetrator named
    mention("armed_clash", "attacked", at=100, date="2024-03-05"),  # another day
    mention("armed_clash", "clashes", at=100),  # a word of fighting, no generic word
])
def test_a_generic_attack_that_tells_more_stays_apart_where_a_bare_one_is_folded(other):
    strike = mention("air_drone_strike", "airstrike", at=0, actor1=REBELS)
    bare = mention("armed_clash", "attacked", at=200, actor1=REBELS)
    events = merge_mentions([strike, other, bare])
    assert [e.sub_event_type for e in events] == ["air_drone_strike", "armed_clash"]
    assert bare.sentence in events[0].evidence  # the bare attack retold the strike
    assert events[1].evidence == [other.sentence]  # the other one is an act of its own


#: (text written for the test, the one event it tells)
TOLD_TWICE = [
    ("A US drone strike killed two al-Shabaab commanders near Bardera on Thursday, the US military said. "
     "The command said it was behind an attack that struck the town of Bardera on Thursday.", "air_drone_strike"),
    ("An Israeli airstrike hit a weapons depot in the town of Qusayr on Monday, a war monitor said. "
     "Residents of Qusayr said an attack on Monday shook the whole town.", "air_drone_strike"),
    ("Jihadist fighters captured an army base at Kalemba town on Saturday, two security sources said. "
     "The fighters attacked the base in Kalemba on Saturday before dawn, a source told reporters.",
     "non_state_actor_overtakes_territory"),
    ("The rebel force seized Mokoto's airport on Tuesday, a local official said. "
     "Residents said the rebels attacked the airport in Mokoto on Tuesday morning.",
     "non_state_actor_overtakes_territory"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), TOLD_TWICE)
def test_an_attack_beside_the_strike_or_capture_it_was_is_that_act(nlp, text, sub_type):
    assert [e.sub_event_type for e in extract_events(text, published="2023-02-10")] == [sub_type]
