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


# The name itself never makes a unit abroad's country a story country: the article's countries
# count each name's own first reading ("Beni" alone is Beni Department, Bolivia; "Acre" alone
# the Brazilian state), so only the countries of the *other* names may call a town a namesake.
@pytest.mark.parametrize(
    ("names", "countries", "name", "country"),
    [
        (["Bunia", "Beni"], ("CD", "BO"), "Beni", "CD"),
        (["Beni", "Goma"], ("CD", "BO"), "Beni", "CD"),
        (["Haifa", "Acre"], ("IL", "BR"), "Acre", "IL"),
        (["Nahariya", "Acre"], ("IL", "BR"), "Acre", "IL"),
        (["Bamenda", "Bali"], ("CM", "ID"), "Bali", "CM"),
        (["Warri", "Kwale"], ("NG", "KE"), "Kwale", "NG"),
        (["Ambo", "Gedo"], ("ET", "SO"), "Gedo", "ET"),
    ],
)
def test_a_towns_own_reading_abroad_makes_it_no_namesake(gazetteer, names, countries, name, country):
    place = resolve_names(names, gazetteer=gazetteer, countries=countries)[names.index(name)].place
    assert (place.country, place.precision) == (country, "town")


def test_other_name_countries_leave_out_the_name_and_its_repetitions(gazetteer):
    from sitrep.geo.document import other_name_countries

    names = ["Beni", "Bunia", "Beni", "Bolivia"]
    readings = [resolve_names([n], gazetteer=gazetteer)[0].place for n in names]
    assert readings[0].country == "BO"  # read alone, the department
    others = other_name_countries(names, readings)
    assert others[0] == others[2] == ("CD", "BO")  # Bolivia by its own name, not by Beni's reading
    assert others[1] == ("BO",)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "country"), [
    ("Rebels seized Bunia on Sunday.\n\nFighting broke out in Beni on Monday, officials said.", "Beni", "CD"),
    ("Militiamen raided a village near Goma on Friday.\n\nOn Saturday they attacked an army camp in Beni.",
     "Beni", "CD"),
    ("Police in Haifa said a rocket struck a building in Acre on Tuesday.", "Acre", "IL"),
    ("Separatists torched a school in Bali on Monday. The governor in Bamenda condemned the attack.", "Bali", "CM"),
    ("Soldiers clashed with separatists in Kumbo on Sunday.\n\nOn Monday fighters killed two gendarmes in Bali.",
     "Bali", "CM"),
])
def test_a_conflict_town_named_like_a_unit_abroad_keeps_its_country(text, name, country):
    import sitrep

    places = [e.location for e in sitrep.extract(text, published="2022-06-15")
              if e.location is not None and e.location.name.startswith(name)]
    assert places and all((p.country, p.precision) == (country, "town") for p in places)
