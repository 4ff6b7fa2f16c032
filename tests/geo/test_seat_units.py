"""A name told with a unit word ("X province") where the gazetteer's unit lacks that spelling
but its seat town has it: the reading is the unit the town seats, not the town."""

from __future__ import annotations

import pytest

from sitrep.geo.resolver import resolve_place
from sitrep.nlp.place_reading import gazetteer


def _read(mention: str, country: str):
    return resolve_place(mention, context_countries=(country,), gazetteer=gazetteer())


@pytest.mark.parametrize("mention, country, unit", [
    ("Arbil province", "IQ", "Erbil Governorate"),
    ("Arbil governorate", "IQ", "Erbil Governorate"),
    ("the province of Arbil", "IQ", "Erbil Governorate"),
    ("Hasaka province", "SY", "Al-Hasakah Governorate"),
    ("Lattakia province", "SY", "Latakia Governorate"),
    ("Deir al-Zor province", "SY", "Deir ez-Zor Governorate"),
    ("Timbuktu province", "ML", "Tombouctou"),
])
def test_a_unit_word_reads_the_unit_the_town_seats(mention, country, unit):
    place = _read(mention, country)
    assert place is not None and place.name == unit
    assert place.precision in ("admin1", "region")


@pytest.mark.parametrize("mention, country, town", [
    ("Arbil", "IQ", "Erbil"),
    ("the town of Arbil", "IQ", "Erbil"),
    ("Lattakia city", "SY", "Latakia"),
    ("the Paris region", "FR", "Paris"),  # a region around a town is no sign of the unit
])
def test_without_a_unit_word_the_town_stays(mention, country, town):
    place = _read(mention, country)
    assert place is not None and place.name == town and place.precision in ("town", "region")
