"""An act told with no place of its own in an article that sets its acts nowhere else is placed
at the dispatch's dateline city (the reporter's place), not the bare country, when that city is
in the article's country; a sentence or an article that names its own place keeps it, and a
foreign bureau's city is never used. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published, city", [
    ("CARACAS, Venezuela, Aug 1 (Wirenews) - Security forces fired rubber bullets at demonstrators on "
     "Wednesday.", "2024-08-01", "Caracas"),
    ("KATHMANDU, Nepal, March 28 (Wirenews) - Royalist supporters set fire to a house and clashed with "
     "police on Friday.", "2025-03-28", "Kathmandu"),
    ("Yerevan, Armenia — Several hundred people marched to the government building on Monday to demand "
     "the minister's resignation.", "2024-05-06", "Yerevan"),
    ("NAIROBI, Kenya, June 25 (Wirenews) - Hundreds of people rallied in the capital on Tuesday against "
     "a new finance bill.", "2024-06-25", "Nairobi"),
    ("LIMA, Peru, Jan 19 (Wirenews) - Thousands of protesters clashed with riot police near the central "
     "square on Thursday.", "2023-01-19", "Lima"),
    ("TBILISI, Dec 10 (Wirenews) - Police fired tear gas at protesters outside parliament on Tuesday, "
     "witnesses said.", "2024-12-10", "Tbilisi"),
])
def test_an_act_with_no_place_is_at_the_dateline_city(text, published, city):
    events = extract_events(text, published=published)
    assert events
    for event in events:
        assert event.location is not None and event.location.name == city
        assert event.location.precision == "town"


@pytest.mark.parametrize("text, published, place", [
    # the sentence names its own place
    ("TBILISI, Dec 10 (Wirenews) - Police fired tear gas at protesters in Batumi on Tuesday, witnesses "
     "said.", "2024-12-10", "Batumi"),
    ("ABUJA, Nigeria, May 2 (Wirenews) - Gunmen abducted 20 passengers on a highway in Kaduna state on "
     "Thursday, police said.", "2024-05-02", "Kaduna State"),
    # the article sets the act elsewhere
    ("BAMAKO, March 4 (Wirenews) - Gunmen killed seven villagers on Sunday, a local official said. The "
     "attack took place near Bankass in the Mopti region.", "2024-03-04", "Bankass"),
    # a bureau abroad: the country the story is about, not the reporter's city
    ("NAIROBI, Kenya, May 2 (Wirenews) - Militants ambushed a convoy of Somali soldiers on Thursday, "
     "killing four, officials in Somalia said.", "2024-05-02", "Somalia"),
])
def test_a_place_of_the_act_or_a_foreign_dateline_keeps_the_dateline_out(text, published, place):
    events = extract_events(text, published=published)
    assert events
    for event in events:
        assert event.location is not None and event.location.name == place
