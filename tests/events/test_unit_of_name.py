"""A unit word before "of X" after an adjective or a possessive ("the north-central state of X",
"the Mexican state of X", "Y's district of X") says which kind of place X is: the state or
district, not its namesake town or a neighbouring country of that name. Sentences written for
these tests, through the real pipeline."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


def places(text: str) -> list[tuple[str, str, str]]:
    return [(e.location.name, e.location.precision, e.location.country)
            for e in sitrep.extract(text, published="2022-03-10") if e.location is not None]


@pytest.mark.parametrize("text", [
    "Gunmen abducted 20 farmers on Tuesday in the north-central Nigerian state of Niger, the police said. "
    "Officers in Minna said the kidnappers fled into the forest near Kebbi.",
    "Nigerian police said bandits kidnapped nine traders on Monday in the central state of Niger. "
    "The victims were seized on a road outside Minna, a police spokesman in Abuja said.",
])
def test_a_state_named_like_a_neighbouring_country_is_the_state(text):
    assert ("Niger State", "admin1", "NG") in places(text)
    assert all(country != "NE" for _, _, country in places(text))


@pytest.mark.parametrize(("text", "names"), [
    ("Gunmen killed seven people on Sunday in the western Mexican state of Zacatecas, police said.",
     ("zacatecas",)),
    ("A roadside bomb blast killed two soldiers on Friday in Afghanistan's southern province of "
     "Kandahar, officials said.", ("kandahar", "qandahor")),
])
def test_a_state_or_province_of_x_is_read_as_the_unit(text, names):
    found = places(text)
    assert found and found[0][1] in {"admin1", "region"}, found
    assert any(name in found[0][0].lower() for name in names)
