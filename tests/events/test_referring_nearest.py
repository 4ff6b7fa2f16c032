"""A retelling that refers back ("the ambush left six soldiers dead") joins the latest event of
its kind told before it, not the first one of the article (``merge.merge_mentions``): its toll
is that event's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place, toll", [
    ("Rebels attacked an army post in Kidal region on Friday, residents said.\n\nOn Sunday gunmen "
     "ambushed a supply convoy near the town of Anefis.\n\nThe army said the ambush left six soldiers dead.",
     "Kidal", 6),
    ("Insurgents attacked a military base in Borno State on Friday, residents said.\n\nOn Sunday fighters "
     "ambushed a troop convoy near the town of Damboa.\n\nThe army said the ambush left eleven soldiers dead.",
     "Damboa", 11),
    ("Jihadists attacked a gendarmerie post in the Sahel region on Friday, locals said.\n\nOn Sunday militants "
     "ambushed a supply column near the town of Djibo.\n\nThe ministry said the ambush left five gendarmes dead.",
     "Djibo", 5),
    ("Rebels attacked an army post in Kidal region on Friday, residents said.\n\nOn Sunday gunmen ambushed a "
     "supply convoy near the town of Anefis.\n\nSix soldiers died in the ambush, the army said.", "Kidal", 6),
])
def test_the_toll_of_a_retelling_goes_to_the_latest_event(text, place, toll):
    events = extract_events(text, published="2023-03-09")
    by_day = {e.date: e for e in events}
    assert by_day["2023-03-05"].fatalities.best == toll
    assert place in by_day["2023-03-05"].location.name or place in (by_day["2023-03-05"].location.mention or "")
    assert by_day["2023-03-03"].fatalities.best is None
