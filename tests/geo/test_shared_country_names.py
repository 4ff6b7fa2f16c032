"""A name that two countries share ("Congo"): the country the story is about, else the one the
news means by the bare name; the full official names stay each country's own."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.geo.resolver import resolve_place


@pytest.mark.parametrize("context, expected", [((), "CD"), (("CD",), "CD"), (("CG",), "CG"), (("KE", "CG"), "CG")])
def test_congo_follows_the_story_country(gazetteer, context, expected):
    assert resolve_place("Congo", context_countries=context, gazetteer=gazetteer).country == expected


@pytest.mark.parametrize("name, expected", [
    ("Republic of Congo", "CG"), ("Republic of the Congo", "CG"),
    ("Democratic Republic of Congo", "CD"), ("DR Congo", "CD"),
])
def test_full_names_keep_their_country(gazetteer, name, expected):
    for context in [(), ("CD",), ("CG",)]:
        assert resolve_place(name, context_countries=context, gazetteer=gazetteer).country == expected


def test_the_bare_name_alone_is_the_larger_country(gazetteer):
    assert gazetteer.country("Congo").country == "CD"
    assert gazetteer.country("Republic of Congo").country == "CG"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Militiamen attacked a village in eastern Congo on Sunday, killing nine farmers.",
    "Gunmen killed six villagers in northeastern Congo on Sunday, local officials said.",
    "Rebels ambushed an army convoy in Congo's east on Sunday.",
])
def test_an_event_in_congo_is_placed_in_the_democratic_republic(nlp, text):
    events = sitrep.extract(text, published="2022-03-08")
    assert events and {e.location.country for e in events} == {"CD"}


@pytest.mark.model
def test_a_story_about_the_republic_keeps_it(nlp):
    text = ("Soldiers clashed with rebels in the Pool region of the Republic of Congo on Sunday. "
            "The government of Congo said calm had returned to Brazzaville.")
    events = sitrep.extract(text, published="2022-03-08")
    assert events and {e.location.country for e in events} == {"CG"}
