"""A district named with its unit ending ("X Local Government Area", "X LGA") is that unit,
even when it lies far from the only other place the article names (its state, placed at the
state capital): the whole name is the unit's own, not a longer name the gazetteer lacks that
merely contains a namesake. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.events.context import resolve_span

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "name", "unit"), [
    ("Gunmen shot dead eleven farmers in Faskari Local Government Area of Katsina State on Sunday, police said.",
     "Faskari Local Government Area", "Faskari"),
    ("Bandits raided a hamlet in Bakori Local Government Area of Katsina State late on Friday, killing four people.",
     "Bakori Local Government Area", "Bakori"),
    ("Three vigilantes were killed when bandits stormed a market in Kankara Local Government Area, Katsina State, "
     "on Tuesday.", "Kankara Local Government Area", "Kankara"),
])
def test_a_unit_named_with_its_ending_is_the_unit(span_and_context, text, name, unit):
    span, ctx = span_and_context(text, name, "2026-01-21")
    found = resolve_span(span, ctx)
    assert found is not None and found[0].name == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("Gunmen shot dead eleven farmers in Faskari Local Government Area of Katsina State on Sunday, police said.",
     "Faskari"),
    ("Bandits raided a hamlet in Bakori Local Government Area of Katsina State late on Friday, killing four people.",
     "Bakori"),
])
def test_the_event_is_placed_in_the_unit_not_the_state(text, unit):
    events = sitrep.extract(text, published="2026-01-21")
    assert events and events[0].location is not None and events[0].location.name == unit
