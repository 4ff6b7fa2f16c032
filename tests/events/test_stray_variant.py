"""A town read only by another spelling of the text's name (a transliteration or fuzzy match, a
small namesake abroad) is no event place when it lies far from every place the article spells
as the gazetteer does (``context.stray_variant``); near them it stands. Sentences written for
these tests."""

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
    ("Gunmen killed four farmers in Degan, near Kombolcha, on Tuesday, residents of Dessie said.", "Dejen"),
    ("Militiamen looted shops in Degan and Bati overnight, officials in Kombolcha said.", "Dejen"),
    ("Resistance fighters overran an army post in Singu, north of Madaya, on Sunday.", "Shingū"),
])
def test_a_variant_far_from_the_story_is_no_event_place(nlp, text, stray):
    found = places(nlp, text)
    assert found and stray not in found


def test_a_variant_near_a_place_spelt_as_told_stands(nlp):
    assert "Igbeti" in places(nlp, "Bandits killed three farmers in Igbety on Monday, police in Saki said.")
