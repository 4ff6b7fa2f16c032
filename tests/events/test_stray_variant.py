"""A small town matched only by a spelling variant of the text's name (a transliteration key, a
fuzzy match) is no event place when it lies outside the units the article names and far from
every place it names by a known name (``context.stray_variant``); near them it stands.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def places(nlp, text: str) -> list[str]:
    extractor = Extractor(nlp=nlp)
    events = extractor.extract(Article(id="t", text=text, published="2023-05-10"))
    return [e.location.name for e in events if e.location is not None]


@pytest.mark.parametrize(("text", "stray"), [
    ("Gunmen killed four farmers in Degan and Bati on Tuesday, officials in Kombolcha said.", "Dejen"),
    ("Militiamen looted shops in Degan and Bati overnight, officials in Kombolcha said.", "Dejen"),
    ("Clashes erupted in Sitio Tubak, a village of Pikit, on Monday.", "San Isidro"),
    ("Two farmers were shot dead in Sitio Tubak, a village of Pikit town, on Monday.", "San Isidro"),
])
def test_a_variant_far_from_the_story_is_no_event_place(nlp, text, stray):
    found = places(nlp, text)
    assert found and stray not in found


def test_a_variant_near_a_place_spelt_as_told_stands(nlp):
    assert "Igbeti" in places(nlp, "Bandits killed three farmers in Igbety on Monday, police in Saki said.")
