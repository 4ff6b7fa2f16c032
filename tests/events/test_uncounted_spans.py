"""A span told with no count ("weeks before the election", "months after the truce") gives no
day: the headline that tells it is the lead's event, not one of some weeks earlier."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Mayoral candidate shot dead weeks before election\n\n"
    "Gunmen shot dead a candidate for mayor in San Pedro Sula on Saturday, police said.",
    "Journalist killed months after truce\n\n"
    "Unidentified attackers killed a radio journalist in Tumaco in Colombia on Saturday, police said.",
    "Priest shot dead in Mexico months after receiving threats\n\n"
    "Gunmen shot dead a Catholic priest in Acapulco in Mexico on Saturday, church officials said.",
])
def test_uncounted_span_in_a_headline_gives_no_day(text):
    events = default_extractor().extract(Article(id="t", text=text, published="2025-10-20"))
    assert [(e.sub_event_type, e.date) for e in events] == [("attack", "2025-10-18")]
