"""A dispatch's dateline with or without an outlet tag ("KORO, Mali, March 4 -", "KORO (Wirenews)
-", "Koro, Mali – ") is split from the lead (``sitrep_paragraphs_v2``), so the lead's act is read;
the event keeps the place and day the lead names (the dateline's city is the reporter's, its date
the telling's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

RAID = "Gunmen on motorbikes killed seven villagers in Bankass on Sunday, a local official said."
CLASH = "Clashes between army troops and insurgents left 11 fighters dead near Palmyra on Friday, a monitor said."
FIGHT = "Fighting between rival militias killed nine people in Baidoa on Saturday, elders said."


@pytest.mark.parametrize("dateline, lead, published, sub_type, place, day, toll", [
    ("MOPTI, Mali, March 4 - ", RAID, "2024-03-04", "attack", "Bankass", "2024-03-03", 7),
    ("MOPTI, Mali, March 4 – ", RAID, "2024-03-04", "attack", "Bankass", "2024-03-03", 7),
    ("MOPTI, March 4 - ", RAID, "2024-03-04", "attack", "Bankass", "2024-03-03", 7),
    ("MOPTI, 4 March - ", RAID, "2024-03-04", "attack", "Bankass", "2024-03-03", 7),
    ("HOMS, Syria, June 9 - ", CLASH, "2023-06-09", "armed_clash", None, "2023-06-09", 11),
    ("HOMS, June 9 - ", CLASH, "2023-06-09", "armed_clash", None, "2023-06-09", 11),
    ("MOGADISHU, Somalia, Jan 14 - ", FIGHT, "2023-01-14", "armed_clash", "Baidoa", "2023-01-14", 9),
    ("MOGADISHU, Jan 14 — ", FIGHT, "2023-01-14", "armed_clash", "Baidoa", "2023-01-14", 9),
    ("MOGADISHU (Wirenews) - ", FIGHT, "2023-01-14", "armed_clash", "Baidoa", "2023-01-14", 9),
    ("Mogadishu, Somalia – ", FIGHT, "2023-01-14", "armed_clash", "Baidoa", "2023-01-14", 9),
])
def test_the_lead_after_an_untagged_dateline_gives_its_own_event(dateline, lead, published, sub_type, place,
                                                                  day, toll):
    events = extract_events(dateline + lead, published=published)
    assert [e.sub_event_type for e in events] == [sub_type]
    event = events[0]
    assert event.date == day
    assert event.fatalities.best == toll
    assert event.location is not None
    assert event.location.name.upper() not in dateline.upper()  # never the reporter's city
    if place is not None:
        assert event.location.name == place
