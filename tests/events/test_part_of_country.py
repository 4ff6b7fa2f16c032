"""A country named by one of its parts ("northern Iraq", "the north of Mozambique") gives way to
the article's most mentioned place in that country: the capital's point is no better a guess.
A country named as such ("in Iraq") stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.assembly import names_part_of_country
from sitrep.model import Place
from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str) -> list[tuple[str, str]]:
    return [(e.location.precision, e.location.country) for e in extract_events(text, published="2021-12-15")]


@pytest.mark.parametrize(("text", "country"), [
    ("Warplanes bombed a convoy in northern Iraq on Saturday, killing four gunmen. The governor of Nineveh "
     "province said the trucks were burning near a bridge.", "IQ"),
    ("Al-Shabaab fighters stormed an army base in southern Somalia on Monday, killing five soldiers. The "
     "wounded were treated in Kismayo, the regional governor said.", "SO"),
    ("Rebels ambushed a convoy in the north of Mozambique on Friday, killing seven soldiers. Residents of "
     "Cabo Delgado province said the rebels had retreated into the forest.", "MZ"),
])
def test_a_part_of_a_country_takes_the_article_place_there(nlp, text, country):
    found = places(text)
    assert found and all(p != "country" and c == country for p, c in found)


@pytest.mark.parametrize("text", [
    "Warplanes bombed a convoy in Iraq on Saturday, killing four gunmen. The governor of Nineveh province "
    "said the trucks were burning near a bridge.",  # the country itself
    "Al-Shabaab fighters stormed an army base in southern Somalia on Monday, killing five soldiers. The "
    "base lies about 40 km from Kismayo, the regional governor said.",  # a landmark only
])
def test_a_country_stays_without_a_part_or_an_article_place(nlp, text):
    assert [p for p, _ in places(text)] == ["country"]


@pytest.mark.parametrize(("mention", "name", "part"), [
    ("northern Iraq", "Iraq", True),
    ("Mali's north", "Mali", True),
    ("north-western Syria", "Syria", True),
    ("Iraq", "Iraq", False),
    ("South Sudan", "South Sudan", False),
    ("Central African Republic", "Central African Republic", False),
])
def test_names_part_of_country(mention, name, part):
    place = Place(name=name, mention=mention, country="XX", precision="country")
    assert names_part_of_country(place) is part
