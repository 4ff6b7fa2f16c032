"""The day of an arrest told beside the deadly act it answers: a day inside that act's phrase
is the act's. Hand-written sentences, real pipeline."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article

pytestmark = pytest.mark.model

WED = "2021-03-17"  # a Wednesday


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def _events(extractor, text, published=WED):
    return extractor.extract(Article(id="t", text=text, published=published))


# A day told inside the phrase of the deadly act that an arrest answers ("suspects linked to
# Sunday's killing") dates that act, not the arrest; an arrest dated by its own words keeps it.
@pytest.mark.parametrize(("text", "attack_day"), [
    ("Soldiers detained four suspects linked to Sunday's killing of nine farmers near Mubi, the army said.",
     "2021-03-14"),
    ("A suspect was arrested over the deaths of six traders who were shot dead Monday near Mubi.", "2021-03-15"),
    ("Troops have detained a commander suspected of ordering Saturday's massacre of 20 villagers in Kalehe.",
     "2021-03-13"),
])
def test_the_day_of_the_act_an_arrest_answers_is_not_the_arrest_day(extractor, text, attack_day):
    days = {e.sub_event_type: e.date for e in _events(extractor, text)}
    assert days.get("attack") == attack_day, days
    assert "arrests" in days and days["arrests"] != attack_day, days


def test_an_arrest_dated_in_its_own_words_keeps_its_day(extractor):
    days = {e.sub_event_type: e.date for e in _events(
        extractor, "Police arrested two men on Tuesday over Sunday's killing of nine farmers near Mubi.")}
    assert days == {"arrests": "2021-03-16", "attack": "2021-03-14"}, days
