"""The Store on both backends (SQLite file, PostgreSQL scratch database): idempotent writes,
one transaction per article, failures that keep the previous output, unique event ids,
pipeline versions, filters, migrations, and the same data giving the same snapshot."""

from __future__ import annotations

import dataclasses
import pickle
import sqlite3

import pytest

from sitrep.errors import StoreError
from sitrep.ingest import IngestFailure
from sitrep.model import Actor, Article, Event, Evidence, Fatalities, Place
from sitrep.settings import PIPELINE_VERSION
from sitrep.store import (
    MIGRATIONS,
    PostgresStore,
    SQLiteStore,
    Store,
    content_hash,
    store_from_url,
)

TEXT = (
    "At least 12 civilians were killed on Sunday when Russian jets struck Ariha. "
    "Clashes in Saraqib left 3 fighters dead. Protesters marched in Aleppo in 2019."
)
OLD = "sitrep-0.1.0"  # what every store written before pipeline revisions holds


def make_article(text: str = TEXT, **kw) -> Article:
    return Article(id=kw.pop("id", "a1"), text=text, published="2020-09-23", **kw)


def make_events(article_id: str = "a1") -> list[Event]:
    return [
        Event(
            id=f"{article_id}-e1",
            article_id=article_id,
            event_type="explosions_remote_violence",
            sub_event_type="air_drone_strike",
            date="2020-09-20",
            date_precision="day",
            location=Place("Ariha", mention="Ariha", admin1="Idlib", country="SY",
                           lat=35.8125, lon=36.6097, precision="town", geonames_id=174186),
            actor1=Actor("Military Forces of Russia", "state_forces"),
            actor2=Actor("Civilians (Syria)", "civilians"),
            fatalities=Fatalities(12, 12, None),
            injured=4,
            reported_by=("White Helmets",),
            confidence=0.812,
            evidence=(Evidence(0, 75, TEXT[0:75]),),
            field_evidence=(("fatalities", Evidence(0, 11, TEXT[0:11])),),
            flags=("date_from_weekday",),
            pipeline_version=PIPELINE_VERSION,
        ),
        Event(
            id=f"{article_id}-e2",
            article_id=article_id,
            event_type="battles",
            sub_event_type="armed_clash",
            date="2020-09-21",
            date_precision="week",
            location=Place("Saraqib", country="SY", lat=35.86, lon=36.8, precision="town"),
            actor1=Actor("Military Forces of Syria", "state_forces"),
            actor2=Actor("HTS", "rebel_group"),
            fatalities=Fatalities(3, 3, 3),
        ),
        Event(
            id=f"{article_id}-e3",
            article_id=article_id,
            event_type="protests",
            sub_event_type="peaceful_protest",
            date="2019-05-01",
            date_precision="year",
            location=Place("Aleppo", country="sy", precision="admin1"),
            actor1=Actor("Protesters (Syria)", "protesters"),
            background=True,
        ),
    ]


def stamped(events: list[Event], version: str = PIPELINE_VERSION) -> list[Event]:
    """The events as the store keeps them: each records the pipeline version."""
    return [dataclasses.replace(e, pipeline_version=e.pipeline_version or version) for e in events]


@pytest.fixture
def store(store_url):
    with store_from_url(store_url) as opened:
        yield opened


# -- URLs, lifecycle ---------------------------------------------------------------------------


def test_urls_choose_the_backend(tmp_path):
    assert isinstance(store_from_url(tmp_path / "x.db"), SQLiteStore)
    assert store_from_url("sqlite:///rel/x.db").path == "rel/x.db"
    assert store_from_url("sqlite:////abs/x.db").path == "/abs/x.db"
    for url in ("postgresql://u@h:5432/db", "postgres://u@h/db", "postgresql+psycopg://u@h/db"):
        assert isinstance(store_from_url(url), PostgresStore), url
    with pytest.raises(StoreError, match="unknown store URL scheme 'mysql'"):
        store_from_url("mysql://u@h/db")
    with pytest.raises(StoreError, match="sqlite:///relative"):
        store_from_url("sqlite://x.db")


def test_constructor_does_no_io_and_is_picklable(store_url):
    store = store_from_url(store_url)
    again = pickle.loads(pickle.dumps(store))
    assert type(again) is type(store) and again.url == store.url
    assert isinstance(store, Store)
    with pytest.raises(StoreError, match="not open"):
        store.counts()
    if isinstance(store, SQLiteStore):
        from pathlib import Path

        assert not Path(store.path).exists()


def test_unreachable_postgres_is_one_line_without_the_password():
    from sitrep.errors import StoreUnavailableError

    store = PostgresStore("postgresql://sitrep:s3cret@127.0.0.1:1/nowhere")
    with pytest.raises(StoreUnavailableError) as caught:
        store.open()
    message = str(caught.value)
    assert "\n" not in message and "s3cret" not in message
    assert "127.0.0.1:1/nowhere" in message and "server runs" in message
    assert "s3cret" not in repr(store)


