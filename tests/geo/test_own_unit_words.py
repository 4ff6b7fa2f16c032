"""A unit word that is a second-level cue in general ('department', 'county', 'district') names
the first-level units of a country whose own first-level units are called so (Colombia's
departments): there it asks for the first-level unit, not a namesake municipality."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import _own_admin1_words, resolve_place
from sitrep.nlp.place_reading import gazetteer


def _read(mention: str, country: str):
    return resolve_place(mention, context_countries=(country,), gazetteer=gazetteer())


@pytest.mark.parametrize("mention, unit", [
    ("Bolivar department", "Bolivar"),
    ("the Bolívar department", "Bolivar"),
    ("Cordoba Department", "Cordoba"),
    ("the Córdoba department", "Cordoba"),
])
def test_a_department_of_colombia_is_its_first_level_unit(mention, unit):
    place = _read(mention, "CO")
    assert place is not None and place.country == "CO" and place.precision == "admin1"
    assert place.admin1 == unit


def test_the_word_keeps_its_level_elsewhere():
    assert "department" in _own_admin1_words()["CO"]
    assert "department" not in _own_admin1_words().get("FR", frozenset())
    assert "district" not in _own_admin1_words().get("IN", frozenset())
