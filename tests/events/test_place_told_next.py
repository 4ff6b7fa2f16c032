"""A lead that places its act only by province or country is narrowed by the next sentence when
that sentence tells no act of its own and names one place inside that area
(``place_next.places_told_next``); a place measured from, or outside the area, is no narrowing.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


def _places(text: str) -> list[str]:
    return [e.location.name for e in sitrep.extract(text, published="2024-05-10")
            if e.location is not None]


@pytest.mark.parametrize(("text", "place"), [
    ("A roadside bomb killed four soldiers in Somalia's Lower Shabelle region on Tuesday, officials said. "
     "Their convoy was travelling on the main road just outside Afgooye at the time.", "Afgooye"),
    ("Troops killed 12 militants in northern Burkina Faso on Thursday, the army said. "
     "The fighters had been hiding in a forest on the outskirts of Djibo for weeks.", "Djibo"),
    ("Gunmen shot dead seven farmers in Nigeria's Plateau state on Sunday, police said. "
     "The farmers were working their fields near Bokkos when the men arrived on motorbikes.", "Bokkos"),
])
def test_the_next_sentence_narrows_a_broad_lead(text, place):
    assert _places(text)[0] == place


@pytest.mark.parametrize("text", [
    "A roadside bomb killed four soldiers in Somalia's Lower Shabelle region on Tuesday, officials said. "
    "Their base lies some 60 km west of Afgooye.",
    "Gunmen shot dead seven farmers in Nigeria's Plateau state on Sunday, police said. "
    "The governor later flew in from Abuja to meet the families.",
])
def test_a_place_measured_from_or_outside_the_area_does_not(text):
    first = sitrep.extract(text, published="2024-05-10")[0]
    assert first.location.precision == "admin1"


@pytest.mark.parametrize("text", [
    "Gunmen killed nine herders in Nigeria on Friday, police said. "
    "Zamfara and Katsina states share a long border where such raids are common.",
    "Gunmen killed nine herders in Nigeria on Friday, police said. "
    "The Benue and Nasarawa states share a long border where such raids are common.",
])
def test_two_areas_named_next_say_no_one_place(text):
    first = sitrep.extract(text, published="2024-05-10")[0]
    assert first.location.precision == "country"


@pytest.mark.parametrize(("text", "place"), [
    ("A drone strike killed eleven people in Ethiopia's Amhara region on Monday, a doctor said. "
     "The car was hit near Dejen, a town in East Gojjam zone, shortly before noon.", "Dejen"),
    ("A drone strike killed eleven people in Ethiopia's Amhara region on Monday, a doctor said. "
     "The car was on the road outside Dejen in East Gojjam zone at the time.", "Dejen"),
])
def test_the_finest_place_of_the_next_sentence_is_taken(text, place):
    assert _places(text)[0] == place


@pytest.mark.parametrize("text", [
    # another thing than the one told before
    "A roadside bomb killed four soldiers in Somalia's Lower Shabelle region on Tuesday, officials said. "
    "A market in Afgooye was closed for the day.",
    # where the told people came from
    "Gunmen shot dead seven farmers in Nigeria's Plateau state on Sunday, police said. "
    "The farmers from Bokkos had gone to sell their harvest.",
])
def test_another_thing_or_an_origin_next_is_no_narrowing(text):
    first = sitrep.extract(text, published="2024-05-10")[0]
    assert first.location.precision == "admin1"
