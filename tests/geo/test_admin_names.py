"""First-level units under the names news gives them: compass-only names with a unit word,
compass spellings, English names from data/admin_names.tsv (sentences written for these tests)."""

import pytest

from sitrep.geo.gazetteer import _key_variants
from sitrep.geo.resolver import resolve_place


@pytest.mark.parametrize("mention", [
    "North-West Region", "North West Region", "Northwest Region", "the Northwest region",
    "the North-West region", "North West region",
])
def test_cameroon_north_west_forms(gazetteer, mention):
    p = resolve_place(mention, context_countries=("CM",), gazetteer=gazetteer)
    assert p is not None and p.precision == "admin1" and p.country == "CM"
    assert p.name == "North-West Region"


@pytest.mark.parametrize("mention,cc,name", [
    ("Southwest Region", "CM", "South-West Region"),
    ("the South West region", "CM", "South-West Region"),
    ("East Region", "CM", "East Region"),
    ("the Northern state", "SD", "The Northern State"),
    ("Southern District", "IL", "Southern District"),
])
def test_compass_only_unit_names(gazetteer, mention, cc, name):
    p = resolve_place(mention, context_countries=(cc,), gazetteer=gazetteer)
    assert p is not None and p.precision == "admin1" and p.name == name


@pytest.mark.parametrize("mention,cc", [("Northwest", "CM"), ("the West", "CM"), ("the north", "SD"),
                                        ("North West Region", ())])
def test_bare_compass_words_name_no_unit(gazetteer, mention, cc):
    p = resolve_place(mention, context_countries=(cc,) if cc else (), gazetteer=gazetteer)
    assert p is None or p.precision != "admin1"


@pytest.mark.parametrize("mention,name", [
    ("Kursk Oblast", "Kursk Oblast"), ("the Kursk region", "Kursk Oblast"), ("Belgorod region", "Belgorod Oblast"),
    ("Krasnodar Krai", "Krasnodar Krai"), ("Rostov Oblast", "Rostov Oblast"),
])
def test_russian_units_by_english_name(gazetteer, mention, name):
    p = resolve_place(mention, context_countries=("RU",), gazetteer=gazetteer)
    assert p is not None and p.precision == "admin1" and p.name == name


def test_compass_key_variants():
    assert set(_key_variants("north west region")) == {"north west region", "northwest region"}
    assert set(_key_variants("southeast province")) == {"southeast province", "south east province"}
    assert _key_variants("southeast") == ("southeast",)
    assert _key_variants("northeastern") == ("northeastern",)
