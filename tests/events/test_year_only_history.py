"""Year-only history ("earlier this year", "last year") is context, not a codable event (NOTES):
an event the final (learned) background flag calls background is dropped when its date is known
only to the year, while the article's own news and recalled acts dated to a month or a day stay.

Sentences written for these tests; real pipeline and shipped background model.
"""

from __future__ import annotations

import pytest

from sitrep.events.background import without_year_only_history
from sitrep.events.extractor import Extractor
from sitrep.model import Article

PUBLISHED = "2024-09-18"  # a Wednesday
LEAD = "Rebels attacked an army post near Tibu on Monday, killing three soldiers, the army said."


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def _events(extractor, text):
    return extractor.extract(Article(id="t", text=text, published=PUBLISHED))


@pytest.mark.parametrize("recalled", [
    "Fighting between the two groups drove 40,000 villagers from their homes in the border region earlier this year.",
    "Clashes between the militias drove 20,000 herders out of the Ituri hills earlier this year, aid groups said.",
    "Fighting between rival gangs drove thousands of residents out of the Cite Soleil district earlier this year.",
    "Air strikes on the province displaced about 15,000 people earlier this year, according to the UN.",
])
def test_year_only_recollection_gives_no_event(extractor, recalled):
    events = _events(extractor, f"{LEAD} {recalled}")
    assert all(e.date_precision != "year" or not e.background for e in events)
    assert any(not e.background and e.date == "2024-09-16" for e in events)


def test_filter_keeps_news_and_dated_background():
    class E:  # the filter only reads these two fields
        def __init__(self, date_precision, background):
            self.date_precision, self.background = date_precision, background
    kept = without_year_only_history([E("year", True), E("year", False), E("month", True), E("day", False)])
    assert [(e.date_precision, e.background) for e in kept] == [("year", False), ("month", True), ("day", False)]
