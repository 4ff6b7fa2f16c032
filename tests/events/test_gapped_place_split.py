"""A territory verb told once for two places, the second in a clause that leaves the verb out
("seized X in May, and Y in June"), is one event at each place (``place_split``: the parser
joins the second place to the verb, not to the first place), each on the date of its own clause. Real pipeline, sentences written
for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, places", [
    ("Rebel fighters seized Kidal in late January, and Gao in mid-February, officials said.", {"Kidal", "Gao"}),
    ("Government troops recaptured Palmyra in March, and Raqqa in October.", {"Palmyra", "Ar Raqqah"}),
])
def test_each_place_of_a_gapped_clause_is_an_event(nlp, text, places):
    events = extract_events(text, published="2025-12-20")
    assert {e.location.name for e in events if e.location} >= places


@pytest.mark.parametrize("text, dates", [
    ("Rebel fighters seized Kidal in late January, and Gao in mid-February, officials said.",
     {"Kidal": "2025-01", "Gao": "2025-02"}),
    ("Government troops recaptured Palmyra in March, and Raqqa in October.",
     {"Palmyra": "2025-03", "Ar Raqqah": "2025-10"}),
])
def test_each_gapped_place_has_its_own_date(nlp, text, dates):
    events = extract_events(text, published="2025-12-20")
    got = {e.location.name: (e.date or "")[:7] for e in events if e.location}
    assert {k: got.get(k) for k in dates} == dates
