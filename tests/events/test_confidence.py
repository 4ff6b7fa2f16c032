"""Confidence weights: read from the packaged file, applied to a hand-built mention."""

from __future__ import annotations

from sitrep.events.confidence import ConfidenceWeights, score_confidence
from sitrep.events.mention import EventMention, Flag
from sitrep.model import Evidence, Place


def _mention(**fields) -> EventMention:
    ev = Evidence(0, 10, "0123456789")
    return EventMention("air_drone_strike", "explosions_remote_violence", sentence=ev, trigger=ev, type_evidence=ev,
                        evidence=[ev], **fields)


def test_score_is_the_sum_of_named_weights():
    w = ConfidenceWeights.load()
    town = Place("Alpha", precision="town")
    expected = w["base"] + w["specific_type"] + w["own_date"] + w["own_place"]["town"]
    assert score_confidence(_mention(location=town), w) == expected


def test_loose_date_and_no_place_lower_the_score():
    w = ConfidenceWeights.load()
    low = score_confidence(_mention(flags={Flag.DATE_FROM_PUBLICATION}), w)
    assert low == max(w["floor"], w["base"] + w["specific_type"] + w["no_place"])
