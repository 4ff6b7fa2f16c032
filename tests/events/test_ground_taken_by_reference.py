"""A territory change whose object names the ground only through a relative pronoun ("Kidal,
which the rebels seized on Monday") or through a site word (a palace, a string of hideouts)
is still a change of ground, not a verb of taking things."""

from __future__ import annotations

import pytest

from sitrep.events.acts import takes_no_ground
from sitrep.events.kinds import TERRITORY_TYPES
from sitrep.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.model


def territory_triggers(text: str):
    doc = load_pipeline()(text)
    return [s for s in doc.spans["triggers"] if s.label_ in TERRITORY_TYPES]


@pytest.mark.parametrize("text", [
    # a place named by a relative pronoun
    "Aid reached Menaka, which the jihadists had seized on Monday, after a week of waiting.",
    "Food ran short in the Abu Shouk camp, which the militia overran in March.",
    "Troops now patrol Tessalit, which the army recaptured from the rebels last week.",
    "Convoys returned to the market town of Kalaa, which the rebels captured on Friday.",
    # a site word: a palace, hideouts
    "The army recaptured the presidential palace in Juba on Tuesday after heavy fighting.",
    "Soldiers captured a string of militant hideouts in the hills near Garowe on Sunday.",
    "Police retook three hideouts of the gang near the port on Friday.",
])
def test_a_place_named_by_a_relative_pronoun_or_a_site_word_is_ground(text):
    found = territory_triggers(text)
    assert found and not any(takes_no_ground(s) for s in found)


@pytest.mark.parametrize("text", [
    "Customs officers inspected the cars, which the police had seized on Monday.",
    "The rifles, which soldiers captured near the border, were shown to reporters.",
])
def test_things_named_by_a_relative_pronoun_are_no_ground(text):
    assert all(takes_no_ground(s) for s in territory_triggers(text))
