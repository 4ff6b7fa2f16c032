"""Arrests told beside a riot or a lynching: people held during it, or by the crowd itself, are
part of that event; the later arrest of those accused of it is an investigation of its own, and
one told beside an act of another kind (weapons found, a kidnapping) is its own event too."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "Rioters hurled stones at police and torched cars in Blantyre, Malawi, on Tuesday. "
    "Police arrested 25 people in Blantyre on Tuesday.",
    "Youths threw stones and set tyres ablaze in Kisumu, Kenya, on Monday in a violent protest over fuel prices. "
    "On Monday police detained 40 people in Kisumu.",
])
def test_arrests_during_a_riot_are_part_of_it(text):
    found = types(text)
    assert "violent_demonstration" in found
    assert "arrests" not in found


def test_captives_of_a_mob_are_part_of_the_lynching():
    found = types("An angry mob lynched a man accused of theft in Mzuzu, Malawi, on Tuesday. "
                  "Residents of Mzuzu apprehended the man on Tuesday before beating him to death.")
    assert "mob_violence" in found
    assert "arrests" not in found


@pytest.mark.parametrize("text", [
    "Rioters hurled stones at police and torched cars in Blantyre, Malawi, on Tuesday. "
    "Police arrested 25 suspects in Blantyre on Tuesday.",
    "Rioters hurled stones at police and torched cars in Blantyre, Malawi, on Tuesday. "
    "Police arrested the man behind the rumour in Blantyre on Tuesday.",
])
def test_arrest_of_the_accused_is_its_own_event(text):
    found = types(text)
    assert "violent_demonstration" in found
    assert "arrests" in found


@pytest.mark.parametrize("text", [
    "Police in Mombasa, Kenya, said on Tuesday they had recovered six grenades and two pistols "
    "and apprehended eleven suspects in the Likoni area.",
    "Officers found three hand grenades in a house in Kumasi, Ghana, on Monday and arrested four men.",
    "Gunmen kidnapped a priest in Enugu, Nigeria, on Sunday, and police detained two of the kidnappers the same night.",
])
def test_arrest_beside_an_act_of_another_kind_is_its_own_event(text):
    """Only the types whose codebook absorbs lists arrests (protests, riots) take in an arrest
    told in their sentence; weapons found or a kidnapping beside it leave it an event of its own."""
    found = types(text)
    assert "arrests" in found
    assert len(found) >= 2
