"""A headline or lead with no date of its own ("Bomb attack on X kills nine") whose weapon word
only read one kind of remote violence by default retells the act that the body dates and names
more precisely at the same town ("warplanes dropped bombs on X on Monday"): one event, of the
body's type and day (codebook ``undated_retells``, ``merge.undated_retelling``). Another town,
or another side hit, is another act. Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "published", "sub_type", "day"), [
    ("Bomb attack on Kramatorsk kills nine\n\nRussian warplanes dropped guided bombs on an apartment block in "
     "Kramatorsk on Monday, killing nine people, the governor said.", "2023-03-10", "air_drone_strike", "2023-03-06"),
    ("Bombing of Wad Madani market kills 11\n\nA military drone hit the central market in Wad Madani on "
     "Wednesday, killing 11 traders, witnesses said.", "2024-06-14", "air_drone_strike", "2024-06-12"),
    ("Blast hits Kherson hospital\n\nRussian artillery shelled a maternity ward in Kherson on Thursday, medics "
     "said. The bombing of the hospital was condemned by the regional governor, who said it was deliberate.",
     "2022-11-25", "shelling_artillery_missile_attack", "2022-11-24"),
])
def test_an_undated_weapon_word_retells_the_dated_act_at_its_town(nlp, text, published, sub_type, day):
    events = extract_events(text, published=published)
    assert [(e.sub_event_type, e.date, e.date_precision) for e in events] == [(sub_type, day, "day")]


def test_an_undated_telling_at_another_town_stays_apart(nlp):
    text = ("Bomb attack on Sloviansk kills two\n\nRussian warplanes dropped guided bombs on an apartment block "
            "in Kramatorsk on Monday, killing nine people, the governor said.")
    events = extract_events(text, published="2023-03-10")
    assert sorted(e.location.name for e in events) == ["Kramatorsk", "Slovyansk"]


def test_an_undated_telling_of_another_side_hit_stays_apart(nlp):
    text = ("Bomb attack on army base in Wad Madani\n\nA military drone hit the central market in Wad Madani "
            "on Wednesday, killing 11 traders, witnesses said.")
    events = extract_events(text, published="2024-06-14")
    assert sorted(e.actor2.type for e in events) == ["civilians", "state_forces"]
