"""Place mentions: what the gazetteer-backed tagger adds to the NER, and what it refuses."""

from __future__ import annotations

import pytest

from sitrep.nlp.arguments import in_dateline

pytestmark = pytest.mark.model


def places(nlp, text):
    doc = nlp(text)
    return [p.text for p in doc.spans["places"]]


def test_name_after_town_of_is_a_place_even_when_ner_says_organisation(nlp):
    assert "Tarhouna" in places(nlp, "The drone strike took place in the town of Tarhouna, southeast of Tripoli.")


def test_names_in_place_slots_are_relabelled(nlp):
    found = places(nlp, "Government troops shelled Kafr Nabl and Khan Sheikhoun in southern Idlib on Monday.")
    assert {"Kafr Nabl", "Khan Sheikhoun", "Idlib"} <= set(found)


def test_split_country_name_is_joined(nlp):
    assert "Burkina Faso" in places(nlp, "Gunmen killed ten people in Burkina Faso on Monday.")


def test_common_words_are_not_towns(nlp):
    found = places(nlp, "The Prime Minister met the Secretary at the Center for Homeland Security.")
    assert not {"Minister", "Secretary", "Center", "Homeland"} & set(found)


def test_dateline_city_is_not_the_event_place(nlp):
    from sitrep.nlp.extractor import extract_events

    text = "SANAA, June 16 (Xinhua) -- An airstrike hit a vehicle in the town of Haydan on Monday."
    doc = nlp(text)
    assert not [p for p in doc.spans["places"] if p.text == "SANAA" and not in_dateline(p)]
    events = extract_events(text, published="2020-06-16")
    assert events and all(e.location is None or e.location.name != "Sanaa" for e in events)
