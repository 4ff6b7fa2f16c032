"""Confidence reliability table (sitrep.eval.reliability): binning arithmetic on hand-built events."""

from __future__ import annotations

import pytest

from sitrep.eval.matching import match_article
from sitrep.eval.metrics import score
from sitrep.eval.reliability import BIN_EDGES, format_reliability, reliability


def ev(day: int, conf=None, lat: float = 15.46) -> dict:
    event = {
        "event_type": "battles",
        "sub_event_type": "armed_clash",
        "date": f"2020-09-{day:02d}",
        "date_precision": "day",
        "location": {"name": "P", "country": "YE", "lat": lat, "lon": 45.32, "precision": "town"},
    }
    if conf is not None:
        event["confidence"] = conf
    return event


def test_bins_edges_and_key_figure():
    # gold events on days 1..6; system events on the same days match, day 20+ never match
    gold = [ev(d) for d in range(1, 7)]
    system = [
        ev(1, 0.2), ev(20, 0.49),          # [0.0, 0.5): 2 events, 1 matched
        ev(2, 0.5),                        # [0.5, 0.6): edge goes up
        ev(22, 0.79),                      # [0.7, 0.8)
        ev(3, 0.8), ev(24, 0.85),          # [0.8, 0.9): 2, 1 matched
        ev(4, 0.9), ev(5, 1.0), ev(26, 0.95),  # [0.9, 1.0]: 1.0 is in the last (closed) bin
        ev(6), ev(28, "high"), ev(27, 1.5),  # no usable confidence: 3, 1 matched
    ]
    rel = reliability([match_article(gold, system, "a")])
    counts = [(b.label, b.count, b.matched) for b in rel.bins]
    assert counts == [
        ("[0.0, 0.5)", 2, 1),
        ("[0.5, 0.6)", 1, 1),
        ("[0.6, 0.7)", 0, 0),
        ("[0.7, 0.8)", 1, 0),
        ("[0.8, 0.9)", 2, 1),
        ("[0.9, 1.0]", 3, 2),
    ]
    assert (rel.missing, rel.missing_matched) == (3, 1)
    assert (rel.total, rel.total_matched) == (12, 6)
    assert rel.bins[0].share_matched == 0.5 and rel.bins[2].share_matched is None
    assert (rel.high_count, rel.high_matched) == (5, 3)
    assert rel.high_precision == pytest.approx(0.6)
    assert len(rel.bins) == len(BIN_EDGES)


def test_to_dict_and_text():
    gold = [ev(1), ev(2)]
    system = [ev(1, 0.95), ev(2, 0.65), ev(25, 0.91)]
    rel = reliability([match_article(gold, system, "a")])
    data = rel.to_dict()
    assert data["system_events"] == 3 and data["matched"] == 2
    assert data["high_confidence"] == {"threshold": 0.8, "count": 2, "matched": 1, "precision": 0.5}
    assert data["bins"][5] == {"bin": "[0.9, 1.0]", "low": 0.9, "high": 1.0, "count": 2, "matched": 1,
                               "share_matched": 0.5}
    assert data["no_confidence"] == {"count": 0, "matched": 0}
    text = format_reliability(rel)
    assert text.startswith("Confidence reliability (all events)")
    assert text.endswith("events with confidence >= 0.8: 2, precision 0.500")
    assert "no confidence" not in text  # the row only appears when some event lacks a confidence


def test_empty_and_articles_summed():
    rel = reliability([])
    assert rel.total == 0 and rel.high_precision is None
    assert format_reliability(rel).endswith("events with confidence >= 0.8: 0, precision n/a")
    # summed over articles; system events of articles absent from the gold are ignored by score()
    gold = [{"id": "a", "events": [ev(1)]}, {"id": "b", "events": [ev(1)]}]
    system = {"a": [ev(1, 0.9)], "b": [ev(9, 0.9)], "zzz": [ev(1, 0.9)]}
    rel = reliability(score(gold, system).matches)
    assert (rel.high_count, rel.high_matched, rel.total) == (2, 1, 2)
