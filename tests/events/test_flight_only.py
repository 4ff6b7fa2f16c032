"""An aircraft that only flies or carries people ("helicopters hovered over the city", "commandos
landed from a helicopter") is no air strike; one that fires, bombs or kills still is."""

from __future__ import annotations

import pytest

import sitrep

AIR = "air_drone_strike"

CASES = [
    ("Army helicopters hovered over Bamako on Tuesday as the curfew began.", False),
    ("Residents saw a drone flying over the port of Hodeidah on Tuesday.", False),
    ("Commandos were lowered onto the tanker from a helicopter off Aden on Tuesday.", False),
    ("The minister travelled to Kidal aboard a military helicopter on Tuesday.", False),
    ("A drone struck a truck near Kidal on Tuesday, killing two men.", True),
    ("Two fighters were killed by a drone near Kidal on Tuesday.", True),
    ("Helicopter gunships fired on rebel positions outside Goma on Tuesday.", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "strike"), CASES)
def test_an_aircraft_that_only_flies_strikes_nothing(text, strike):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]
    assert (AIR in types) == strike, types
