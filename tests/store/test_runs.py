"""The batch loops over a store with the real spaCy pipeline, on both backends: a failing
article (in extraction or in storage) is recorded with its reason and the batch goes on;
reprocessing replaces an older pipeline's output and keeps it when re-extraction fails."""

from __future__ import annotations

import dataclasses

import pytest

from sitrep.ingest import IngestFailure
from sitrep.model import Article, Place
from sitrep.nlp.extractor import extract_articles
from sitrep.settings import PIPELINE_VERSION
from sitrep.store import store_from_url
from sitrep.store.runs import ingest_articles, reprocess_articles

from .dispatches import dispatches

pytestmark = pytest.mark.model

OLD = "sitrep-0.1.0"


def articles(n: int = 12) -> list[Article]:
    return [Article(id=r["id"], text=r["text"], published=r["published"], title=r["title"],
                    source="dispatches.jsonl") for r in dispatches(n, seed=7)]


@pytest.fixture
def store(store_url, nlp):
    with store_from_url(store_url) as opened:
        yield opened


@pytest.fixture(scope="module")
def clean(tmp_path_factory, nlp):
    """The snapshot of a clean ingest of ``articles()`` (SQLite; both backends agree)."""
    with store_from_url(tmp_path_factory.mktemp("runs") / "clean.db") as store:
        stats = ingest_articles(store, articles())
        assert (stats.stored, stats.failed) == (12, 0)
        return store.snapshot()


def failing_on(article_id: str, *, how: str):
    """The real extractor, with one article's result broken: 'raise' gives its error as the
    result, 'die' makes the extractor itself raise when it reaches the article (as an error
    inside the spaCy pipeline would), 'collide' gives it another article's event id, 'split'
    repeats its first event at another place under the same id."""
    def extract(batch):
        for article, result in extract_articles(batch):
            if article.id == article_id:
                if how == "raise":
                    result = ValueError("no parse for this text")
                elif how == "die":
                    raise RuntimeError("pipeline crashed")
                elif how == "collide":
                    result = [dataclasses.replace(result[0], id=other_event_id[0])]
                elif how == "split":
                    moved = dataclasses.replace(result[0], location=Place(
                        "Binnish", country="SY", lat=35.95, lon=36.71, precision="town"))
                    result = [result[0], moved, *result[1:]]
            elif result and not isinstance(result, Exception):
                other_event_id[:] = [result[0].id]
            yield article, result

    other_event_id: list[str] = []
    return extract


def test_an_extraction_error_is_recorded_and_the_batch_goes_on(store, clean):
    heard = []
    stats = ingest_articles(store, articles(), extract=failing_on("dispatch-0005", how="raise"),
                            report=heard.append)
    assert (stats.stored, stats.failed, stats.unchanged) == (11, 1, 0)
    failed = [o for o in heard if o.kind == "failed"]
    assert [o.message for o in failed] == [
        "dispatches.jsonl: article dispatch-0005: extraction failed: ValueError: no parse for "
        "this text"]
    state = store.article_state("dispatch-0005")
    assert state.error.endswith("ValueError: no parse for this text") and state.events == 0
    snapshot = store.snapshot()
    assert [r for r in snapshot["events"] if r[1] != "dispatch-0005"] == \
        [r for r in clean["events"] if r[1] != "dispatch-0005"]
    # the next run retries the failed article only, and then the store is the clean one
    again = ingest_articles(store, articles())
    assert (again.stored, again.unchanged, again.failed) == (1, 11, 0)
    assert store.snapshot() == clean


def test_an_extractor_that_dies_mid_batch_fails_one_article(store, clean):
    stats = ingest_articles(store, articles(), extract=failing_on("dispatch-0003", how="die"))
    assert (stats.stored, stats.failed) == (11, 1)
    assert store.article_state("dispatch-0003").error == \
        "article dispatch-0003: extraction failed: RuntimeError: pipeline crashed"
    ingest_articles(store, articles())
    assert store.snapshot() == clean


def test_a_storage_error_is_recorded_and_the_batch_goes_on(store, clean):
    heard = []
    stats = ingest_articles(store, articles(), extract=failing_on("dispatch-0008", how="collide"),
                            report=heard.append)
    assert (stats.stored, stats.failed) == (11, 1)
    (failed,) = [o for o in heard if o.kind == "failed"]
    assert failed.message.startswith("dispatches.jsonl: article dispatch-0008: not stored: ")
    assert "already stored for another article" in failed.message and "\n" not in failed.message
    assert store.article_state("dispatch-0008").events == 0
    ingest_articles(store, articles())
    assert store.snapshot() == clean


