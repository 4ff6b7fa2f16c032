"""A name its sentence places inside a unit below country level ("X township in Y Region",
"X, a town in Y state", "the Y region town of X") lies inside that unit, as with a possessive
owner: a namesake there is read, a namesake abroad never (real pipeline, real gazetteer)."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.nlp.place_reading import container_owner

pytestmark = pytest.mark.model


def _reading(text: str, name: str):
    return next(m.place for m in sitrep.places(text) if m.text == name)


@pytest.mark.parametrize("text, name, unit", [
    ("Soldiers entered Kani township in Sagaing Region.", "Kani", "Sagaing Region"),
    ("Gunmen attacked Kani, a town in Sagaing Region, on Monday.", "Kani", "Sagaing Region"),
    ("Fighting broke out in the Sagaing region town of Kani.", "Kani", "Sagaing"),
    ("Militants raided Tanda village in Bauchi State overnight.", "Tanda", "Bauchi State"),
    ("Fighting raged in Kani township, Sagaing Region.", "Kani", "Sagaing Region"),
    ("Soldiers entered Kani in Sagaing Region.", "Kani", "Sagaing Region"),
])
def test_the_unit_after_or_before_a_place_noun_contains_the_name(nlp, text, name, unit):
    doc = nlp(text)
    span = next(s for s in doc.spans["places"] if s.text == name)
    found = container_owner(span)
    assert found is not None and found.text == unit


@pytest.mark.parametrize("text, name", [
    ("Police in Lagos arrested three men in Ikeja on Monday.", "Ikeja"),
    ("Troops left Kani and moved into Sagaing Region.", "Kani"),
    ("Rebels held Kani, Sagaing Region and Chin State.", "Kani"),
])
def test_no_place_noun_and_in_means_no_container(nlp, text, name):
    doc = nlp(text)
    span = next(s for s in doc.spans["places"] if s.text == name)
    assert container_owner(span) is None


@pytest.mark.parametrize("text, name", [
    ("Soldiers entered Kani township in Sagaing Region.", "Kani"),
    ("Gunmen attacked Kani, a town in Sagaing Region, on Monday.", "Kani"),
    ("Fighting broke out in the Sagaing region town of Kani.", "Kani"),
    ("Police said Tanda, a town in Bauchi state, was attacked.", "Tanda"),
    ("Clashes erupted in Bari village in Daraa province.", "Bari"),
    ("Fighting raged in Kani township, Sagaing Region.", "Kani"),
    ("The army shelled Kani in Sagaing's Monywa district.", "Kani"),
    ("Gunmen attacked Kani, a town in Myanmar, on Monday.", "Kani"),
    ("Soldiers burned Kani village in northwestern Myanmar.", "Kani"),
    ("Police said Tanda, a small town in Nigeria, was attacked.", "Tanda"),
])
def test_a_namesake_abroad_is_never_the_contained_place(text, name):
    place = _reading(text, name)
    assert place is None or place.country in ("MM", "NG", "SY")


@pytest.mark.parametrize("text, name, country, admin1", [
    ("Gunmen stormed Nawa, a town in Daraa province, at dawn.", "Nawa", "SY", "Daraa Governorate"),
    ("Looters burned shops in the Unity State town of Leer.", "Leer", "SS", "Unity State"),
    ("Bor, a town in Jonglei state, was calm on Friday.", "Bor", "SS", "Jonglei State"),
])
def test_a_namesake_inside_the_unit_is_read(text, name, country, admin1):
    place = _reading(text, name)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.parametrize("text, part, whole", [
    ("Drones struck the Solomianskyi district of Odesa at night.", "Solomianskyi", "Odesa"),
    ("Militants attacked a checkpoint in the Kurram district of Khyber Pakhtunkhwa.", "Kurram",
     "Khyber Pakhtunkhwa"),
    ("Shells landed in the Saddar area of Karachi on Friday.", "Saddar", "Karachi"),
])
def test_the_unit_of_a_place_lies_inside_it_not_the_other_way(nlp, text, part, whole):
    doc = nlp(text)
    spans = {s.text: s for s in doc.spans["places"]}
    found = container_owner(spans[part])
    assert found is not None and found.text == whole
    assert container_owner(spans[whole]) is None


def test_a_district_of_a_city_is_no_namesake_district_of_another_province():
    place = _reading("Drones struck the Solomianskyi district of Odesa at night.", "Solomianskyi")
    assert place is None or place.admin1 == "Odesa Oblast"
