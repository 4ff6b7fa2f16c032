"""A name that qualifies a plural of settlements ("two Sagaing towns", "Borno villages") names the
area around them, not a town of that name: a headline told so is the body's acts at the towns of
that area, never one more event at the namesake town. Articles written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

ARTICLES = [
    ("""Air strikes pound Idlib towns

BEIRUT, May 9 - Syrian warplanes struck Ariha and Saraqib in Idlib province on Wednesday, a monitor said.""",
     "2019-05-09", {"Arīḩā", "Saraqib"}),
    ("""Army jets bomb two Sagaing towns

Military jets bombed Shwebo and Kanbalu in the Sagaing region on Tuesday, residents said.""",
     "2023-04-13", {"Shwebo", "Kanbalu"}),
    ("""Jets hit Kharkiv villages overnight

KYIV, Aug 14 - Russian jets struck Izium and Balakliia in Kharkiv province overnight, the governor said.""",
     "2024-08-14", {"Izyum", "Balakliya"}),
]


@pytest.mark.parametrize(("text", "published", "towns"), ARTICLES)
def test_a_headline_on_the_towns_of_an_area_adds_no_event_at_its_namesake_town(nlp, text, published, towns):
    events = extract_events(text, published=published)
    assert {e.location.name for e in events} == towns


@pytest.mark.parametrize("text", [
    "Gunmen attacked several Kaduna villages on Sunday, and troops later reached Zaria.",
    "Bandits have raided three Kaduna villages since Sunday, residents of Zaria said.",
    "Attacks on Kaduna villages killed 12 people on Sunday, police in Zaria said.",
])
def test_the_name_before_plural_settlements_reads_as_the_area(nlp, text):
    from sitrep.nlp.place_reading import ArticlePlaces

    doc = nlp(text)
    places = ArticlePlaces(doc, ("NG",))
    read = {p.text: places.read(p) for p in doc.spans["places"]}
    assert (read["Kaduna"].name, read["Kaduna"].precision) == ("Kaduna State", "admin1")