# -- one article's outcome: events, failure ------------------------------------------------------


def test_write_extraction_is_idempotent(store):
    first = store.write_extraction(make_article(), make_events())
    assert first.changed and not first.notes
    snapshot = store.snapshot()
    again = store.write_extraction(make_article(), list(reversed(make_events())))
    assert not again.changed
    assert store.snapshot() == snapshot
    assert store.counts() == {"articles": 1, "events": 3, "background_events": 1,
                              "failures": 0, "warnings": 0, "failed_articles": 0}
    state = store.article_state("a1")
    assert (state.pipeline_version, state.error, state.events) == (PIPELINE_VERSION, None, 3)


def test_write_extraction_replaces_the_articles_events(store):
    store.write_extraction(make_article(), make_events())
    assert store.write_extraction(make_article(), make_events()[:1]).changed
    assert [e.id for e in store.query_events()] == ["a1-e1"]
    store.write_extraction(make_article(), [])
    assert store.counts()["events"] == 0 and store.counts()["articles"] == 1


def test_events_record_the_pipeline_version(store):
    events = make_events()
    assert events[1].pipeline_version == ""
    store.write_extraction(make_article(), events, pipeline_version="sitrep-9.9.9-r1")
    versions = {e.id: e.pipeline_version for e in store.query_events()}
    assert versions == {"a1-e1": PIPELINE_VERSION, "a1-e2": "sitrep-9.9.9-r1",
                        "a1-e3": "sitrep-9.9.9-r1"}
    assert store.article_state("a1").pipeline_version == "sitrep-9.9.9-r1"


def test_a_refused_write_changes_nothing(store):
    store.write_extraction(make_article(), make_events())
    before = store.snapshot()
    clash = dataclasses.replace(make_events()[0], article_id="a2")  # id already used by a1
    with pytest.raises(StoreError, match="already stored for another article"):
        store.write_extraction(make_article(id="a2", text="other"), [*make_events("a2"), clash])
    assert store.snapshot() == before  # not even the article row
    assert store.article_state("a2") is None
    with pytest.raises(StoreError, match="belongs to article"):
        store.write_extraction(make_article(), make_events("a9"))
    assert store.snapshot() == before


def test_failure_of_a_new_article_is_recorded_then_cleared(store):
    article = make_article()
    store.write_failure(article, "extraction failed: ValueError: boom")
    state = store.article_state("a1")
    assert state.error == "article a1: extraction failed: ValueError: boom"
    assert state.pipeline_version is None and state.events == 0
    assert state.needs_extraction(article) == "failed"
    assert store.failures() == [IngestFailure("a1", state.error)]
    store.write_failure(article, "extraction failed: ValueError: boom")  # recorded once
    assert len(store.failures()) == 1 and store.counts()["failed_articles"] == 1
    store.write_extraction(article, make_events())
    assert store.failures() == [] and store.article_state("a1").error is None
    assert store.counts()["failed_articles"] == 0


def test_failure_keeps_the_previous_output_of_the_same_text(store):
    store.write_extraction(make_article(), make_events(), pipeline_version=OLD)
    store.write_failure(make_article(), "extraction failed: RuntimeError: new pipeline broke")
    assert store.query_events() == sorted(stamped(make_events(), OLD), key=lambda e: e.date)
    state = store.article_state("a1")
    assert state.pipeline_version == OLD and state.error.endswith("new pipeline broke")


def test_failure_of_a_changed_text_drops_the_old_texts_events(store):
    store.write_extraction(make_article(), make_events())
    changed = make_article(text=TEXT + " Update: the toll rose.")
    store.write_failure(changed, "not stored: duplicate ids")
    assert store.get_article("a1") == changed
    assert store.counts()["events"] == 0
    assert store.article_state("a1").pipeline_version is None


def test_needs_extraction(store):
    article = make_article()
    assert store.article_state("a1") is None
    store.write_extraction(article, make_events())
    state = store.article_state("a1")
    assert state.needs_extraction(article) is None
    assert state.needs_extraction(make_article(text=TEXT + " x")) == "changed"
    assert state.needs_extraction(make_article(title="New headline")) == "changed"
    assert state.needs_extraction(article, "sitrep-0.1.0-r999") == "older pipeline"
    assert state.needs_extraction(article, "sitrep-0.0.9-r5") is None  # stored one is newer
    store.write_extraction(article, make_events(), pipeline_version=OLD)
    assert store.article_state("a1").needs_extraction(article) == "older pipeline"


