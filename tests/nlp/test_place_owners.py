"""A name owned by a possessive place below country level lies inside that place (real pipeline,
real gazetteer): a town owner keeps it near the town, a province owner inside the province, and a
namesake elsewhere never wins (the name stays unresolved rather than going abroad)."""

from __future__ import annotations

import pytest

from sitrep.nlp.place_reading import ArticlePlaces, possessive_owner

pytestmark = pytest.mark.model


def _spans(nlp, text: str) -> dict:
    doc = nlp(text)
    return {span.text: span for span in doc.spans["places"]}


@pytest.mark.parametrize("text, name, owner", [
    ("Gunmen attacked a market in Kano state's Bichi town.", "Bichi", "Kano"),
    ("A car bomb went off in Baghdad's tightly guarded Karrada district.", "Karrada", "Baghdad"),
    ("Riot police sealed off Harare's Highfield suburb.", "Highfield", "Harare"),
    ("Looters struck shops in Cape Town's Woodstock on Friday.", "Woodstock", "Cape Town's"),
])
def test_the_possessive_place_owns_the_name(nlp, text, name, owner):
    found = possessive_owner(_spans(nlp, text)[name])
    assert found is not None and found.text == owner


@pytest.mark.parametrize("text, name", [
    ("Students were detained in Venezuela's Valencia after the march.", "Valencia"),
    ("Shelling hit Ukraine's eastern Kharkiv region again.", "Kharkiv"),
    ("Police in Lagos arrested three men in Ikeja on Monday.", "Ikeja"),
])
def test_a_country_or_no_possessive_owns_nothing(nlp, text, name):
    assert possessive_owner(_spans(nlp, text)[name]) is None


def _read(nlp, text: str, name: str):
    doc = nlp(text)
    places = ArticlePlaces.of(doc)
    span = next(s for s in doc.spans["places"] if s.text == name)
    return places.read(span)


@pytest.mark.parametrize("text", [
    "A fire swept through Cape Town's Woodstock neighbourhood.",
    "Looters struck shops in Cape Town's Woodstock on Friday.",
    "Protesters gathered in the Eastern Cape province's Woodstock after the vote.",
])
def test_a_namesake_outside_the_owner_never_wins(nlp, text):
    place = _read(nlp, text, "Woodstock")
    assert place is None or place.country == "ZA"


@pytest.mark.parametrize("text, country, admin1", [
    ("Troops entered Ontario's Woodstock after the floods.", "CA", "Ontario"),
    ("Floods hit Bihar's Aurangabad district.", "IN", "Bihar"),
    ("A tornado damaged homes in Illinois's Springfield.", "US", "Illinois"),
])
def test_a_namesake_inside_the_owner_is_read(nlp, text, country, admin1):
    name = next(w for w in ("Woodstock", "Aurangabad", "Springfield") if w in text)
    place = _read(nlp, text, name)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("text", [
    "Rockets hit near the US compound in Kabul's walled Green Zone. Hours later a shell fell near the Green Zone.",
    "US envoys met in Mogadishu's guarded Green Zone on Monday. Gunfire was heard outside the Green Zone at night.",
])
def test_a_name_told_again_stays_inside_its_owner(nlp, text):
    doc = nlp(text)
    places = ArticlePlaces.of(doc)
    again = [s for s in doc.spans["places"] if "Green Zone" in s.text][-1]
    place = places.read(again)
    assert place is None or place.country in ("AF", "SO")


@pytest.mark.parametrize("text", [
    "Police searched a house in the St Agnes' area of north Leeds.",
    "Police raided a flat in the St Agnes' area of Leeds on Friday.",
])
def test_a_names_own_apostrophe_owns_nothing(nlp, text):
    assert possessive_owner(_spans(nlp, text)["Leeds"]) is None
