"""A name the gazetteer files only under a district of no places of its own means that
district's town, never a close-spelt town of another district (entries invented for these
tests)."""

from __future__ import annotations

from sitrep.geo.gazetteer import GazetteerEntry
from sitrep.geo.normalize import norm_key
from sitrep.geo.resolver import _towns_of_named_units


def _entry(i, name, kind, admin2, pop=0, lat=10.0):
    return GazetteerEntry(i, name, kind, "MX", "Guerrero", admin2, lat, -99.0, pop,
                          matched=norm_key(name), match="loose")


class _Gazetteer:
    def __init__(self, entries):
        self.entries = entries

    def lookup(self, name, **_):
        return self.entries


DISTRICT = _entry(1, "San Pedro Tolimitla", "admin2", "San Pedro Tolimitla")
OWN_TOWN = _entry(2, "San Pedro Tolimitlán", "city", "San Pedro Tolimitla", 800)
OTHER_TOWN = _entry(3, "San Pedro Yolimitla", "city", "San Pedro Yolimitla", 2400, lat=10.5)
UNFILED_TOWN = _entry(4, "San Pedro Tolimitlan", "city", None, 300, lat=10.2)


def _towns(*entries):
    gaz = _Gazetteer([DISTRICT, *entries])
    return _towns_of_named_units("San Pedro Tolimitla", norm_key("San Pedro Tolimitla"), [DISTRICT], gaz,
                                 ("city", "admin2"))


def test_a_close_spelt_town_of_another_district_is_not_the_districts_town():
    assert OTHER_TOWN not in _towns(OTHER_TOWN)
    assert _towns(OTHER_TOWN, OWN_TOWN) == [OWN_TOWN]


def test_a_town_filed_under_that_district_or_under_none_is_kept():
    assert _towns(OWN_TOWN) == [OWN_TOWN]
    assert _towns(UNFILED_TOWN) == [UNFILED_TOWN]
