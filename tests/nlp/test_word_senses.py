"""Trigger words used in another sense: a storm that is weather, not a storming; a march of armed
men that is an advance, not a protest."""

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


@pytest.mark.parametrize("text", [
    "Rebel fighters marched into the town of Bria on Sunday after government troops fled.",
    "Hundreds of mercenaries marched on Rostov in southern Russia on Saturday.",
    "The warlord called off his fighters' march on the capital Bangui on Monday.",
    "Government troops marched into Kidal in northern Mali on Tuesday.",
])
def test_a_march_by_armed_men_is_no_protest(text):
    assert "peaceful_protest" not in types(text)


@pytest.mark.parametrize("text", [
    "Thousands of students marched through the streets of Niamey on Sunday.",
    "Hundreds of women marched to the parliament in Nairobi on Tuesday to demand justice.",
    "Police officers marched through Lyon on Wednesday to demand better pay.",
])
def test_a_march_by_a_crowd_stays_a_protest(text):
    assert "peaceful_protest" in types(text)
