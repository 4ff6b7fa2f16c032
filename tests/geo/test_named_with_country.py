"""A name that gives its own country after "of" ("the X region of Iraq") is read inside that
country, never at a namesake unit or town in another one."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import resolve_place


@pytest.mark.parametrize("mention, country, precision", [
    ("the Kurdistan Region of Iraq", "IQ", "region"),  # not Iran's Kurdistan Province
    ("Kurdistan Region of Iraq", "IQ", "region"),
    ("Idlib province of Syria", "SY", "admin1"),  # the province, not its capital town
    ("the Punjab state of India", "IN", "admin1"),  # not Pakistan's Punjab
    ("the Punjab province of Pakistan", "PK", "admin1"),
    ("Georgia state of the United States", "US", "admin1"),  # not the country Georgia
    ("Cordoba province of Argentina", "AR", "admin1"),
])
def test_the_country_after_of_holds_the_name(gazetteer, mention, country, precision):
    place = resolve_place(mention, gazetteer=gazetteer)
    assert place is not None and (place.country, place.precision) == (country, precision)
    assert place.mention == mention  # the words of the text, country included


@pytest.mark.parametrize("mention, country", [
    ("Democratic Republic of the Congo", "CD"),  # a country's own name holds an "of"
    ("the Republic of the Congo", "CG"),
    ("the state of Borno", "NG"),  # "of" before the name, no country after it
])
def test_names_with_an_of_of_their_own_read_as_before(gazetteer, mention, country):
    place = resolve_place(mention, gazetteer=gazetteer)
    assert place is not None and place.country == country


def test_a_sentence_placing_a_base_in_the_region_of_its_country(nlp):
    import sitrep

    for text in ("Engineers of the army built a new base in the Kurdistan Region of Iraq, an official said on Monday.",
                 "A drone struck a convoy in the Punjab state of India on Monday, killing two guards."):
        events = sitrep.extract(text, published="2024-03-05")
        assert events and events[0].location is not None
        assert events[0].location.country == ("IQ" if "Iraq" in text else "IN")
