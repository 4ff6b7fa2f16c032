"""An attack named as what an anniversary, a commemoration or a memorial is of ('the tenth anniversary
of the school massacre', 'commemorated the bombing') is history recalled, not an act of the day; the
same attack told with its own date stays a (background) event."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2026-03-16")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands gathered in the city on Monday to mark the 38th anniversary of the chemical attack on Halabja.",
    "Parents commemorated the massacre at the Army Public School in Peshawar on Tuesday.",
    "Hundreds attended a memorial for the victims of the suicide bombing in Kabul on Sunday.",
    "Survivors laid wreaths in Srebrenica on Friday in remembrance of the killings.",
])
def test_commemorated_attack_is_no_event_of_the_day(text):
    assert _types(text) == []


@pytest.mark.model
def test_the_recalled_attack_with_its_own_date_stays_an_event():
    text = "Government jets dropped nerve gas on Halabja on March 16, 1988, killing 5,000 people."
    assert "chemical_weapon" in _types(text)
