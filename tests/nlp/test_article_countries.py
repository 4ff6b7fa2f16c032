"""The countries an article is about, from its place names when it names no country."""

from __future__ import annotations

import pytest

from sitrep.nlp.place_reading import article_countries

pytestmark = pytest.mark.model


def test_two_namesakes_abroad_do_not_add_a_country(nlp):
    text = ("Fighting was reported near Mogadishu on Monday. Elders in Basra and Balad said the "
            "militants had withdrawn towards Kismayo and Baidoa.")
    countries = article_countries(nlp(text))
    assert countries[:1] == ("SO",)
    assert "IQ" not in countries


def test_two_countries_with_equal_evidence_are_both_kept(nlp):
    text = "Convoys left Mosul and Kirkuk for Aleppo and Homs."
    assert set(article_countries(nlp(text))) == {"IQ", "SY"}


def _resolved(doc, text):
    from sitrep.events.context import ArticleContext, resolve_span
    from sitrep.nlp.place_reading import gazetteer

    ctx = ArticleContext(None, article_countries(doc), None, gazetteer=gazetteer())
    span = next(s for s in doc.spans["places"] if s.text == text)
    hit = resolve_span(span, ctx)
    return hit[0] if hit else None


def test_a_state_abroad_is_kept_but_a_town_namesake_is_not(nlp):
    doc = nlp("Snowbirds from Winnipeg, Saskatoon and Moose Jaw spend the winter in Florida, the paper said.")
    assert article_countries(doc)[:1] == ("CA",)
    assert _resolved(doc, "Florida").country == "US"
    doc = nlp("Troops moved from Mogadishu to Kismayo and Baidoa, then on to Basra.")
    assert _resolved(doc, "Basra") is None  # Iraq's city is no place of this Somali story


def test_demonyms_alone_do_not_locate_a_story(nlp):
    doc = nlp("An American contractor was shot dead in Fallujah on Monday.")
    place = _resolved(doc, "Fallujah")
    assert place is not None and place.country == "IQ"


def test_a_country_name_that_is_also_a_state_follows_the_towns(nlp):
    doc = nlp("Storms cut power to homes in Atlanta and Savannah, and officials across Georgia "
              "closed schools on Tuesday.")
    assert "GE" not in article_countries(doc)
    place = _resolved(doc, "Georgia")
    assert (place.country, place.precision) == ("US", "admin1")
    doc = nlp("Russian troops stayed near Gori and Tskhinvali, and Georgia protested to the UN.")
    assert article_countries(doc)[:1] == ("GE",)
    assert _resolved(doc, "Georgia").country == "GE"
    doc = nlp("Georgia and Armenia signed a trade accord on Monday.")
    assert "GE" in article_countries(doc)


def test_a_country_with_three_places_of_its_own_counts_beside_the_named_ones(nlp):
    doc = nlp("Pigs were culled at farms in Pandi, Cabanatuan and Baguio after tests. The strain "
              "was first found in Sudan and in Côte d'Ivoire decades ago.")
    countries = article_countries(doc)
    assert "PH" in countries and {"SD", "CI"} <= set(countries)
    place = _resolved(doc, "Pandi")
    assert place is not None and place.country == "PH"
