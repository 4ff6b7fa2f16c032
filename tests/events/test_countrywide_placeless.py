"""An agreement or a general statement about a country (a prisoner swap, a peace accord, the whole
nation said to be in disorder) told with no place of its own is an act of the country,
not of the town the article names most: it takes the country's place. One told at a place of its
own keeps that place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _of_type(events, sub_type):
    return [e for e in events if e.sub_event_type == sub_type]


@pytest.mark.parametrize("text, published", [
    ("Russia and Ukraine carried out a prisoner swap on Friday, returning 120 soldiers each, the Ukrainian "
     "president said. Many of "
     "the men had been captured near Pokrovsk. Shelling hit Pokrovsk again on Friday, killing two "
     "civilians, and Pokrovsk officials said water was cut.", "2025-02-08"),
    ("Armenia and Azerbaijan signed a peace agreement on Tuesday, the foreign ministry announced. Shelling "
     "near Tavush had killed a soldier in Tavush last month. Residents of Tavush welcomed the news.",
     "2025-03-12"),
    ("The government and the rebels signed a ceasefire accord on Monday, officials said. On Sunday, rebels "
     "ambushed an army patrol outside Kidal, killing four soldiers. Fighting around Kidal went on into "
     "the night.", "2025-05-06"),
])
def test_a_placeless_agreement_is_the_countrys(text, published):
    events = _of_type(extract_events(text, published=published), "agreement")
    assert events and all(e.location is not None and e.location.precision == "country" for e in events)


def test_an_agreement_told_at_a_place_keeps_it():
    text = ("Government and rebel envoys signed a ceasefire accord in Kidal on Monday, officials said. On Sunday, "
            "rebels ambushed an army patrol outside Gao, killing four soldiers. Fighting around Gao went on "
            "into the night.")
    events = _of_type(extract_events(text, published="2025-05-06"), "agreement")
    assert events and events[0].location.name == "Kidal"
