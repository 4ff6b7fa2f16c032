"""A unit of one of the story's countries, named by its own name, is no namesake town of another
of them (resolver._namesake_abroad): English counties told beside US or Canadian places,
Australian states beside Texan ones."""

from __future__ import annotations

import pytest

from sitrep.geo.document import resolve_names


def _reading(names: list[str], name: str, gazetteer):
    place = resolve_names(names, gazetteer=gazetteer)[names.index(name)].place
    return place.country, place.precision


@pytest.mark.parametrize(
    ("names", "name", "country"),
    [
        (["Cornwall", "Devon", "Somerset", "London", "Toronto", "Canada"], "Cornwall", "GB"),
        (["Essex", "Hertfordshire", "Kent", "Boston", "Chicago"], "Essex", "GB"),
        (["Devon", "Dorset", "Cornwall", "Pennsylvania", "US"], "Devon", "GB"),
    ],
)
def test_a_county_among_counties_is_not_a_namesake_town_abroad(gazetteer, names, name, country):
    assert _reading(names, name, gazetteer) == (country, "region")


def test_a_state_of_one_country_is_not_a_town_of_another_named_after_it(gazetteer):
    names = ["Tasmania", "Victoria", "Queensland", "Texas"]
    assert _reading(names, "Victoria", gazetteer) == ("AU", "admin1")
    # the unit's country must be in the story: "Ontario" among US states alone stays the town
    names = ["Ontario", "Michigan", "Ohio", "California"]
    assert _reading(names, "Ontario", gazetteer) == ("US", "town")
    # a unit named after its seat (Alexandria Governorate) leaves the towns abroad alone
    names = ["Alexandria", "Arlington", "Fairfax", "Cairo", "Egypt"]
    place = resolve_names(names, gazetteer=gazetteer)[0].place
    assert (place.country, place.admin1) == ("US", "Virginia")


@pytest.mark.parametrize(
    ("names", "name", "admin1"),
    [
        (["Delta", "Surrey", "Delta", "Delta"], "Delta", "British Columbia"),
        (["Victoria", "Victoria", "Vancouver Island"], "Victoria", "British Columbia"),
    ],
)
def test_a_name_read_as_a_unit_abroad_is_no_evidence_for_that_country(gazetteer, names, name, admin1):
    # read alone, each mention is the larger unit abroad (Delta State, the Australian state);
    # its repetitions must not put that country in the story and make the town its namesake
    readings = resolve_names(names, gazetteer=gazetteer)
    for n, r in zip(names, readings, strict=True):
        if n == name:
            assert (r.place.country, r.place.admin1, r.place.precision) == ("CA", admin1, "town")
