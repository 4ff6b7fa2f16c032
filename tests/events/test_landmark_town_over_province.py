"""A town the act is told near ("on the outskirts of X", "a village 10 km north of X") and the
province that locates it ("in Y state"): the town is nearer the act than the province's capital.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def placed(text: str) -> list[tuple[str, str]]:
    return sorted({(e.location.name, e.location.precision) for e in extract_events(text, published="2024-05-08")
                   if e.location})


@pytest.mark.parametrize(("text", "place"), [
    ("Gunmen killed six farmers on Sunday in a village 10 km north of Bama in Borno state.", "Bama"),
    ("Three villagers died on Monday when rebel shells hit a displacement site on the outskirts of Masisi "
     "in North Kivu province.", "Masisi Territory"),
    ("Drones struck a village 5 km west of Kupiansk in Kharkiv region on Sunday, killing two women.", "Kupyansk"),
])
def test_town_near_the_act_beats_the_province_that_locates_it(nlp, text, place):
    assert placed(text) == [(place, "region")]


def test_town_of_origin_does_not_drop_the_province(nlp):
    assert placed("Fighters from Gao attacked an army post in Gao region on Monday.") == [("Gao Region", "admin1")]


@pytest.mark.parametrize(("text", "place"), [
    ("Militants raided an army post 15 km east of Afgooye, Lower Shabelle region, Somalia, on Friday.", "Afgooye"),
    ("Gunmen ambushed an army convoy 20 km south of Bama, Borno State, Nigeria, on Monday.", "Bama"),
])
def test_town_near_the_act_is_not_given_up_for_the_country(nlp, text, place):
    assert placed(text) == [(place, "region")]
