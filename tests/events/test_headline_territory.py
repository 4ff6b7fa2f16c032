"""A headline that tells two changes of ground at once ("Army says X retaken as rebels overrun
Y") is often misread; the dated statement below that tells who took the town gives the event's
sub-type and sides (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

PUBLISHED = "2024-11-24"  # a Sunday


@pytest.mark.parametrize("text, town, taker", [
    ("Sudan's army says Singa recaptured as RSF overruns garrison in Darfur\n\n"
     "Sudan's army said on Saturday it had recaptured Singa, the capital of Sennar state, after days of "
     "fighting with the Rapid Support Forces.", "Singa", "Military Forces of Sudan"),
    ("Mali army says Tessit retaken as jihadists overrun camp in Menaka\n\n"
     "Mali's army said on Saturday it had retaken Tessit from JNIM fighters after two days of fighting.",
     "Tessit", "Military Forces of Mali"),
])
def test_the_dated_statement_tells_who_took_the_town(text, town, taker):
    events = default_extractor().extract(Article(id="t", text=text, published=PUBLISHED))
    at_town = [e for e in events if e.location is not None and e.location.name == town]
    assert at_town, [(e.sub_event_type, e.location) for e in events]
    event = at_town[0]
    assert (event.sub_event_type, event.actor1.name) == ("government_regains_territory", taker)
