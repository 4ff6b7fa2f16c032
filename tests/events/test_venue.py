"""An agreement is placed where it was made: the town of the talks or the signing, not the war
zone it concerns (``sitrep.events.venue``), read by the real pipeline. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def agreements(text: str, published: str = "2021-03-12") -> list:
    return [e for e in extract_events(text, published=published) if e.sub_event_type == "agreement"]


@pytest.mark.parametrize("text, country", [
    ("The government of Sudan and the rebels of Darfur signed a peace agreement in Nairobi on Tuesday.", "KE"),
    ("Delegates of Mali's government and the northern rebels signed a ceasefire accord at a ceremony in "
     "Algiers on Tuesday.", "DZ"),
    ("After weeks of talks in the Kenyan capital Nairobi, Somalia's government and the clan militia agreed "
     "on Tuesday to a ceasefire.", "KE"),
    ("Yemen's government and the Houthi rebels agreed to a truce for Hodeidah on Tuesday at talks hosted in "
     "Stockholm.", "SE"),
])
def test_an_agreement_made_abroad_is_placed_at_its_venue(nlp, text, country):
    found = agreements(text)
    assert found and {e.location.country for e in found} == {country}


def test_the_venue_told_in_another_sentence_places_the_agreement(nlp):
    text = ("Ethiopia's government and the rebels of Tigray agreed on Tuesday to stop fighting.\n\n"
            "Kenyan diplomats hosted the negotiations in Nairobi, where both delegations had stayed for a month.")
    found = agreements(text)
    assert found and found[0].location.country == "KE"
    assert found[0].location.name == "Nairobi"


def test_each_agreement_keeps_its_own_venue(nlp):
    text = ("Congo and the M23 rebels signed a ceasefire in Doha on Saturday. "
            "It follows a separate peace deal that Congo and Rwanda signed in Washington on June 27.")
    found = agreements(text, "2025-07-21")
    by_day = {e.date: e.location.country for e in found}
    assert by_day.get("2025-07-19") == "QA"
    assert by_day.get("2025-06-27") == "US"


@pytest.mark.parametrize("text, country", [
    ("The army and the rebels agreed to a ceasefire in Kidal on Tuesday.", "ML"),
    ("Fighters of both sides agreed on Tuesday to a local truce in the town of Bentiu.", "SS"),
])
def test_an_agreement_without_a_venue_keeps_the_place_of_its_sentence(nlp, text, country):
    found = agreements(text)
    assert found and found[0].location.country == country


def test_a_meeting_abroad_does_not_move_an_attack(nlp):
    text = ("Gunmen attacked a village near Kidal on Tuesday, killing four people.\n\n"
            "Mali's ministers were at talks in Algiers when the attack happened.")
    events = extract_events(text, published="2021-03-12")
    attacks = [e for e in events if e.sub_event_type == "attack"]
    assert attacks and {e.location.country for e in attacks} == {"ML"}
    assert not [e for e in events if e.sub_event_type == "agreement"]
