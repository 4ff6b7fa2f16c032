"""An aircraft that carries the wounded away ("flown by helicopter to X", "a medical helicopter
took them to Y") strikes nothing: the place it flies to is where people were taken, not where
an act happened (``inert_phrases``). Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract_events(text, published="2023-10-02")]


@pytest.mark.parametrize("text", [
    "Wounded soldiers from the garrison were flown by helicopter to Ouagadougou.",
    "The injured were evacuated by helicopter to Mopti, where doctors treated them.",
    "Three wounded gendarmes were airlifted by military helicopter to Niamey on Sunday.",
    "A medical helicopter carried the wounded to a hospital in Goma.",
])
def test_an_evacuation_flight_is_no_air_strike(nlp, text):
    assert "air_drone_strike" not in _types(text)


@pytest.mark.parametrize("text", [
    "A helicopter gunship fired on the village of Tin Aouker on Sunday, killing four people.",
    "Army helicopters struck rebel positions near Kidal on Sunday, killing 12 fighters.",
    "Wounded civilians said a helicopter had fired rockets at the market in Djibo on Sunday.",
])
def test_a_helicopter_that_fires_still_strikes(nlp, text):
    assert "air_drone_strike" in _types(text)
