"""Which arrests hold people accused of an act (``captives.holds_suspects``): their arrest is an
investigation of its own, never part of the riot or lynching they are accused of."""

from __future__ import annotations

import pytest

from sitrep.events.captives import holds_suspects
from sitrep.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.model


def trigger_of(text: str, word: str):
    doc = load_pipeline()(text)
    token = next(t for t in doc if t.lower_ == word)
    return doc[token.i:token.i + 1]


@pytest.mark.parametrize("text", [
    "Police said on Friday they had arrested 14 suspects in Kano.",
    "Officers arrested three youths accused of burning the market.",
    "Detectives arrested the man behind the inflammatory video on Sunday.",
    "Two suspected ringleaders were arrested in the capital.",
])
def test_suspects_held(text):
    assert holds_suspects(trigger_of(text, "arrested"))


@pytest.mark.parametrize("text", [
    "Police arrested 40 protesters outside parliament on Friday.",
    "Some 12 people were arrested as the crowd was dispersed.",
    "Troops arrested three fighters near the border.",
])
def test_others_held(text):
    assert not holds_suspects(trigger_of(text, "arrested"))