def test_one_report_split_over_places_is_stored_with_unique_ids(store):
    heard = []
    stats = ingest_articles(store, articles(), extract=failing_on("dispatch-0002", how="split"),
                            report=heard.append)
    assert (stats.stored, stats.failed, stats.warnings) == (12, 0, 1)
    (warning,) = [o for o in heard if o.kind == "warning"]
    assert "dispatch-0002" in warning.message and "Binnish" in warning.message
    ids = [e.id for e in store.query_events(article_id="dispatch-0002")]
    assert len(ids) == len(set(ids)) >= 2
    assert store.counts()["warnings"] == 1 and store.counts()["failed_articles"] == 0


def _as_if_extracted_by(store, version: str) -> None:
    """Rewrite every stored extraction as an older pipeline's: other confidences, old version."""
    for article in store.get_articles(store.articles_to_reprocess(force=True)):
        old = [dataclasses.replace(e, confidence=0.01, pipeline_version=version)
               for e in store.query_events(article_id=article.id)]
        store.write_extraction(article, old, pipeline_version=version)


def test_reprocess_replaces_an_older_pipelines_output(store, clean):
    ingest_articles(store, articles())
    _as_if_extracted_by(store, OLD)
    assert store.snapshot() != clean
    stats = reprocess_articles(store, extract=failing_on("dispatch-0004", how="raise"))
    assert (stats.stored, stats.failed, stats.unchanged) == (11, 1, 0)
    # the failed one keeps its previous output, and says why it is still old
    kept = store.query_events(article_id="dispatch-0004")
    assert kept and {e.pipeline_version for e in kept} == {OLD}
    assert {e.confidence for e in kept} == {0.01}
    state = store.article_state("dispatch-0004")
    assert state.pipeline_version == OLD and "no parse" in state.error
    assert store.articles_to_reprocess() == ["dispatch-0004"]

    stats = reprocess_articles(store)
    assert (stats.stored, stats.failed, stats.unchanged) == (1, 0, 11)
    assert store.snapshot() == clean
    assert reprocess_articles(store).stored == 0
    assert reprocess_articles(store, force=True).stored == 12
    assert store.snapshot() == clean


def test_ingest_under_a_new_pipeline_version_is_not_unchanged(store, clean):
    assert ingest_articles(store, articles()).stored == 12
    assert ingest_articles(store, articles()).unchanged == 12
    newer = "sitrep-0.1.0-r999"
    assert ingest_articles(store, articles(), pipeline_version=newer).stored == 12
    assert {s.pipeline_version for s in map(store.article_state, [a.id for a in articles()])} \
        == {newer}
    # an extraction by a newer pipeline than the running one stands
    assert ingest_articles(store, articles()).unchanged == 12
    assert ingest_articles(store, articles(), pipeline_version=PIPELINE_VERSION, extract=None) \
        .unchanged == 12


def test_a_changed_text_is_extracted_again(store, clean):
    ingest_articles(store, articles())
    changed = [dataclasses.replace(a, text=a.text + "\nUpdate: the toll rose.\n")
               if a.id == "dispatch-0001" else a for a in articles()]
    stats = ingest_articles(store, changed)
    assert (stats.stored, stats.unchanged) == (1, 11)
    assert store.get_article("dispatch-0001").text.endswith("the toll rose.\n")


def test_input_failures_are_recorded_and_reported(store):
    bad = IngestFailure("feed.jsonl", "line 2 is not JSON: Expecting value", 2)
    note = IngestFailure("old.txt", "not UTF-8; decoded as windows-1252", warning=True)
    heard = []
    stats = ingest_articles(store, [bad, *articles(2), note], report=heard.append)
    assert (stats.stored, stats.failed, stats.warnings) == (2, 1, 1)
    assert [o.message for o in heard if o.kind != "stored"] == [
        "feed.jsonl:2: line 2 is not JSON: Expecting value",
        "old.txt: not UTF-8; decoded as windows-1252",
    ]
    assert store.failures() == [bad, note]
