"""sitrep's spaCy components: registered under versioned names, in the pipeline in order, and
each leaving its annotations on the Doc (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from sitrep.events.extractor import Extractor
from sitrep.model import Article
from sitrep.nlp.arguments import sentence_sources
from sitrep.nlp.casualties import sentence_casualties
from sitrep.nlp.dates import DatesMissingError, anchor_relative, date_mentions, relative_anchor
from sitrep.nlp.pipeline import SITREP_COMPONENTS
from sitrep.nlp.sentences import sentences
from sitrep.nlp.triggers import AnnotationMissingError

pytestmark = pytest.mark.model

WED = dt.date(2021, 3, 17)  # a Wednesday


def read(nlp, text: str, published: dt.date | None = WED):
    """The Doc of ``text`` with its publication day set before the pipeline runs."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def test_components_have_versioned_names_and_run_in_order(nlp):
    assert all(re.fullmatch(r"sitrep_[a-z]+_v[0-9]+", name) for name in SITREP_COMPONENTS)
    assert all(Language.has_factory(name) for name in SITREP_COMPONENTS)
    assert not any(Language.has_factory(old) for old in ("sitrep_paragraphs", "sitrep_places", "sitrep_triggers",
                                                         "sitrep_paragraphs_v1"))
    names = nlp.pipe_names
    assert [n for n in names if n.startswith("sitrep_")] == list(SITREP_COMPONENTS)
    assert names.index(SITREP_COMPONENTS[0]) < names.index("parser") < names.index(SITREP_COMPONENTS[1])


@pytest.mark.parametrize("text, words, day", [
    ("Gunmen raided a police post on Monday night.", "on Monday night", "2021-03-15"),
    ("A convoy was ambushed yesterday near the border.", "yesterday", "2021-03-16"),
    ("Two markets were shelled on Sunday, residents said.", "on Sunday", "2021-03-14"),
    ("The rebels seized the airport on March 2.", "March 2", "2021-03-02"),
])
def test_dates_are_resolved_against_the_publication_day(nlp, text, words, day):
    doc = read(nlp, text)
    found = [(m.text, m.date) for s in sentences(doc) for m in date_mentions(s)]
    assert found == [(words, day)]
    assert doc._.reference_date is None


def test_every_sentence_carries_its_date_mentions(nlp):
    doc = read(nlp, "Troops arrived in the valley.\nOn Tuesday a mortar round hit the market. "
                    "Fighting resumed last week.")
    got = [[m.text for m in s._.date_mentions] for s in sentences(doc)]
    assert got == [[], ["On Tuesday"], ["last week"]]


@pytest.mark.parametrize("text", [
    "KANDAHAR, March 16 (Reuters) -- A roadside bomb struck a bus on Tuesday.",
    "GAO, March 16 (AFP) - Militants attacked an army camp on Tuesday.",
])
def test_the_dispatch_date_is_marked(nlp, text):
    doc = read(nlp, text)
    assert doc._.dateline is not None and doc._.dateline.date == "2021-03-16"
    found = {m.text: m.dateline for s in sentences(doc) for m in date_mentions(s)}
    assert found == {"March 16": True, "on Tuesday": False}


@pytest.mark.parametrize("text", [
    "Gunmen raided a police post on Monday night.",
    "Militias torched a village yesterday.",
    "\nArtillery hit the port last week.",
])
def test_without_a_publication_day_relative_dates_stay_unresolved(nlp, text):
    doc = read(nlp, text, published=None)
    assert [m for s in sentences(doc) for m in date_mentions(s)] == []
    assert doc._.reference_date is None and doc._.dateline is None


def test_without_a_publication_day_explicit_dates_anchor_the_rest(nlp):
    doc = read(nlp, "The statement was issued on Friday, June 4, 2021. Rebels had shelled the town on Wednesday.",
               published=None)
    assert doc._.reference_date == dt.date(2021, 6, 4)
    found = [(m.text, m.date) for s in sentences(doc) for m in date_mentions(s)]
    assert found == [("Friday, June 4, 2021", "2021-06-04"), ("on Wednesday", "2021-06-02")]


