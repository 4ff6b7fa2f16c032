"""A name the gazetteer knows as one place only keeps that place when the story's other countries
(often a foreign attacker's demonym: "a Turkish drone", "an Israeli jet") lie elsewhere
(document._kept_sole_place); a reading lost inside its own country stays lost."""

from __future__ import annotations

import pytest

from sitrep.geo.document import resolve_names, sole_place


@pytest.mark.parametrize(
    ("name", "country", "seed"),
    [
        ("Zakho", "IQ", "TR"),
        ("Kfar Kila", "LB", "IL"),
        ("Tammun", "PS", "IL"),
        ("Batifa", "IQ", "TR"),
    ],
)
def test_a_sole_place_abroad_survives_the_attackers_country(gazetteer, name, country, seed):
    place = resolve_names([name], gazetteer=gazetteer, countries=(seed,))[0].place
    assert place is not None and place.country == country and place.precision == "town"


def test_a_sole_place_is_not_swapped_for_a_fuzzy_namesake_at_home(gazetteer):
    place = resolve_names(["Tubas"], gazetteer=gazetteer, countries=("IL",))[0].place
    assert place is not None and place.country == "PS"


def test_shared_names_and_countries_are_no_sole_places(gazetteer):
    assert sole_place("Zakho", gazetteer)
    assert not sole_place("Jenin", gazetteer)  # a West Bank city and a Polish village
    assert not sole_place("Rafah", gazetteer)  # both sides of the Egyptian border
    assert not sole_place("Lebanon", gazetteer)
