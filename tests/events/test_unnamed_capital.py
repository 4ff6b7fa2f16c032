"""A capital told without its name ("in the capital", "the Chadian capital") is the place of an act
told in its sentence: the capital of the country the text is about at that point, the seat of
government where that is not the official capital (``sitrep/geo/data/seat_capitals.tsv``).
Another capital ("the provincial capital"), a named one ("the capital, X"), a landmark ("a town
near the capital") and money ("venture capital") are none (``events.place_capital``). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.events.place_capital import capital_spans
from sitrep.geo.capitals import capital_of
from sitrep.model import Article

pytestmark = pytest.mark.model


def places(nlp, text: str) -> list[tuple[str, str | None]]:
    """(sub-event type, place name) of each event extracted from the text."""
    extractor = Extractor(nlp=nlp)
    events = extractor.extract(Article(id="t", text=text, published="2024-05-02"))
    return [(e.sub_event_type, e.location.name if e.location else None) for e in events]


@pytest.mark.parametrize(("text", "capital"), [
    ("Protests spread across Kenya on Tuesday. In the capital, police fired tear gas at hundreds "
     "of demonstrators who had blocked roads.", "Nairobi"),
    ("Opposition supporters marched in several towns of Ghana on Monday. Two people were killed "
     "when police opened fire on marchers in the capital.", "Accra"),
    ("Security forces shot dead four protesters in the Chadian capital on Wednesday.", "N'Djamena"),
    ("Unrest returned to Bolivia this week. Police fired tear gas at miners who marched through "
     "the capital on Thursday.", "La Paz"),
])
def test_the_capital_of_the_country_told_is_the_place(nlp, text, capital):
    assert capital in [name for _, name in places(nlp, text)]


def test_the_country_at_that_point_not_the_first_one(nlp):
    text = ("Rebels attacked an army post in northern Mali on Monday, killing six soldiers.\n\n"
            "In Niger, gunmen opened fire on a market in the capital on Tuesday, killing three traders.")
    assert "Niamey" in [name for _, name in places(nlp, text)]


@pytest.mark.parametrize("text", [
    "Fighting broke out in the provincial capital on Monday.",
    "Gunmen attacked the capital, Bamako, on Monday.",
    "A car bomb exploded in a town near the capital on Saturday.",
    "The firm raised venture capital last year.",
    "The capital of the province was shelled on Monday.",
])
def test_no_unnamed_capital(nlp, text):
    extractor = Extractor(nlp=nlp)
    doc = extractor.nlp(extractor.new_doc(Article(id="t", text=text, published="2024-05-02")))
    assert capital_spans(doc) == []


def test_seat_of_government_before_official_capital():
    from sitrep.nlp.place_reading import gazetteer

    assert capital_of("BI", gazetteer()).name == "Bujumbura"
    assert capital_of("CI", gazetteer()).name == "Abidjan"
    assert capital_of("KE", gazetteer()).name == "Nairobi"
