"""SQLiteStore: idempotent writes, filters, failures, migrations, reopening."""

from __future__ import annotations

import dataclasses
import pickle
import sqlite3

import pytest

from sitrep.errors import StoreError
from sitrep.ingest import IngestFailure
from sitrep.model import Actor, Article, Event, Evidence, Fatalities, Place
from sitrep.store import MIGRATIONS, SQLiteStore, Store, content_hash

TEXT = (
    "At least 12 civilians were killed on Sunday when Russian jets struck Ariha. "
    "Clashes in Saraqib left 3 fighters dead. Protesters marched in Aleppo in 2019."
)


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
            pipeline_version="sitrep-0.1.0",
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


@pytest.fixture
def store(tmp_path):
    with SQLiteStore(tmp_path / "s.db") as opened:
        yield opened


def dump(db) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("articles", "events", "failures", "migrations")}
    finally:
        conn.close()


def test_constructor_does_no_io_and_is_picklable(tmp_path):
    store = SQLiteStore(tmp_path / "never.db")
    assert not (tmp_path / "never.db").exists()
    assert pickle.loads(pickle.dumps(store)).path == store.path
    assert isinstance(store, Store)
    with pytest.raises(StoreError, match="not open"):
        store.counts()


def test_idempotent_writes(tmp_path):
    db = tmp_path / "s.db"
    with SQLiteStore(db) as store:
        assert store.add_article(make_article()) is True
        assert store.add_events("a1", make_events()) is True
        store.record_failure(IngestFailure("bad.txt", "empty file"))
    first = dump(db)
    with SQLiteStore(db) as store:
        assert store.add_article(make_article()) is False
        assert store.add_events("a1", make_events()) is False
        assert store.add_events("a1", list(reversed(make_events()))) is False
        assert store.record_failure(IngestFailure("bad.txt", "empty file")) is False
        assert store.counts() == {"articles": 1, "events": 3, "background_events": 1,
                                  "failures": 1, "warnings": 0}
    assert dump(db) == first


def test_add_events_replaces_the_articles_events(store):
    store.add_article(make_article())
    store.add_events("a1", make_events())
    assert store.add_events("a1", make_events()[:1]) is True
    assert [e.id for e in store.query_events()] == ["a1-e1"]
    store.add_events("a1", [])
    assert store.counts()["events"] == 0


def test_add_events_is_atomic(store):
    store.add_article(make_article())
    store.add_events("a1", make_events())
    store.add_article(make_article(id="a2", text="other"))
    clash = dataclasses.replace(make_events()[0], article_id="a2")  # id already used by a1
    with pytest.raises(StoreError, match="already stored for another article"):
        store.add_events("a2", [*make_events("a2"), clash])
    assert store.counts()["events"] == 3
    assert {e.article_id for e in store.query_events()} == {"a1"}


def test_add_events_checks_the_article(store):
    with pytest.raises(StoreError, match="add_article"):
        store.add_events("nope", make_events("nope"))
    store.add_article(make_article())
    with pytest.raises(StoreError, match="belongs to article"):
        store.add_events("a1", make_events("a9"))


def test_changed_article_content_is_updated(store):
    store.add_article(make_article())
    changed = make_article(text=TEXT + " Update.")
    assert store.has_article("a1", content_hash(make_article()))
    assert store.add_article(changed) is True
    assert not store.has_article("a1", content_hash(make_article()))
    assert store.has_article("a1", content_hash(changed)) and store.has_article("a1")
    assert store.get_article("a1") == changed
    assert store.get_article("zzz") is None


def test_round_trip_event_equality(store):
    store.add_article(make_article())
    events = make_events()
    store.add_events("a1", events)
    assert store.query_events() == sorted(events, key=lambda e: e.date)


def test_query_filters(store):
    store.add_article(make_article())
    store.add_events("a1", make_events())
    store.add_article(make_article(id="a2", text="x"))
    store.add_events("a2", [dataclasses.replace(
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
    with pytest.raises(ValueError, match="event_type='battle' is not one of"):
        store.query_events(event_type="battle")


def test_failures_recorded_once(store):
    failure = IngestFailure("f.jsonl", "line 3 is not JSON: Expecting value", 3)
    assert store.record_failure(failure) is True
    assert store.record_failure(failure) is False
    assert store.record_failure(IngestFailure("f.jsonl", failure.reason, 4)) is True
    assert store.record_failure(IngestFailure("b.txt", "empty file")) is True
    assert store.record_failure(IngestFailure("b.txt", "empty file")) is False  # NULL line
    store.record_failure(IngestFailure("w.txt", "not UTF-8; decoded as windows-1252", None, True))
    assert store.counts()["failures"] == 3 and store.counts()["warnings"] == 1
    assert store.failures()[0] == failure
    assert len(store.failures(include_warnings=False)) == 3


def test_migrations_applied_once_and_reopen_keeps_data(tmp_path):
    db = tmp_path / "s.db"
    with SQLiteStore(db) as store:
        store.add_article(make_article())
        store.add_events("a1", make_events())
    with SQLiteStore(db) as store:
        assert store.counts()["events"] == 3
        assert store.query_events() == sorted(make_events(), key=lambda e: e.date)
    rows = dump(db)["migrations"]
    assert [r[0] for r in rows] == [m.__name__ for m in MIGRATIONS]


def test_transaction_rolls_back_everything(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_article(make_article())
            store.add_events("a1", make_events())
            raise RuntimeError("crash mid-batch")
    assert store.counts()["articles"] == 0 and store.counts()["events"] == 0
    store.add_article(make_article())  # the store is usable afterwards
    assert store.counts()["articles"] == 1


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open store"):
        SQLiteStore(path).open()
    with pytest.raises(StoreError, match="does not exist"):
        SQLiteStore(tmp_path / "no" / "dir.db").open()


def test_ingest_batch_into_store_records_failures_with_lines(tmp_path):
    import json

    from sitrep.ingest import read_inputs

    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join([json.dumps({"id": "j1", "text": TEXT}), "not json",
                   json.dumps({"id": "j3", "text": TEXT + " 2"})]) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.db"
    snapshots = []
    for _ in range(2):  # the second run changes nothing
        with SQLiteStore(db) as store:
            for item in read_inputs([batch]):
                if isinstance(item, Article):
                    store.add_article(item)
                else:
                    store.record_failure(item)
        snapshots.append(dump(db))
    assert snapshots[0] == snapshots[1]
    with SQLiteStore(db) as store:
        assert store.counts()["articles"] == 2
        assert store.failures() == [
            IngestFailure(str(batch), "line 2 is not JSON: Expecting value", 2)
        ]
