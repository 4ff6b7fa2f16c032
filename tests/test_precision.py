"""ACLED and UCDP precision codes derived from sitrep's precisions."""

from __future__ import annotations

import pytest

from sitrep.model import Event, Place
from sitrep.precision import precision_codes


@pytest.mark.parametrize(
    ("place", "date", "mention", "approx", "expected"),
    [
        ("town", "day", "Abs", False, (1, 1, 1, 1)),
        ("town", "day", "near Abs", False, (2, 1, 2, 1)),
        ("region", "week", "southern Idlib", False, (2, 2, 3, 3)),
        ("region", "week", "Kafr Nabudah", True, (2, 2, 2, 3)),
        ("admin1", "month", "Saada province", False, (3, 3, 4, 4)),
        ("country", "year", "Yemen", False, (3, 3, 6, 5)),
        (None, None, None, False, (None, None, None, None)),
    ],
)
def test_codes(place, date, mention, approx, expected):
    codes = precision_codes(place_precision=place, date_precision=date, mention=mention, approximate=approx)
    assert (codes.acled_geo_precision, codes.acled_time_precision, codes.ucdp_where_prec,
            codes.ucdp_date_prec) == expected


def test_event_dict_carries_the_codes():
    event = Event(id="e1", article_id="a1", event_type="battles", sub_event_type="armed_clash",
                  date="2024-01-02", date_precision="week",
                  location=Place("Douentza", "near Douentza", country="ML", precision="region"))
    assert event.to_dict()["precision_codes"] == {
        "acled_geo_precision": 2, "acled_time_precision": 2, "ucdp_where_prec": 2, "ucdp_date_prec": 3}