def test_articles_to_reprocess(store):
    store.write_extraction(make_article(id="old", text="o"), [], pipeline_version=OLD)
    store.write_extraction(make_article(id="new", text="n"), [])
    store.write_extraction(make_article(id="newer", text="x"), [], pipeline_version="sitrep-99.0.0-r1")
    store.write_failure(make_article(id="bad", text="b"), "extraction failed: X")
    assert store.articles_to_reprocess() == ["bad", "old"]
    assert store.articles_to_reprocess(force=True) == ["bad", "new", "newer", "old"]
    assert [a.id for a in store.get_articles(["old", "zzz", "bad"])] == ["old", "bad"]


def test_changed_article_content_is_updated(store):
    store.write_extraction(make_article(), make_events())
    changed = make_article(text=TEXT + " Update.")
    assert store.has_article("a1", content_hash(make_article()))
    store.write_extraction(changed, make_events()[:1])
    assert not store.has_article("a1", content_hash(make_article()))
    assert store.has_article("a1", content_hash(changed)) and store.has_article("a1")
    assert store.get_article("a1") == changed
    assert store.get_article("zzz") is None


# -- unique event ids --------------------------------------------------------------------------


def _split_over_places(article_id: str = "a1") -> list[Event]:
    """One report split over three places: three events, one id (what the extractor does today)."""
    base = make_events(article_id)[0]
    return [dataclasses.replace(base, location=Place(name, country="SY", lat=lat, lon=36.6,
                                                     precision="town"))
            for name, lat in (("Ariha", 35.81), ("Saraqib", 35.86), ("Binnish", 35.95))]


def test_duplicate_ids_in_an_article_are_made_unique_deterministically(store):
    events = _split_over_places() + make_events()[1:]
    written = store.write_extraction(make_article(), events)
    ids = [e.id for e in written.events]
    assert len(set(ids)) == 5 and "a1-e1" not in ids
    assert {e.id for e in store.query_events()} == set(ids)
    assert len(written.notes) == 1 and "Ariha, Binnish, Saraqib" in written.notes[0]
    assert store.failures() == [IngestFailure("a1", written.notes[0], warning=True)]
    # the same events in another order get the same ids; nothing changes
    again = store.write_extraction(make_article(), list(reversed(events)))
    assert not again.changed and sorted(e.id for e in again.events) == sorted(ids)
    assert len(store.failures()) == 1


def test_exact_copies_are_stored_once_and_indistinguishable_events_fail(store):
    event = make_events()[0]
    written = store.write_extraction(make_article(), [event, event])
    assert [e.id for e in written.events] == ["a1-e1"] and "exact copies" in written.notes[0]
    twin = dataclasses.replace(event, fatalities=Fatalities(13))  # same id, place and date
    with pytest.raises(StoreError, match="share the id x and the same place and date"):
        store.write_extraction(make_article(id="a2", text="t2"),
                               [dataclasses.replace(event, article_id="a2", id="x"),
                                dataclasses.replace(twin, article_id="a2", id="x")])


# -- reading -----------------------------------------------------------------------------------


def test_round_trip_event_equality(store):
    store.write_extraction(make_article(), make_events())
    assert store.query_events() == sorted(stamped(make_events()), key=lambda e: e.date)


def test_query_filters(store):
    store.write_extraction(make_article(), make_events())
    store.write_extraction(make_article(id="a2", text="x"), [dataclasses.replace(
        make_events("a2")[0], location=Place("Kharkiv", country="UA", lat=50.0, lon=36.2)
    )])
    ids = lambda events: [e.id for e in events]  # noqa: E731
    assert ids(store.query_events(event_type="battles")) == ["a1-e2"]
    assert ids(store.query_events(sub_event_type="air_drone_strike")) == ["a1-e1", "a2-e1"]
    assert ids(store.query_events(country="ua")) == ["a2-e1"]
    assert ids(store.query_events(country="SY")) == ["a1-e3", "a1-e1", "a1-e2"]
    assert ids(store.query_events(date_from="2020-09-20", date_to="2020-09-20")) == [
        "a1-e1", "a2-e1"]
    assert ids(store.query_events(date_from="2020-09-21")) == ["a1-e2"]
    assert "a1-e3" not in ids(store.query_events(include_background=False))
    assert ids(store.query_events(limit=1)) == ["a1-e3"]
    assert ids(store.query_events(article_id="a2")) == ["a2-e1"]
    with pytest.raises(ValueError, match="event_type='battle' is not one of"):
        store.query_events(event_type="battle")


