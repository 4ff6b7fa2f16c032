"""Features named like towns (real gazetteer): a river, lake, park, mountain, camp or airport is
read by its word class (``data/feature_nouns.tsv``), never as a namesake town abroad."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import document_support, feature_policies, resolve_place


def _resolve(gazetteer, mention, context=(), others=()):
    names = [mention, *others]
    support = document_support(names, gazetteer=gazetteer)[0] if others else ()
    return resolve_place(mention, context_countries=context, gazetteer=gazetteer, support=support)


def test_every_feature_noun_has_a_policy():
    assert set(feature_policies().values()) <= {(a, b) for a in ("-", "nothing", "near", "beside", "town")
                                                for b in ("-", "nothing", "near", "beside", "town")}
    assert feature_policies()["river"][0] == "near" and feature_policies()["fort"][1] == "nothing"


@pytest.mark.parametrize("mention", ["the Jordan River", "Jordan River", "the Niger River", "Niger river"])
def test_a_river_named_like_a_country_falls_back_to_the_country(gazetteer, mention):
    # the enclosing area the name gives, not a town called Jordan or Niger somewhere
    place = _resolve(gazetteer, mention, context=("IL", "NE"))
    assert place is not None and place.precision == "country"


@pytest.mark.parametrize("mention", ["the Red River", "Red River"])
def test_a_river_is_not_the_county_that_takes_its_short_name(gazetteer, mention):
    # Red River County, Texas, and Red River Parish, Louisiana answer to "Red River"; a story
    # told around Fargo and Grand Forks is about the river of the north
    place = _resolve(gazetteer, mention, ("US",), others=("Fargo", "Grand Forks", "Moorhead"))
    assert place is None


@pytest.mark.parametrize("mention", ["Hartwell Lake", "Lake Hartwell", "the Hartwell reservoir"])
def test_water_named_like_a_town_the_story_is_told_around(gazetteer, mention):
    # the town of Hartwell, Georgia lies on the lake, beside the story's other places
    place = _resolve(gazetteer, mention, ("US",), others=("Hart County", "Lavonia", "Anderson County"))
    assert place is not None and place.admin1 == "Georgia" and place.precision == "region"


@pytest.mark.parametrize("mention", ["Knox Park", "Knox Memorial Park", "the Knox Lake"])
def test_a_park_or_lake_named_like_a_town_far_from_the_story_stays_unresolved(gazetteer, mention):
    place = _resolve(gazetteer, mention, ("US",), others=("Sacramento", "Yolo County", "Davis"))
    assert place is None or place.admin1 == "California"


@pytest.mark.parametrize("mention", ["Fort Hamilton Zorblat", "Camp Hamilton", "Fort Hamilton"])
def test_a_fort_or_camp_named_after_someone_is_no_town(gazetteer, mention):
    place = _resolve(gazetteer, mention, ("CA",))
    assert place is None or place.name != "Hamilton"


@pytest.mark.parametrize("mention", ["Kakuma refugee camp", "Kakuma camp", "the Kakuma airstrip camp"])
def test_a_camp_named_after_its_town_is_the_town_inside_the_country(gazetteer, mention):
    place = _resolve(gazetteer, mention, ("KE",))
    assert place is not None and place.country == "KE" and place.precision == "region"


@pytest.mark.parametrize("mention", ["Kandahar airport", "Kandahar international airport",
                                     "Kandahar air base", "Kandahar airfield"])
def test_an_airport_or_base_is_beside_its_town(gazetteer, mention):
    place = _resolve(gazetteer, mention, ("AF",))
    assert place is not None and place.country == "AF" and place.precision == "region"


@pytest.mark.parametrize("mention", ["Alexandria airport", "Alexandria refugee camp", "Alexandria dam"])
def test_a_site_is_never_the_namesake_abroad(gazetteer, mention):
    # no Alexandria in Chad: a site named so is unplaced, not put in Egypt or Virginia
    assert _resolve(gazetteer, mention, ("TD",)) is None


@pytest.mark.parametrize("mention", ["the Bekaa Valley", "Bekaa valley", "the Swat Valley"])
def test_a_valley_is_the_unit_named_after_it(gazetteer, mention):
    place = _resolve(gazetteer, mention, ("LB", "PK"), others=("Baalbek", "Zahle", "Mingora"))
    assert place is not None and place.country in ("LB", "PK") and place.precision in ("admin1", "region")
