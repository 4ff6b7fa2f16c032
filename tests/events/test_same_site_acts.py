"""Two acts of different types at one place and day are two events (NOTES: a clash and the
capture of the same town are both coded): a generic fighting word told in a clause of its own,
dated by its own words, is not absorbed by the specific trigger beside it."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-05")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "specific"),
    [
        ("Rebels said on Monday they had seized the town of Karvel, which saw heavy clashes on Sunday.",
         "non_state_actor_overtakes_territory"),
        ("The army said it had retaken the district of Omboro, which saw heavy clashes on Friday.",
         "government_regains_territory"),
        ("The militia announced that it had captured Dembeli, a town that saw fierce fighting on Saturday.",
         "non_state_actor_overtakes_territory"),
        ("Warplanes struck the insurgents after they ambushed an army convoy near Belgo on Saturday.",
         "air_drone_strike"),
    ],
)
def test_fighting_dated_in_a_clause_of_its_own_is_a_second_event(text, specific):
    types = _types(text)
    assert specific in types
    assert "armed_clash" in types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the fighting that led to the capture, with no day of its own: part of the capture
        "Rebels seized the town of Karvel after three days of fierce fighting, a spokesman said on Monday.",
        "Insurgents overran the garrison town of Dembeli following heavy fighting, residents said on Sunday.",
    ],
)
def test_fighting_that_led_to_a_capture_is_absorbed(text):
    types = _types(text)
    assert "non_state_actor_overtakes_territory" in types
    assert "armed_clash" not in types


@pytest.mark.model
def test_the_clash_takes_the_day_of_its_own_clause():
    events = sitrep.extract("Rebels said on Monday they had seized the town of Karvel last week, "
                            "which saw heavy clashes on Sunday.", published="2024-03-05")
    clash = next(e for e in events if e.sub_event_type == "armed_clash")
    assert clash.date == "2024-03-03"
