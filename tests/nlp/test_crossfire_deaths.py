"""People killed "in the crossfire" of a fight are that fight's dead, not the victims of a
separate attack on civilians: the killing is told as a battle."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize(
    "text",
    [
        "Three villagers were killed in the crossfire when troops and rebels fought near Kidal on Monday.",
        "A teenager died in crossfire between two gangs in Port Moresby on Monday.",
        "Two civilians caught in the crossfire were killed as soldiers battled militants in Marawi on Monday.",
    ],
)
def test_crossfire_deaths_are_no_attack(text):
    events = sitrep.extract(text, published="2025-06-04")
    assert [e.sub_event_type for e in events] == ["armed_clash"]


def test_crossfire_toll_joins_the_fight_told_before():
    text = ("Fighting broke out between the army and rebels in the village of Kidal on Monday, officials said. "
            "Four civilians were killed in the crossfire, they added.")
    events = sitrep.extract(text, published="2025-06-04")
    assert [(e.sub_event_type, e.fatalities.best) for e in events] == [("armed_clash", 4)]
