"""The article's home country (``ArticleContext.home_country``): the first context country its
own places are in, not a foreign force's country that the story names more often. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article
from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def context(nlp, text: str):
    extractor = Extractor(nlp=nlp)
    doc = extractor.nlp(extractor.new_doc(Article(id="t", text=text, published="2021-12-15")))
    return doc, extractor.context(doc, published="2021-12-15")


@pytest.mark.parametrize(("text", "first", "home"), [
    ("French soldiers handed over their base in Timbuktu to Malian troops on Tuesday. French officers "
     "said France would keep French advisers in the country.", "FR", "ML"),
    ("Israeli jets struck a house in Khan Younis on Monday, Palestinian medics said. Israeli officials "
     "said Israel would continue the Israeli campaign.", "IL", "PS"),
    ("Kenyan troops were attacked at their base near Kismayo on Friday. Kenyan officials said Kenya "
     "would not withdraw its Kenyan contingent from Somalia.", "KE", "SO"),
])
def test_the_home_country_is_where_the_article_places_things(nlp, text, first, home):
    doc, ctx = context(nlp, text)
    assert ctx.countries[0] == first
    assert ctx.home_country(doc) == home


def test_the_first_country_stays_home_when_its_own_places_are_named(nlp):
    doc, ctx = context(nlp, "Nigerian troops killed 12 insurgents near Maiduguri on Sunday, Nigerian officials said, "
                            "after an attack launched from Cameroon.")
    assert ctx.countries[0] == "NG" and ctx.home_country(doc) == "NG"


@pytest.mark.parametrize("text", [
    "Hamas fighters clashed with Israeli troops in Khan Younis on Sunday, Palestinian witnesses said. "
    "Israeli officials said Israeli soldiers had arrested dozens of men there in March 2020.",
    "Palestinian gunmen fought Israeli soldiers in Khan Younis on Sunday. Israeli spokesmen said "
    "Israeli forces detained 40 suspects in the area in May 2019.",
])
def test_a_recalled_act_is_not_placed_in_a_foreign_force_country(nlp, text):
    recalled = [e for e in extract_events(text, published="2021-12-15") if e.background]
    assert recalled and all(e.location.country == "PS" for e in recalled)