def test_failures_recorded_once_in_order(store):
    failure = IngestFailure("f.jsonl", "line 3 is not JSON: Expecting value", 3)
    assert store.record_failure(failure) is True
    assert store.record_failure(failure) is False
    assert store.record_failure(IngestFailure("f.jsonl", failure.reason, 4)) is True
    assert store.record_failure(IngestFailure("b.txt", "empty file")) is True
    assert store.record_failure(IngestFailure("b.txt", "empty file")) is False  # NULL line
    store.record_failure(IngestFailure("w.txt", "not UTF-8; decoded as windows-1252", None, True))
    assert store.counts()["failures"] == 3 and store.counts()["warnings"] == 1
    assert store.failures()[0] == failure
    assert [f.source for f in store.failures()] == ["f.jsonl", "f.jsonl", "b.txt", "w.txt"]
    assert len(store.failures(include_warnings=False)) == 3


# -- transactions, migrations, snapshots -------------------------------------------------------


def test_transaction_rolls_back_everything(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.write_extraction(make_article(), make_events())
            store.write_failure(make_article(id="a2", text="t"), "extraction failed: X")
            raise RuntimeError("crash mid-batch")
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    assert store.failures() == []
    store.write_extraction(make_article(), [])  # the store is usable afterwards
    assert store.counts()["articles"] == 1


def test_migrations_are_named_and_applied_once(store_url):
    with store_from_url(store_url) as store:
        store.write_extraction(make_article(), make_events())
    with store_from_url(store_url) as store:
        assert store.counts()["events"] == 3
        assert store.snapshot()["migrations"] == [(m.__name__,) for m in MIGRATIONS]
        assert [m.__name__ for m in MIGRATIONS] == ["m001_initial", "m002_pipeline_versions",
                                                   "m003_incidents", "m004_feeds", "m005_article_search",
                                                   "m006_reviews", "m007_stats_rollup",
                                                   "m008_event_points"]


def test_same_writes_give_the_same_snapshot_on_both_backends(tmp_path, postgres_url):
    pytest.importorskip("psycopg")
    snapshots = []
    for url in (str(tmp_path / "s.db"), postgres_url):
        with store_from_url(url) as store:
            store.write_extraction(make_article(), _split_over_places() + make_events()[1:])
            store.write_extraction(make_article(id="a2", text="t2"), make_events("a2")[:2],
                                   pipeline_version=OLD)
            store.write_failure(make_article(id="a3", text="t3"), "extraction failed: X")
            store.record_failure(IngestFailure("feed.jsonl", "line 2 is not JSON", 2))
            snapshots.append(store.snapshot())
            assert store.query_events() == store.query_events()  # stable order
            ordered = [e.id for e in store.query_events()]
        snapshots[-1]["order"] = ordered
    assert snapshots[0] == snapshots[1]


test_same_writes_give_the_same_snapshot_on_both_backends = pytest.mark.postgres(
    test_same_writes_give_the_same_snapshot_on_both_backends)


def test_a_store_from_before_pipeline_versions_is_migrated(tmp_path):
    """An SQLite store written by sitrep 0.1.0 (migration m001 only) opens, its articles count
    as extracted by 'sitrep-0.1.0' and are due for re-extraction."""
    from sitrep.store.migrations import SQLITE, m001_initial

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    m001_initial(conn, SQLITE)
    conn.execute("INSERT INTO migrations VALUES ('m001_initial', '2025-01-01')")
    conn.execute("INSERT INTO articles (id, text, published, content_hash, ingested_at) "
                 "VALUES ('a1', ?, '2020-09-23', ?, '2025-01-01')",
                 (TEXT, content_hash(make_article())))
    conn.close()
    with SQLiteStore(db) as store:
        state = store.article_state("a1")
        assert state.pipeline_version == OLD and state.error is None
        assert store.articles_to_reprocess() == ["a1"]
        assert state.needs_extraction(store.get_article("a1")) == "older pipeline"


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        SQLiteStore(path).open()
    with pytest.raises(StoreError, match="does not exist"):
        SQLiteStore(tmp_path / "no" / "dir.db").open()


@pytest.mark.postgres
def test_a_lost_server_connection_stops_the_batch_in_one_line(postgres_url):
    """A store that is gone is no article's fault: StoreUnavailableError, not a recorded failure."""
    import psycopg

    from sitrep.errors import StoreUnavailableError
    from sitrep.store.runs import store_results

    with store_from_url(postgres_url) as store:
        store.write_extraction(make_article(), make_events())
        pid = store.conn.info.backend_pid
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        heard = []
        with pytest.raises(StoreUnavailableError) as caught:
            store_results(store, [(make_article(id="a2", text="t2"), make_events("a2"))],
                          report=heard.append)
        assert heard == []
        message = str(caught.value)
        assert message.startswith("[E301] ") and "\n" not in message and "server runs" in message
    with store_from_url(postgres_url) as store:  # nothing of a2 was written
        assert store.article_state("a2") is None and store.counts()["articles"] == 1
