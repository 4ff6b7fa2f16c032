"""A village read as a namesake in a country where the article names no other place below
country level, while its other places lie in one other country, is not where the story's event
happened, even when that country is among the article's countries (named as a party, or put
there by the namesake itself). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.context import resolve_span
from sitrep.model import Place
from sitrep.nlp.place_reading import ArticlePlaces

pytestmark = pytest.mark.model


def read_abroad(monkeypatch, ctx, span, country: str, at: tuple[float, float] = (1.0, 1.0)) -> None:
    """Make the place layer read ``span`` (only it) as a small town of ``country`` at ``at``."""
    ctx.resolved.clear()
    abroad = Place(name=span.text, mention=span.text, country=country, lat=at[0], lon=at[1], precision="town")
    read = ArticlePlaces.read
    monkeypatch.setattr(ArticlePlaces, "read",
                        lambda self, s: abroad if (s.start, s.end) == (span.start, span.end) else read(self, s))


@pytest.mark.parametrize(("text", "name", "abroad"), [
    ("Turkish-backed fighters shelled Manbij and Raqqa on Monday, and a drone struck the village of "
     "Karpovka, the monitor said. Russia called for calm.", "Karpovka", "RU"),
    ("Militants stormed Afgooye and Wanlaweyn in Somalia on Friday before they raided the village of Oldenmark, elders said. "
     "Kenya condemned the raid.", "Oldenmark", "KE"),
    ("Gunmen killed nine villagers in Gusau and Tsafe on Sunday and burned houses in Valdoria, police "
     "in Nigeria said. Officials in Niger closed the border.", "Valdoria", "NE"),
])
def test_a_lone_namesake_abroad_is_not_the_place(span_and_context, monkeypatch, text, name, abroad):
    span, ctx = span_and_context(text, name)
    assert abroad in ctx.countries
    read_abroad(monkeypatch, ctx, span, abroad)
    found = resolve_span(span, ctx)
    assert found is None or found[0].country != abroad


@pytest.mark.parametrize(("text", "name", "abroad"), [
    ("Troops shelled Manbij and Raqqa on Monday, while a missile was tested at Karpovka in Russia, "
     "the ministry said.", "Karpovka", "RU"),
    ("Militants stormed Afgooye and Wanlaweyn on Friday. In Kenya, police raided the village of Oldenmark and "
     "Mandera.", "Oldenmark", "KE"),
])
def test_a_namesake_abroad_with_its_country_in_the_sentence_or_a_neighbour_stays(span_and_context, monkeypatch, text,
                                                                                 name, abroad):
    span, ctx = span_and_context(text, name)
    read_abroad(monkeypatch, ctx, span, abroad)
    found = resolve_span(span, ctx)
    assert found is not None and found[0].country == abroad


@pytest.mark.parametrize(("text", "name", "abroad", "at"), [
    ("Drones struck Kharkiv and Izium on Monday, and shelling later hit Krasnoyarovka, officials said. Russia "
     "blamed Kyiv.", "Krasnoyarovka", "RU", (50.6, 36.6)),
    ("Gunmen attacked Maiduguri and Bama on Friday before they crossed the border to raid the village of Kolomari, residents said. "
     "Cameroon sent troops.", "Kolomari", "CM", (11.0, 14.2)),
    ("Israeli jets struck Khan Younis and Rafah on Tuesday, and a rocket fell on the village of Nahalat Ezra, the army "
     "said. Israel vowed to respond.", "Nahalat Ezra", "IL", (31.4, 34.5)),
])
def test_a_town_across_the_border_from_the_story_stays(span_and_context, monkeypatch, text, name, abroad, at):
    span, ctx = span_and_context(text, name)
    read_abroad(monkeypatch, ctx, span, abroad, at)
    found = resolve_span(span, ctx)
    assert found is not None and found[0].country == abroad
