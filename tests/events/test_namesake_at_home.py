"""When the place layer reads a namesake abroad (a document read together can drift to another
country's namesakes), the event layer takes the place of that name inside the article's
countries, and no place when there is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.context import resolve_span
from sitrep.model import Place
from sitrep.nlp.place_reading import ArticlePlaces

pytestmark = pytest.mark.model


def read_abroad(monkeypatch, ctx, span, country: str) -> None:
    """Make the place layer read ``span`` as a town of ``country``."""
    ctx.resolved.clear()
    abroad = Place(name=span.text, mention=span.text, country=country, lat=0.0, lon=0.0, precision="town")
    monkeypatch.setattr(ArticlePlaces, "read", lambda self, s: abroad)


@pytest.mark.parametrize(("text", "name", "home", "abroad"), [
    ("Police arrested two men in Belfast on Monday, officers in Northern Ireland said. A rifle was found "
     "in Derry.", "Belfast", "GB", "US"),
    ("Riot police fired tear gas at protesters in Athens on Sunday, Greek officials said, after clashes "
     "in Thessaloniki.", "Athens", "GR", "US"),
    ("Gunmen attacked Palma in Mozambique on Wednesday. Residents fled to Pemba, officials in Cabo "
     "Delgado said.", "Palma", "MZ", "ES"),
])
def test_a_namesake_abroad_gives_way_to_the_name_at_home(span_and_context, monkeypatch, text, name, home, abroad):
    span, ctx = span_and_context(text, name, "2021-12-15")
    read_abroad(monkeypatch, ctx, span, abroad)
    found = resolve_span(span, ctx)
    assert found is not None and found[0].country == home and found[0].precision != "country"


def test_a_name_with_no_place_at_home_stays_unplaced(span_and_context, monkeypatch):
    span, ctx = span_and_context("Gunmen attacked Hamburg near Gao in Mali on Wednesday, officials in "
                                 "Timbuktu said.", "Hamburg", "2021-12-15")
    read_abroad(monkeypatch, ctx, span, "DE")
    assert resolve_span(span, ctx) is None
