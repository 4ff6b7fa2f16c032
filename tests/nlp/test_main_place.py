"""The article's place for a sentence that names none: a story told from a town of a province is
that town's, even when the province is named more often ("X town in Y State", "the Y state
governor"); a story about the whole province stays the province's."""

from __future__ import annotations

import pytest

import sitrep

LATER = "\n\nOn Tuesday, gunmen abducted five farmers as they worked on their land, a local official said."


def _abduction_place(text: str) -> tuple[str, str]:
    [event] = [e for e in sitrep.extract(text + LATER, published="2024-03-06")
               if e.sub_event_type == "abduction_forced_disappearance"]
    return event.location.name, event.location.precision


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gunmen attacked Gusau town in Zamfara State on Monday, residents said. The Zamfara State police "
         "command confirmed the raid, and the Zamfara State governor condemned it.", "Gusau"),
        ("Police in Sinaloa state said a journalist was shot dead in Culiacan on Monday. Sinaloa has long been "
         "a stronghold of drug cartels, and the Sinaloa state prosecutor opened an inquiry.", "Culiacán"),
    ],
)
def test_a_story_told_from_a_town_of_the_province_is_the_towns(text, town):
    assert _abduction_place(text) == (town, "town")


@pytest.mark.model
def test_a_story_about_the_whole_province_stays_the_provinces():
    text = ("Violence has spread across Zamfara State this year, the Zamfara State governor said on Monday. "
            "Zamfara State police said they had deployed more officers.")
    assert _abduction_place(text)[1] == "admin1"
