"""Trigger words used in another sense: a storm that is weather, not a storming."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "The storm killed at least 40 people in the coastal town of Sur on Monday, officials said.",
    "Tropical Storm Elsa is expected to reach Jacmel late on Tuesday, bringing heavy rain.",
    "Aid convoys were stuck for days in districts hit by deadly snow storms near Faizabad.",
    "A powerful storm battered the port of Tartus on Sunday, flooding dozens of homes.",
])
def test_a_weather_storm_is_no_armed_storming(text):
    found = types(text)
    assert "armed_clash" not in found and "attack" not in found


@pytest.mark.parametrize("text", [
    "Gunmen stormed a hotel in Mogadishu on Friday, killing five guards, police said.",
    "Militants storm army base in Diffa, kill 12 soldiers",
    "Jihadists stormed the army post of Boulkessi in Mali on Tuesday and fought troops for hours.",
])
def test_a_storming_by_armed_men_stays_a_fight(text):
    assert {"armed_clash", "attack"} & set(types(text))
