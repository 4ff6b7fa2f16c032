"""Incidents in the store, on SQLite and PostgreSQL: incremental linking gives what a rebuild
gives, the same in any order, with a change feed; linking deletes no report."""

from __future__ import annotations

import dataclasses
import random

import pytest

from sitrep.incidents import (
    changes_since,
    incident_of,
    query_incidents,
    rebuild_incidents,
    update_incidents,
)
from sitrep.store import store_from_url

from .events import ARTICLES


def _ingest(store, order, *, one_by_one=True):
    for aid in order:
        article, events = ARTICLES[aid]
        store.write_extraction(article, events)
        if one_by_one:
            update_incidents(store, [aid])
    if not one_by_one:
        update_incidents(store)


def _state(store):
    incidents = query_incidents(store)
    links = sorted(tuple(r) for r in store._exec("SELECT event_id, incident_id FROM incident_links").fetchall())
    return [i.to_dict() for i in incidents], links


def test_incremental_linking_in_any_order_gives_the_rebuild(store_url, tmp_path):
    with store_from_url(store_url) as store:
        _ingest(store, ["a1", "a2", "a3", "a4", "a5"])
        expected = _state(store)
        assert store.counts()["events"] == 8  # linking deleted no report
        peshawar = [i for i in query_incidents(store) if i.reports == 3]
        assert len(peshawar) == 1 and peshawar[0].event_ids == ("e-a1-1", "e-a2-1", "e-a3-1")
        assert len(query_incidents(store)) == 5
        last = changes_since(store)[-1].version
        stats = rebuild_incidents(store)
        assert stats.changes == 0 and _state(store) == expected  # nothing to change
        assert changes_since(store)[-1].version == last
    for seed in range(3):
        order = sorted(ARTICLES)
        random.Random(seed).shuffle(order)
        with store_from_url(str(tmp_path / f"shuffled{seed}.db")) as other:
            _ingest(other, order, one_by_one=seed != 2)
            assert _state(other) == expected, order


def test_change_feed_records_created_merged_and_event_added(store_url):
    with store_from_url(store_url) as store:
        _ingest(store, ["a2"])  # a2's bombing is an incident of its own, first
        alone = incident_of(store, "e-a2-1")
        first = changes_since(store)
        assert [c.kind for c in first] == ["created", "event_added", "created", "event_added"]
        _ingest(store, ["a1"])  # an earlier report of it: the incident takes a1's id
        merged = incident_of(store, "e-a1-1")
        assert incident_of(store, "e-a2-1") == merged != alone
        feed = changes_since(store, first[-1].version)
        kinds = [(c.kind, c.incident_id) for c in feed]
        assert ("merged", alone) in kinds and ("created", merged) in kinds
        assert ("event_added", merged) in kinds
        versions = [c.version for c in changes_since(store)]
        assert versions == sorted(versions) and len(set(versions)) == len(versions)
        assert changes_since(store, versions[-1]) == []
        _ingest(store, ["a3"])
        assert [c.kind for c in changes_since(store, versions[-1])].count("updated") == 1


def test_a_changed_report_splits_its_incident_and_a_dropped_one_leaves_it(store_url):
    with store_from_url(store_url) as store:
        _ingest(store, ["a1", "a2", "a3"])
        whole = incident_of(store, "e-a1-1")
        before = changes_since(store)[-1].version
        article, events = ARTICLES["a2"]
        # a2 is re-extracted: its bombing is now dated a week later (a look-alike, not this one)
        moved = dataclasses.replace(events[0], date="2022-03-11")
        store.write_extraction(dataclasses.replace(article, text="corrected"), [moved, events[1]])
        update_incidents(store, ["a2"])
        assert incident_of(store, "e-a2-1") != whole == incident_of(store, "e-a3-1")
        kinds = [c.kind for c in changes_since(store, before)]
        assert {"split", "updated", "created", "event_added"} <= set(kinds)
        before = changes_since(store)[-1].version
        store.write_extraction(dataclasses.replace(article, text="retracted"), [])
        update_incidents(store)
        feed = changes_since(store, before)
        assert {(c.kind, c.event_id) for c in feed} >= {("event_removed", "e-a2-1"), ("event_removed", "e-a2-2")}
        assert incident_of(store, "e-a2-1") is None
        assert [i.reports for i in query_incidents(store) if i.id == whole] == [2]


def test_incident_filters(store_url):
    with store_from_url(store_url) as store:
        _ingest(store, sorted(ARTICLES), one_by_one=False)
        assert [i.reports for i in query_incidents(store, min_reports=2)] == [3, 2]
        assert {i.sub_event_type for i in query_incidents(store, event_type="protests")} == {"peaceful_protest"}
        assert query_incidents(store, country="af") == []
        assert len(query_incidents(store, date_from="2022-03-05", date_to="2022-03-05")) == 1


def test_changes_need_an_open_sql_store(tmp_path):
    from sitrep.errors import StoreError

    with pytest.raises(StoreError, match="not open"):
        changes_since(store_from_url(str(tmp_path / "x.db")))
