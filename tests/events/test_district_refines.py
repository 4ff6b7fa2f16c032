"""A district named by a later sentence of an event told first at a province, or at a town that
shares its province's name: the merged event takes the district (real pipeline)."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.events.merge import district_of_province, merge_mentions
from sitrep.events.mention import EventMention, Flag
from sitrep.model import Evidence, Place

pytestmark = pytest.mark.model


def places_of(text: str) -> list[tuple[str, str]]:
    return [(e.location.name, e.location.precision) for e in sitrep.extract(text, published="2024-05-13")
            if e.location is not None]


@pytest.mark.parametrize("text", [
    "Soldiers clashed with Taliban fighters in the eastern city of Ghazni on Sunday, an official said. "
    "Insurgents tried to overrun army posts in Ghazni's district of Andar and sparked heavy clashes there, "
    "the official said.",
    "Troops fought militants in the provincial capital Ghazni on Sunday, officials said. The insurgents "
    "attacked checkpoints in the Andar district of Ghazni and clashes lasted for hours, the police chief said.",
    "Soldiers clashed with Taliban fighters in the eastern city of Ghazni on Sunday, an official said. "
    "Insurgents tried to overrun army posts in Ghazni's district of Andar and sparked heavy clashes there, "
    "the official said. The army killed six rebels in the city's western part, he said.",
])
def test_the_district_named_later_replaces_the_provinces_namesake_town(text):
    assert places_of(text) == [("Andar District", "region")]


def test_a_town_that_does_not_name_its_province_keeps_its_place():
    text = ("Soldiers clashed with Taliban fighters in the town of Qarabagh on Sunday, an official said. "
            "Insurgents tried to overrun army posts in the Andar district and sparked heavy clashes there, "
            "the official said.")
    assert [precision for _, precision in places_of(text)] == ["town"]


TOWN = Place("Omicron", country="XA", admin1="Omicron Province", admin2="Omicron District", lat=1.0, lon=1.0,
             precision="town", mention="Omicron")
PLAIN_TOWN = Place("Rho", country="XA", admin1="Omicron Province", admin2="Rho District", lat=1.1, lon=1.1,
                   precision="town", mention="Rho")
TOLD_AS_PROVINCE = Place("Sigmar", country="XA", admin1="Sygmarskaya", admin2="Sigmar District", lat=1.2,
                         lon=1.2, precision="region", mention="southern Sigmar province")
DISTRICT = Place("Tau", country="XA", admin1="Omicron Province", admin2="Tau", lat=1.3, lon=1.3,
                 precision="region", mention="Tau district")
FAR_DISTRICT = Place("Upsilon", country="XA", admin1="Sygmarskaya", admin2="Upsilon", lat=1.4, lon=1.4,
                     precision="region", mention="Upsilon district")


def test_a_district_refines_only_a_place_that_may_mean_its_province():
    assert district_of_province(DISTRICT, TOWN)
    assert district_of_province(FAR_DISTRICT, TOLD_AS_PROVINCE)  # "X province", whatever the gazetteer's name
    assert not district_of_province(DISTRICT, PLAIN_TOWN)
    assert not district_of_province(DISTRICT, TOLD_AS_PROVINCE)  # another province
    assert not district_of_province(TOWN, DISTRICT)


def _mention(at: int, place: Place, flags: frozenset[Flag] = frozenset(), date: str = "2024-03-04") -> EventMention:
    sentence = Evidence(at, at + 40, "x" * 40)
    return EventMention("armed_clash", "battles", sentence=sentence, trigger=Evidence(at + 5, at + 10, "xxxxx"),
                        type_evidence=Evidence(at + 5, at + 10, "xxxxx"), location=place, date=date,
                        flags=set(flags), evidence=[sentence])


def test_a_retelling_placed_only_by_the_article_never_replaces_the_district():
    for flag in (Flag.LOCATION_FROM_ARTICLE, Flag.LOCATION_FROM_CONTEXT):
        told = _mention(0, TOLD_AS_PROVINCE, {Flag.DATE_FROM_PUBLICATION}, date="2024-03-05")
        district = _mention(100, FAR_DISTRICT, {Flag.DATE_FROM_PUBLICATION}, date="2024-03-05")
        guessed = _mention(200, Place("Sigmar", country="XA", admin1="Sygmarskaya", admin2="Sigmar District",
                                      lat=1.2, lon=1.2, precision="town"), {flag})
        [event] = merge_mentions([told, district, guessed])
        assert event.location == FAR_DISTRICT and event.date == "2024-03-04"
