"""An act told as the passive subject of a speech verb ("clashes were reported in X") happened at
the verb's place: X is where it was seen, not where someone spoke from. Sentences written for
these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


def _places(text: str) -> list[str]:
    return [e.location.name for e in sitrep.extract(text, published="2024-05-10")
            if e.location is not None]


@pytest.mark.parametrize(("text", "place"), [
    ("Thousands marched in Lima on Thursday against the new mining law. "
     "Protests were also reported in Arequipa.", "Arequipa"),
    ("Students rallied in Dhaka on Thursday. Demonstrations were reported in Sylhet as well.", "Sylhet"),
    ("Fighting broke out near Goma on Thursday. Heavy clashes were reported in Rutshuru later that day.",
     "Rutshuru"),
])
def test_an_act_reported_in_a_place_is_there(text, place):
    assert place in _places(text)


def test_a_speaker_in_a_place_still_names_no_act_there():
    text = "Troops clashed with rebels near Goma on Thursday, officials in Kinshasa reported."
    assert "Kinshasa" not in _places(text)
