""""In eastern X district of Y": the unit noun after a state's name is Y's, so the state only says
where Y lies and Y is the act's place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str) -> list[tuple[str, str]]:
    return [(e.location.name, e.location.precision) for e in extract_events(text, published="2025-05-06")
            if e.location]


@pytest.mark.parametrize(("text", "town"), [
    ("Troops clashed with Maoists in a forest in east Chhattisgarh district of Gariaband on Sunday.", "Gariāband"),
    ("Security forces clashed with rebels in northern Punjab district of Attock on Monday.", "Attock City"),
    ("Gunmen killed six farmers in eastern Odisha district of Malkangiri on Monday.", "Malakanagiri"),
    ("Soldiers fought militants in southwestern Balochistan district of Kalat on Monday.", "Kalat"),
    ("Police clashed with Maoists in south Jharkhand district of Latehar on Tuesday.", "Lātehār"),
])
def test_the_district_named_after_the_state_is_the_place(nlp, text, town):
    assert places(text) == [(town, "town")]


def test_a_province_alone_stays_the_place(nlp):
    assert places("Soldiers fought militants in southern Balochistan province on Monday.") \
        == [("Balochistan Province", "region")]
