"""Fighting told at the town and on the day of its capture, with no dead of its own, is the
fighting the capture was won in (codebook ``wholly_retells`` of armed_clash): one event, the
capture. Fighting told as resumed or renewed (cue list ``renewal_words``), told only for a
province, with dead of its own, or on another day, is a battle of its own. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.events.clauses import told_as_renewed
from sitrep.events.merge import merge_mentions
from sitrep.events.mention import EventMention
from sitrep.model import Actor, Evidence, Fatalities, Place
from sitrep.events.extractor import default_extractor

TOWN = Place("Alpha", country="XA", admin1="North", lat=1.0, lon=1.0, precision="town", geonames_id=1)
PROVINCE = Place("North", country="XA", admin1="North", lat=1.1, lon=1.1, precision="admin1")
REBELS = Actor("Rebels (Xland)", "rebel_group")
CAPTURE = "non_state_actor_overtakes_territory"


def mention(sub_type: str, trigger: str, *, at: int, place: Place = TOWN, date: str = "2024-03-04",
            dead: int | None = None, renewed: bool = False, anaphoric: bool = False) -> EventMention:
    sentence = Evidence(at, at + 60, "x" * 60)
    word = Evidence(at + 5, at + 5 + len(trigger), trigger)
    return EventMention(sub_type, "battles", sentence=sentence, trigger=word, type_evidence=word,
                        location=place, date=date, actor1=REBELS, fatalities=Fatalities(best=dead),
                        evidence=[sentence], renewed=renewed, anaphoric=anaphoric)


@pytest.mark.parametrize(("word", "sub_type"), [
    ("fought", CAPTURE), ("clashes", CAPTURE), ("battle", "government_regains_territory"),
])
def test_fighting_at_the_town_and_day_of_its_capture_is_the_capture(word, sub_type):
    capture = mention(sub_type, "seized", at=0)
    fight = mention("armed_clash", word, at=100)
    events = merge_mentions([capture, fight])
    assert [e.sub_event_type for e in events] == [sub_type]
    assert fight.sentence in events[0].evidence


@pytest.mark.parametrize("fight", [
    mention("armed_clash", "fighting", at=100, renewed=True),  # told as resumed
    mention("armed_clash", "clashes", at=100, dead=7),  # dead of its own
    mention("armed_clash", "clashes", at=100, place=PROVINCE),  # only the province named
    mention("armed_clash", "clashes", at=100, date="2024-03-03"),  # another day
])
def test_fighting_that_tells_more_than_the_capture_stays_a_battle(fight):
    capture = mention(CAPTURE, "seized", at=0)
    events = merge_mentions([capture, fight])
    assert sorted(e.sub_event_type for e in events) == ["armed_clash", CAPTURE]


@pytest.mark.parametrize(("text", "word", "renewed"), [
    ("Borvo was hit by renewed fighting after dusk.", "fighting", True),
    ("Fighting resumed late on Sunday in Borvo, a commander said.", "Fighting", True),
    ("The militia launched another offensive on Borvo on Monday.", "offensive", True),
    ("The militia fought its way into Borvo on Monday.", "fought", False),
    ("Heavy fighting broke out in Borvo on Monday.", "fighting", False),
    ("Fighting in Borvo continued through Monday, residents said.", "Fighting", True),
    ("Fresh clashes shook Borvo on Monday.", "clashes", True),
    # a renewal word of another clause of the sentence is not this fighting's
    ("Heavy fighting broke out in Borvo on Monday after the militia launched another raid nearby.", "fighting", False),
    ("Fighting erupted in Borvo on Monday, killing another guard.", "Fighting", False),
])
def test_fighting_told_as_taken_up_again(text, word, renewed):
    doc = default_extractor().nlp(text)
    start = text.index(word)
    assert told_as_renewed(doc.char_span(start, start + len(word))) is renewed


# "The fighting has resumed": a referring word told as fighting taken up again refers back only
# to fighting, never to the capture or the air strike told before it; "the fighting" told plainly
# may still be the capture's.
@pytest.mark.parametrize("before", [CAPTURE, "air_drone_strike"])
def test_renewed_fighting_refers_to_no_act_of_another_kind(before):
    fight = mention("armed_clash", "fighting", at=200, date="2024-03-06", renewed=True, anaphoric=True)
    events = merge_mentions([mention(before, "seized", at=0), fight])
    assert sorted(e.sub_event_type for e in events) == sorted(["armed_clash", before])


def test_renewed_fighting_refers_to_the_fighting_told_before():
    earlier = mention("armed_clash", "clashes", at=0, date="2024-03-05")
    fight = mention("armed_clash", "fighting", at=200, date="2024-03-06", renewed=True, anaphoric=True)
    events = merge_mentions([earlier, mention(CAPTURE, "seized", at=100, date="2024-03-05"), fight])
    assert sorted(e.sub_event_type for e in events) == ["armed_clash", CAPTURE]
    assert fight.sentence in next(e for e in events if e.sub_event_type == "armed_clash").evidence


def test_plain_referring_fighting_may_be_the_capture():
    fight = mention("armed_clash", "fighting", at=200, anaphoric=True)
    events = merge_mentions([mention(CAPTURE, "seized", at=0), fight])
    assert [e.sub_event_type for e in events] == [CAPTURE]
