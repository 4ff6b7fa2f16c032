"""A place name written with a tight hyphen between capitalised words ("Centre-Nord",
"Hauts-Bassins") is one name: the tokenizer splits the hyphen off, and the gazetteer tagger
must not keep only the last word ("Nord", another province). Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "name"), [
    ("A convoy was ambushed on the road to Barsalogho in the Centre-Nord region, an official said.", "Centre-Nord"),
    ("Fighting spread to the Hauts-Bassins region on Monday.", "Hauts-Bassins"),
    ("Aid workers fled to Bobo-Dioulasso in the Hauts-Bassins region after the raid.", "Hauts-Bassins"),
])
def test_a_hyphenated_province_is_tagged_whole(nlp, text, name):
    doc = nlp(text)
    texts = [p.text for p in doc.spans["places"]]
    assert any(name in t for t in texts)
    assert name.split("-")[-1] not in texts
