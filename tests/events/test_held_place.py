"""A place the sentence names only as what holds another of its places ("the Y town of X", "the
Y district of X", "X, a town in Y") is no place of the act when the held place is read inside it:
the event takes the held, smaller place (``place_choice._holders``). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.events.place_choice import choose_place
from sitrep.model import Article
from sitrep.nlp.sentences import group_spans

pytestmark = pytest.mark.model


def chosen(nlp, text: str) -> str | None:
    """The place chosen for the first trigger of the text's first sentence (its gazetteer name)."""
    extractor = Extractor(nlp=nlp)
    doc = extractor.nlp(extractor.new_doc(Article(id="t", text=text, published="2021-12-15")))
    ctx = extractor.context(doc, published="2021-12-15")
    trigger = next(t for t in group_spans(doc, "triggers") if t.sent.start == 0)
    place, _ = choose_place(trigger, ctx)
    return place.name if place is not None else None


@pytest.mark.parametrize("text", [
    "Fighting broke out in the Idlib town of Saraqib on Monday.",
    "Government troops shelled the Idlib town of Saraqib overnight.",
    "An air strike hit a bakery in the Idlib countryside town of Saraqib.",
])
def test_the_town_held_by_a_named_unit_is_the_place(nlp, text):
    assert chosen(nlp, text) == "Saraqib"


@pytest.mark.parametrize("text", [
    "Rebels shelled the Idlib region on Monday, and Saraqib was quiet.",
])
def test_a_unit_that_holds_nothing_named_stays_the_place(nlp, text):
    assert chosen(nlp, text) != "Saraqib"
