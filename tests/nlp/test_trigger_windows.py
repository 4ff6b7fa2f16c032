"""The token Matcher of the gapped trigger phrases ("kill * civilians") runs only on the stretches
of text that begin with a lemma such a phrase begins with; it must find what it finds over the
whole Doc: at the end of a text, across a sentence boundary, with overlapping stretches."""

from __future__ import annotations

import pytest

from sitrep.nlp.triggers import NAME, _max_tokens


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead four farmers near the river late on Monday.",
        "Police said the attackers killed two worshippers. Villagers fled; gunmen killed",
        "The rebels agreed to free the prisoners and to hand over their weapons, then release captives.",
        "Troops arrested nine people during a protest. Militants released the detainees at dawn.",
        "Nothing of the kind happened in the quiet town on Sunday.",
    ],
)
def test_windows_find_what_the_whole_doc_gives(nlp, text):
    doc = nlp(text)
    tagger = nlp.get_pipe(NAME)
    starts = [t.i for t in doc if t.lemma_ in tagger.gapped_starts]
    assert sorted(tagger._gapped_matches(doc, starts)) == sorted(tagger.gapped(doc))


def test_max_tokens_of_pattern_elements():
    assert _max_tokens({"LEMMA": {"IN": ["kill"]}}) == 1
    assert _max_tokens({"OP": "{0,3}"}) == 3
    assert _max_tokens({"OP": "?"}) == 1
    assert _max_tokens({"OP": "*"}) is None
    assert _max_tokens({"OP": "{2,}"}) is None
