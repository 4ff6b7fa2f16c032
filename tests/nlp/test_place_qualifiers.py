"""A place named with its country resolves in that country (real pipeline, real gazetteer).

The country may come before the name as a demonym heading a place noun or as a possessive, or
after it, linked by a comma or "in"; a namesake abroad never wins when the country has a
candidate, and a name the country lacks stays unresolved rather than going abroad.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.place_reading import ArticlePlaces, qualifier_countries

pytestmark = pytest.mark.model


def _read(nlp, text: str) -> dict[str, tuple]:
    doc = nlp(text)
    places = ArticlePlaces.of(doc)
    out = {}
    for span in doc.spans["places"]:
        place = places.read(span)
        out[span.text] = (qualifier_countries(span), place.country if place else None)
    return out


@pytest.mark.parametrize("text", [
    "Protesters marched through the Venezuelan city of Valencia on Tuesday.",
    "Power cuts hit the central Venezuelan city of Valencia overnight.",
    "Police fired tear gas in Valencia, Venezuela, on Tuesday.",
    "Police fired tear gas in Valencia in northern Venezuela.",
    "Venezuela's third city of Valencia was without water.",
    "Students were detained in Venezuela's Valencia after the march.",
])
def test_a_named_country_picks_the_namesake_inside_it(nlp, text):
    assert _read(nlp, text)["Valencia"] == (("VE",), "VE")


@pytest.mark.parametrize("text, name, country", [
    ("A bomb went off in the Pakistani city of Hyderabad, police said.", "Hyderabad", "PK"),
    ("Flooding swept Hyderabad in southern Pakistan this week.", "Hyderabad", "PK"),
    ("Clashes erupted in Tripoli, Lebanon, after the funeral.", "Tripoli", "LB"),
    ("The northern Lebanese city of Tripoli saw clashes again.", "Tripoli", "LB"),
    ("Voters queued in Atlanta, Georgia, before dawn.", "Atlanta", "US"),
])
def test_country_before_or_after_the_name(nlp, text, name, country):
    qualifier, resolved = _read(nlp, text)[name]
    assert country in qualifier and resolved == country


def test_without_a_country_the_usual_reading_stands(nlp):
    assert _read(nlp, "A bomb went off in Hyderabad, police said.")["Hyderabad"] == ((), "IN")


@pytest.mark.parametrize("text", [
    "Drones struck the Russian-held city of Melitopol overnight.",
    "Shelling hit the Russian-occupied town of Melitopol again.",
])
def test_a_controller_is_not_the_country(nlp, text):
    qualifier, resolved = _read(nlp, text)["Melitopol"]
    assert qualifier == () and resolved == "UA"


@pytest.mark.parametrize("text", [
    "She toured Paris, Germany and Italy last spring.",
    "The band played Paris, Germany, Austria and Spain.",
])
def test_a_list_of_countries_qualifies_nothing(nlp, text):
    assert _read(nlp, text)["Paris"] == ((), "FR")


@pytest.mark.parametrize("text", [
    "Russia's attack on Kyiv killed three people.",
    "Russia's bombardment of Kharkiv went on all night.",
])
def test_a_possessive_act_is_no_place_of_the_country(nlp, text):
    read = _read(nlp, text)
    name = "Kyiv" if "Kyiv" in read else "Kharkiv"
    assert read[name] == ((), "UA")


def test_a_country_that_lacks_the_name_leaves_it_unresolved(nlp):
    # Alexandria lies in Egypt, the US and elsewhere, but in no town of Chad's gazetteer
    read = _read(nlp, "Rebels entered the Chadian town of Alexandria at dawn.")
    assert read["Alexandria"] == (("TD",), None)
