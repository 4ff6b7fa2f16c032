"""The place layer on its own: sitrep.places / place_mentions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import sitrep
from sitrep.geo.gazetteer import default_gazetteer
from sitrep.nlp.place_mentions import place_mentions, resolve_adjective

pytestmark = pytest.mark.model

TEXT = ("Syrian troops shelled Saraqib and the village of Zorblatiyah near Idlib on Sunday, "
        "and the Mediterranean port of Latakia was quiet, Environment Canada staff said.")


def test_resolve_adjective_names_the_country_or_area():
    g = default_gazetteer()
    syrian = resolve_adjective(SimpleNamespace(text="Syrian", kb_id_="SY"), g)
    assert syrian.country == "SY" and syrian.precision == "country"
    europe = resolve_adjective(SimpleNamespace(text="European", kb_id_="Europe"), g)
    assert europe.name == "Europe" and europe.country is None
    assert resolve_adjective(SimpleNamespace(text="Blorvish", kb_id_=""), g) is None


def test_every_mention_is_kept_with_its_span():
    mentions = sitrep.places(TEXT)
    assert [m.start_char for m in mentions] == sorted(m.start_char for m in mentions)
    for m in mentions:
        assert TEXT[m.start_char:m.end_char] == m.text
    by_text = {m.text: m for m in mentions}
    assert by_text["Syrian"].group == "adjective" and by_text["Syrian"].place.country == "SY"
    assert by_text["Saraqib"].place.country == "SY" and by_text["Saraqib"].group == "place"
    assert by_text["Canada"].group == "embedded"
    # an invented village is recognised but not placed; its neighbours keep their places
    unknown = by_text["Zorblatiyah"]
    assert unknown.place is None and unknown.to_dict()["place"] is None
    assert by_text["Idlib"].place is not None and by_text["Latakia"].place is not None


def test_a_failing_name_does_not_empty_the_others(nlp, monkeypatch):
    from sitrep.nlp.place_reading import ArticlePlaces

    real = ArticlePlaces.read

    def broken(self, span):
        if span.text == "Saraqib":
            raise RuntimeError("index went away")
        return real(self, span)

    monkeypatch.setattr(ArticlePlaces, "read", broken)
    mentions = {m.text: m for m in place_mentions(nlp(TEXT))}
    assert mentions["Saraqib"].place is None
    assert mentions["Idlib"].place.country == "SY"


def test_names_are_read_one_by_one_when_reading_them_together_fails(nlp, monkeypatch):
    import sitrep.geo.document as document

    def broken(names, **kwargs):
        raise RuntimeError("a name broke the document reading")

    monkeypatch.setattr(document, "resolve_names", broken)
    mentions = {m.text: m for m in place_mentions(nlp(TEXT))}
    assert mentions["Saraqib"].place.country == "SY" and mentions["Idlib"].place.country == "SY"


def test_an_embedded_union_is_placed_at_its_area(nlp):
    mentions = place_mentions(nlp("Lowering the cost of the EU's airports was the aim."))
    eu = next(m for m in mentions if m.text == "EU")
    assert eu.group == "embedded" and eu.place.name == "European Union" and eu.place.country is None


def test_embedded_places_are_read_with_the_others(nlp):
    """The Kentucky of "the Kentucky State Police" is no place of the story's events, but it
    says which Paris the farm is near."""
    mentions = {m.text: m for m in place_mentions(nlp("Officers of the Kentucky State Police searched a farm "
                                                      "near Paris on Sunday."))}
    assert mentions["Kentucky"].group == "embedded"
    assert mentions["Paris"].place.country == "US" and mentions["Paris"].place.admin1 == "Kentucky"


def test_an_embedded_name_is_resolved_without_the_organisation_words(nlp):
    """The "Department" after "U.S." is no French département."""
    mentions = place_mentions(nlp("A spokesman for the U.S. Department of Labor said so on Monday."))
    us = next(m for m in mentions if m.text == "U.S.")
    assert us.group == "embedded" and us.place.country == "US" and us.place.precision == "country"
