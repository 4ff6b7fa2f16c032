"""An arrest told in the same sentence as an act of another kind (weapons found, a grenade
attack, a kidnapping) is an arrest operation of its own: the specific act beside it does not
take it in, as only the types whose codebook ``absorbs`` lists arrests (protests, riots) do."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "Police in Mombasa, Kenya, said on Tuesday they had recovered six grenades and two pistols "
    "and apprehended eleven suspects in the Likoni area.",
    "Officers found three hand grenades in a house in Kumasi, Ghana, on Monday and arrested four men.",
    "Gunmen kidnapped a priest in Enugu, Nigeria, on Sunday, and police detained two of the kidnappers the same night.",
])
def test_arrest_beside_another_act_is_its_own_event(text):
    found = types(text)
    assert "arrests" in found
    assert len(found) >= 2
