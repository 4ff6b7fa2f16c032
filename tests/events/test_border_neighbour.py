"""A country named as the neighbour across a border ("a village near the border with X") is a
landmark, not the event's place: the event stays in the article's own country. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "home", "neighbour"), [
    ("Rebels attacked Ndele in the Central African Republic on Friday. On Saturday gunmen killed five "
     "herders in Bakorou, a village near the border with Chad.", "CF", "TD"),
    ("Insurgents attacked Maiduguri in Nigeria on Monday. On Tuesday they abducted 20 farmers in Tsamiyar, "
     "close to the frontier with Cameroon.", "NG", "CM"),
    ("Jihadists attacked Gao in Mali on Monday. On Wednesday gunmen killed three traders near the "
     "border with Niger, officials said.", "ML", "NE"),
])
def test_an_act_near_a_border_stays_in_the_article_country(nlp, text, home, neighbour):
    events = extract_events(text, published="2021-12-15")
    assert events and all(e.location.country == home for e in events)
    assert not any(e.location.country == neighbour for e in events)


def test_a_country_that_is_the_scene_is_still_chosen(nlp):
    events = extract_events("Gunmen killed five herders in Chad on Saturday, officials said.", published="2021-12-15")
    assert [e.location.country for e in events] == ["TD"]
