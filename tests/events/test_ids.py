"""Event ids: derived from article, event type, place and date; unique inside an article."""

from __future__ import annotations

import pytest

from sitrep.events.ids import event_ids, identity_key, place_identity
from sitrep.model import Place


def test_place_identity_prefers_the_geonames_id_then_the_point_then_the_name():
    assert place_identity(Place("Alpha", geonames_id=7, lat=1.0, lon=2.0)) == "g7"
    assert place_identity(Place("Alpha", lat=1.004, lon=2.0)) == "1.00,2.00"
    assert place_identity(Place("Alpha  Town", country="XA")) == "XA:alpha town"
    assert place_identity(None) == "-"


def test_ids_are_unique_and_deterministic():
    town = Place("Alpha", geonames_id=7)
    keys = [identity_key("a1", "battles", town, "2024-03-04"),
            identity_key("a1", "battles", town, "2024-03-04"),
            identity_key("a1", "riots", town, "2024-03-04")]
    ids = event_ids(keys)
    assert len(set(ids)) == 3
    assert event_ids(keys) == ids
    assert event_ids(keys[:1]) == ids[:1]  # the first of a key does not depend on later events


def test_id_ignores_wording_but_not_what_the_event_is():
    town = Place("Alpha", geonames_id=7)
    [a] = event_ids([identity_key("a1", "battles", town, "2024-03-04")])
    [b] = event_ids([identity_key("a1", "battles", Place("Alpha", mention="alpha", geonames_id=7), "2024-03-04")])
    assert a == b
    for other in (identity_key("a2", "battles", town, "2024-03-04"),
                  identity_key("a1", "protests", town, "2024-03-04"),
                  identity_key("a1", "battles", Place("Beta", geonames_id=8), "2024-03-04"),
                  identity_key("a1", "battles", town, "2024-03-05")):
        assert event_ids([other]) != [a]


@pytest.mark.model
def test_ids_are_stable_when_an_unrelated_sentence_changes():
    import sitrep

    lead = "Rebels attacked an army post in Goma on Monday, killing four soldiers."
    body = "Separately, police arrested 12 people in Bukavu on Monday."
    before = sitrep.extract(f"{lead}\n\nThe weather was mild.\n\n{body}", published="2024-03-06", url="u:1")
    again = sitrep.extract(f"{lead}\n\nThe weather was mild.\n\n{body}", published="2024-03-06", url="u:1")
    after = sitrep.extract(f"{lead}\n\nThe region has long been unstable, residents say.\n\n{body}",
                           published="2024-03-06", url="u:1")
    assert len(before) == 2 and len({e.id for e in before}) == 2
    assert [e.id for e in again] == [e.id for e in before]
    assert [e.id for e in after] == [e.id for e in before]
