"""Two acts of different types at one place and day are two events (NOTES codes a town's fall
and the fighting over it apart): a generic fighting word told in a clause of its own,
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
        ("Rebels have seized Karvel, where they battled soldiers on Sunday, a spokesman said.",
         "non_state_actor_overtakes_territory"),
        ("The army has retaken Omboro district, where soldiers and insurgents fought on Friday, a colonel said.",
         "government_regains_territory"),
        ("Insurgents have overrun the garrison at Belgo, where fighting erupted on Thursday, officials said.",
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
    events = sitrep.extract("Rebels have seized Karvel, where they battled soldiers on Sunday, a spokesman "
                            "said on Monday.", published="2024-03-05")
    clash = next(e for e in events if e.sub_event_type == "armed_clash")
    assert clash.date == "2024-03-03"
