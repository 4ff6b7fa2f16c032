"""A day counted from an earlier act ("the next day", "a day later") that hangs on a toll verb
dates the act of the "when" clause that verb governs ("four men were killed when gunmen opened
fire"): the act is another day's, not the earlier one told again."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, day", [
    ("Gunmen shot dead a shopkeeper in San Pedro Sula on Saturday, police said. "
     "The next day, four men were killed when gunmen opened fire at a football pitch in Choloma.", "2025-10-19"),
    ("Gunmen shot dead a shopkeeper in San Pedro Sula on Saturday, police said. "
     "A day later, four men were killed when gunmen opened fire at a football pitch in Choloma.", "2025-10-19"),
    ("Gunmen shot dead a shopkeeper in San Pedro Sula on Saturday, police said. "
     "Two days later, three women died when armed men attacked a bus near Choloma.", "2025-10-20"),
])
def test_counted_day_on_the_toll_verb_dates_the_when_clause(text, day):
    events = default_extractor().extract(Article(id="t", text=text, published="2025-10-21"))
    assert sorted(e.date for e in events) == ["2025-10-18", day]
