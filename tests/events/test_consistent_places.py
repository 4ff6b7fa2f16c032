"""A town is dropped from a sentence's candidate places only when the sentence puts it in
another province or district than the gazetteer's namesake (``place_choice._consistent``); a
province named elsewhere in the sentence (a list, a party's name) says nothing of where the town
lies. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.context import places_in
from sitrep.events.extractor import Extractor
from sitrep.events.place_choice import _consistent
from sitrep.model import Article

pytestmark = pytest.mark.model


def kept(nlp, text: str) -> dict[str, bool]:
    """Each place of the text's first sentence -> whether it stays a candidate."""
    extractor = Extractor(nlp=nlp)
    doc = extractor.nlp(extractor.new_doc(Article(id="t", text=text, published="2021-12-15")))
    ctx = extractor.context(doc, published="2021-12-15")
    candidates = places_in(next(iter(doc.sents)), ctx)
    consistent = _consistent(candidates)
    return {span.text: (span, place, ev) in consistent for span, place, ev in candidates}


@pytest.mark.parametrize(("text", "town", "province"), [
    ("Gunmen attacked Tudun Wada village in Zamfara State on Sunday.", "Tudun Wada", "Zamfara State"),
    ("Gunmen attacked the village of Rampur in Bihar on Sunday.", "Rampur", "Bihar"),
    ("On Sunday gunmen raided Rampur village in Bihar state and killed three men.", "Rampur village", "Bihar"),
    ("Troops shelled the village of Taungoo in Sagaing region on Sunday.", "Taungoo", "Sagaing"),
])
def test_a_town_the_sentence_puts_in_another_province_is_dropped(nlp, text, town, province):
    found = kept(nlp, text)
    # the place layer may already read the town inside the province (none there: no candidate)
    assert found.get(town, False) is False and found[province] is True


@pytest.mark.parametrize(("text", "towns"), [
    ("Fighters of the Tigray People's Liberation Front captured Kombolcha on Sunday.", ["Kombolcha"]),
    ("Protesters burned tyres in Lagos State, Kano and Sokoto on Friday.", ["Kano", "Sokoto"]),
    ("Rioters looted shops in Kano, Lagos State and Sokoto on Friday.", ["Kano", "Sokoto"]),
    ("Troops killed ten militants in Maiduguri on Monday, a week after clashes in Adamawa State.", ["Maiduguri"]),
])
def test_a_province_named_elsewhere_in_the_sentence_leaves_the_town(nlp, text, towns):
    found = kept(nlp, text)
    assert all(found[t] for t in towns)