def test_relative_anchor_reads_the_lede_date(nlp):
    doc = read(nlp, "Insurgents stormed a checkpoint on Monday, the ministry said on Tuesday. "
                    "The assault came three days after a car bomb killed two guards.")
    second = sentences(doc)[1]
    anchor = relative_anchor(doc, second.start_char)
    assert anchor == dt.date(2021, 3, 15)
    relative = [m for m in date_mentions(second) if m.relative][0]
    assert anchor_relative(relative, anchor).date == "2021-03-12"
    assert relative_anchor(doc, 0) is None


def test_a_doc_without_the_date_component_says_so(nlp):
    with nlp.select_pipes(disable=[n for n in SITREP_COMPONENTS[3:]]):
        doc = nlp("Rebels attacked the town on Monday.")
    with pytest.raises(DatesMissingError):
        date_mentions(sentences(doc)[0])


@pytest.mark.parametrize("text, killed, injured", [
    ("A suicide bomber killed nine worshippers and wounded 20 at a mosque.", 9, 20),
    ("Eleven soldiers died when their truck hit a mine.", 11, None),
    ("The shelling left four people dead and dozens hurt.", 4, None),
])
def test_sentences_with_a_trigger_carry_their_casualties(nlp, text, killed, injured):
    doc = read(nlp, "The weather was mild that week. " + text)
    quiet, told = sentences(doc)
    assert quiet._.casualties is None
    found = sentence_casualties(told)
    assert (found.killed.best, found.injured) == (killed, injured)
    assert found.killed_evidence is not None and found.killed_evidence.text in text


@pytest.mark.parametrize("after", [
    "No casualties were reported.",
    "Officials said nobody was killed.",
])
def test_a_next_sentence_without_casualties_gives_zero(nlp, after):
    doc = read(nlp, f"Rockets struck an army base near the airport. {after}")
    assert sentence_casualties(sentences(doc)[0]).killed.best == 0


def test_a_sentence_without_a_trigger_has_no_casualties_or_sources(nlp):
    doc = read(nlp, "The weather was mild that week.")
    with pytest.raises(AnnotationMissingError):
        sentence_casualties(sentences(doc)[0])
    with pytest.raises(AnnotationMissingError):
        sentence_sources(sentences(doc)[0])


@pytest.mark.parametrize("text, source", [
    ("Gunmen killed three farmers, a police spokesman said.", "a police spokesman"),
    ("According to local officials, militants burned a school.", "local officials"),
    ("The army said troops repelled an attack on the base.", "The army"),
])
def test_sentences_with_a_trigger_carry_their_sources(nlp, text, source):
    doc = read(nlp, text)
    assert [name for name, _ in sentence_sources(sentences(doc)[0])] == [source]


def test_extractor_reads_docs_with_their_publication_day(nlp):
    extractor = Extractor(nlp=nlp)
    article = Article(id="c1", text="Rebels shelled the market of Goma on Monday.", published="2021-03-17")
    doc = extractor.new_doc(article)
    assert doc._.published == WED and not doc.has_annotation("DEP")
    events = extractor.extract(article)
    assert [e.date for e in events] == ["2021-03-15"]
    # a Doc read without the day (nlp(text)) has its dates read again against the article's
    assert extractor.events_from_doc(nlp(article.text), article) == events
    undated = extractor.events_from_doc(nlp(article.text), Article(id="c1", text=article.text))
    assert [e.date for e in undated] == [None]


def test_extract_many_streams(nlp):
    """Docs are made one by one as the pipeline asks for them: an endless stream of articles
    yields its first events after one batch."""
    import itertools

    extractor = Extractor(nlp=nlp)
    endless = (Article(id=f"s{i}", text="Troops clashed with rebels near Goma on Tuesday.", published="2021-03-17")
               for i in itertools.count())
    article, events = next(extractor.extract_many(endless, batch_size=2))
    assert article.id == "s0" and [e.date for e in events] == ["2021-03-16"]
