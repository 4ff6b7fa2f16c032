"""A recalled slide "into" fighting ("tensions exploded into open fighting in April 2023", "the
country descended into war") is the onset of a war told as context, not an incident: no background
event comes of it. A recalled clash with its own toll told the same way is still an incident, and
the same words as today's news still give an event."""

from __future__ import annotations

import pytest

import sitrep

LEAD = "Gunmen killed eleven farmers near Bunia on Tuesday, local officials said. "


def _events(text: str):
    return sitrep.extract(LEAD + text, published="2025-09-03")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Sudan plunged into war in April 2023, when tensions between the army and the paramilitaries exploded into open fighting in the capital.",
        "The standoff between the two generals exploded into fighting in Khartoum in April 2023.",
        "Political rivalry between the president and his deputy spiralled into open warfare in Juba in July 2016.",
        "A feud between the two leaders erupted into street battles in Tripoli in August 2022.",
    ],
)
def test_a_recalled_slide_into_fighting_is_no_event(text):
    assert [e.sub_event_type for e in _events(text) if e.background] == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In March 2021, a land dispute between two clans escalated into clashes near Beledweyne that killed 14 people.",
        "In May 2022, a feud over grazing land near Beledweyne erupted into fighting in which a clan elder was killed.",
        "A wedding party near Beledweyne on March 3 degenerated into a gunfight between two clans.",
    ],
)
def test_a_recalled_clash_with_a_toll_or_a_day_is_kept(text):
    assert [e.sub_event_type for e in _events(text) if not e.date.startswith("2025-09")] == ["armed_clash"]


@pytest.mark.model
def test_todays_slide_into_clashes_is_news():
    found = sitrep.extract("A land dispute between two clans escalated into clashes near Beledweyne on Tuesday, killing "
                           "14 people, elders said.", published="2025-09-03")
    assert [e.sub_event_type for e in found] == ["armed_clash"]
