"""A death or injury clause that counts the victims of an act named beside it is that act's toll,
not an attack of its own."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type", "killed"),
    [
        ("Warplanes bombed the market in Maarat al-Numan on Sunday, and at least nine civilians "
         "were killed in the strikes.", "air_drone_strike", 9),
        ("The army said no civilians were hurt as a result of the airstrike near Jilib on Tuesday.",
         "air_drone_strike", None),
        ("A roadside bomb killed two soldiers near Gao on Monday.", "remote_explosive_landmine_ied", 2),
        ("Four farmers died in the shelling of Avdiivka on Thursday, officials said.",
         "shelling_artillery_missile_attack", 4),
    ],
)
def test_toll_clause_joins_the_act_it_counts(text, sub_type, killed):
    events = sitrep.extract(text, published="2024-03-05")
    assert [e.sub_event_type for e in events] == [sub_type]
    assert events[0].fatalities.best == killed


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers in Zamfara state on Monday.",
        "Unknown assailants shot dead a teacher in his home in Kidal on Saturday.",
    ],
)
def test_killings_with_no_other_act_stay_attacks(text):
    events = sitrep.extract(text, published="2024-03-05")
    assert [e.sub_event_type for e in events] == ["attack"]
