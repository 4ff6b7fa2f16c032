"""The Extractor: no I/O when built, one bad article never stops a batch, a bad ``published``
is a clear error."""

from __future__ import annotations

import pytest

from sitrep.errors import InputError, PublishedDateError
from sitrep.events.dating import parse_published
from sitrep.events.extractor import Extractor
from sitrep.model import Article


def test_constructor_loads_nothing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("loaded on construction")

    monkeypatch.setattr("sitrep.nlp.pipeline.load_pipeline", refuse)
    extractor = Extractor(model="sm")
    assert extractor._nlp is None and extractor._gazetteer is None and extractor._actors is None


def test_pickles_as_its_configuration():
    import pickle

    extractor = Extractor(model="sm")
    extractor.weights  # loaded services stay behind
    copy = pickle.loads(pickle.dumps(extractor))
    assert copy.model == "sm" and copy._weights is None and copy._nlp is None


def test_extractor_is_public():
    import sitrep

    assert sitrep.Extractor is Extractor
    assert all(hasattr(sitrep, name) for name in sitrep.__all__)


def test_published_must_be_a_date():
    assert parse_published(None) is None and parse_published("") is None
    assert parse_published("2024-03-04T10:00:00Z").isoformat() == "2024-03-04"
    with pytest.raises(PublishedDateError) as caught:
        parse_published("not a date")
    message = str(caught.value)
    assert isinstance(caught.value, InputError)
    assert "'not a date'" in message and "YYYY-MM-DD" in message and "\n" not in message


def test_bad_published_fails_before_parsing(monkeypatch):
    extractor = Extractor()
    with pytest.raises(PublishedDateError):
        extractor.extract(Article(id="a", text="Some text.", published="March 4th"))
    assert extractor._nlp is None


@pytest.mark.model
def test_sitrep_extract_rejects_a_bad_published():
    import sitrep

    with pytest.raises(PublishedDateError, match="not a date"):
        sitrep.extract("Rebels attacked Goma on Monday.", published="not a date")


@pytest.mark.model
def test_extract_many_yields_a_failure_and_goes_on(nlp):
    extractor = Extractor(nlp=nlp)
    articles = [Article(id="bad", text="Rebels attacked Goma on Monday.", published="soon"),
                Article(id="good", text="Rebels attacked Goma on Monday.", published="2024-03-06")]
    results = dict(extractor.extract_many(articles))
    assert isinstance(results[articles[0]], PublishedDateError)
    assert results[articles[1]] and all(e.article_id == "good" for e in results[articles[1]])


@pytest.mark.model
def test_extract_equals_events_from_doc(nlp):
    extractor = Extractor(nlp=nlp)
    article = Article(id="a1", text="Police fired tear gas at protesters in Khartoum on Sunday.", published="2024-03-05")
    assert extractor.extract(article) == extractor.events_from_doc(nlp(article.text), article)


@pytest.mark.model
def test_docs_are_freed_without_the_cycle_collector(nlp, monkeypatch):
    """The pipeline's and the rules' caches on a Doc point back at it: once its events are out,
    extract and extract_many drop them, so the Doc goes as soon as it is no longer used rather
    than at the cycle collector's next full pass."""
    import gc
    import weakref

    extractor = Extractor(nlp=nlp)
    made = []
    new_doc = extractor.new_doc

    def tracked(article):
        doc = new_doc(article)
        made.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(extractor, "new_doc", tracked)
    articles = [Article(id="a", text="Gunmen killed four villagers in Zamfara state on Tuesday.", published="2024-05-08"),
                Article(id="b", text="Crowds of traders rallied in Nairobi. Officers beat several of them with batons.", published="2024-05-09"),
                Article(id="c", text="An airstrike hit a market near Idlib, killing 12 people, medics said.",
                        published="2024-05-10")]
    gc.collect()
    gc.disable()
    try:
        events = [extractor.extract(articles[0])]
        events += [result for _, result in extractor.extract_many(articles[1:], batch_size=2)]
        alive = [ref for ref in made if ref() is not None]
    finally:
        gc.enable()
    assert len(made) == 3 and all(isinstance(found, list) and found for found in events)
    assert alive == []
