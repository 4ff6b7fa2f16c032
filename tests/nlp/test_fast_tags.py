"""The cheaper stand-ins for the model's attribute ruler and lemmatizer give the model's own
tags, parts of speech, morphology, lemmas and dependency labels, token for token."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler

from sitrep.nlp.fast_tags import CachedLemmatizer, IndexedAttributeRuler, PatternIndex, UnsupportedPattern, speed_up

TEXTS = [
    "Gunmen stormed a village near the border on Sunday, killing 12 people, officials said.",
    "I'm gonna tell you: they ain't got nothin' left, and y'all know it. Let's go!",
    "There were clashes overnight.  Police didn't say whether anyone was hurt; it's unclear.",
    "Do you have the list? He did, and she has it too. Those are the ones that were taken.",
    "C'mon on, gotta leave now\n\nThe   army's spokesman, who'd been there, gave it to me and you.",
    "Whether or not the talks resume, the ceasefire holds unless either side breaks it.",
]
ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP]


@pytest.fixture(scope="module")
def model():
    """The model as packaged."""
    from sitrep.nlp.pipeline import load_base_model

    return load_base_model("md")


@pytest.fixture(scope="module")
def faster():
    """The model with the stand-ins (sitrep's own components, which rewrite some lemmas, left out)."""
    from sitrep.nlp.pipeline import load_base_model

    nlp = load_base_model("md")
    speed_up(nlp)
    return nlp


def test_pipeline_uses_the_stand_ins(nlp):
    assert type(nlp.get_pipe("attribute_ruler")) is IndexedAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is CachedLemmatizer


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotation_as_the_model(faster, model, text):
    ours, theirs = faster(text), model(text)
    assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()
    assert [(t.lemma_, str(t.morph), t.pos_) for t in ours] == [(t.lemma_, str(t.morph), t.pos_) for t in theirs]


def test_same_annotation_when_texts_repeat(faster, model):
    """The caches (rows of token attributes, lemmas) answer as the first reading did."""
    texts = TEXTS * 2
    for ours, theirs in zip(faster.pipe(texts, batch_size=4), model.pipe(texts, batch_size=4), strict=True):
        assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()


def test_same_matches_as_the_matcher(model):
    ruler = model.get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler and type(model.get_pipe("lemmatizer")) is EnglishLemmatizer
    index = PatternIndex(ruler)
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        for doc in model.pipe(TEXTS):
            assert index.matches(doc) == ruler.match(doc)


def test_unreadable_pattern_is_refused(model):
    ruler = AttributeRuler(model.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    with pytest.raises(UnsupportedPattern):
        PatternIndex(ruler)


def test_word_list_answers_as_a_list():
    from sitrep.nlp.fast_tags import WordList

    words = ["village", "town", "camp", "town"]
    listed = WordList(words)
    assert list(listed) == words and len(listed) == 4
    assert "camp" in listed and "Camp" not in listed and "" not in listed


def test_lemmatizer_index_is_indexed_and_unchanged(faster, model):
    from sitrep.nlp.fast_tags import WordList

    ours = faster.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    theirs = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(type(ours[k]) is WordList and list(ours[k]) == theirs[k] for k in theirs)


def test_patterns_added_later_still_apply():
    from sitrep.nlp.pipeline import load_base_model

    nlp = load_base_model("md")
    speed_up(nlp)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "skirmishes"}]], {"LEMMA": "fight"})
    assert [t.lemma_ for t in nlp("Skirmishes broke out.")][0] == "fight"
