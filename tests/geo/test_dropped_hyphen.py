"""A town some spellings write with a hyphen and the gazetteer without one ("Pétion-Ville",
"Pétionville") is found by its joined name when the hyphenated one finds nothing; a hyphenated
name the gazetteer holds as such is found as before."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer


@pytest.mark.parametrize("name", ["Pétion-Ville", "Petion-Ville", "petion-ville"])
def test_hyphenated_spelling_finds_the_joined_name(gazetteer: Gazetteer, name: str) -> None:
    found = gazetteer.lookup(name, country="HT")
    assert found and found[0].name == "Pétionville"


@pytest.mark.parametrize("name, country", [("Port-au-Prince", "HT"), ("Cap-Haïtien", "HT")])
def test_hyphenated_name_held_as_such_is_unchanged(gazetteer: Gazetteer, name: str, country: str) -> None:
    found = gazetteer.lookup(name, country=country)
    assert found and found[0].country == country
