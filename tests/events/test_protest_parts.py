"""A demonstration told in one sentence (often beside the deaths in it) and the force used on it
told in another, at the same town on the same day, is one protest event coded by that force,
not also a peaceful protest. A march in another town, or on another day, stays its own event."""

from __future__ import annotations

import pytest

import sitrep

FORCE = frozenset({"excessive_force_against_protesters", "protest_with_intervention", "violent_demonstration"})

ONE_PROTEST = [
    ("A rights group demanded an inquiry into the killing of two students during opposition demonstrations "
     "in Bamako on Wednesday.\n\nOn 10 July, police fired live rounds at demonstrators in the Badalabougou "
     "neighbourhood of Bamako, killing two students, witnesses said."),
    ("Three people died during protests against fuel prices in Kano on Wednesday, a hospital said.\n\n"
     "Witnesses said soldiers shot at the protesters near the central market of Kano on 10 July."),
    ("Lawyers called for the release of dozens of people detained during a rally in Lome on Wednesday.\n\n"
     "On 10 July, police beat marchers with batons and fired tear gas near the Grand Marche in Lome."),
]

TWO_PROTESTS = [
    ("Thousands of people marched peacefully in Kano on Tuesday, 9 July.\n\n"
     "On 10 July, police fired live rounds at demonstrators in Kano, killing two, witnesses said."),
    ("Thousands of people marched peacefully in Kaduna on Wednesday.\n\n"
     "On 10 July, police fired live rounds at demonstrators in Kano, killing two, witnesses said."),
]


@pytest.mark.model
@pytest.mark.parametrize("text", ONE_PROTEST)
def test_demonstration_and_force_on_it_are_one_event(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-07-12")]
    assert "peaceful_protest" not in types, types
    assert set(types) & FORCE, types


@pytest.mark.model
@pytest.mark.parametrize("text", TWO_PROTESTS)
def test_march_of_another_day_or_town_stays_apart(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-07-12")]
    assert "peaceful_protest" in types, types
    assert set(types) & FORCE, types


SEPARATE_PROTESTS = [
    ("Traders marched peacefully through Kisumu on Thursday to protest against new market levies. "
     "Separately, police used tear gas on nurses demonstrating over unpaid wages in Kisumu on Thursday."),
    ("Teachers rallied outside the education ministry in Lusaka on Monday. In a separate incident, "
     "riot police used tear gas against vendors protesting evictions in Lusaka on Monday."),
]


@pytest.mark.model
@pytest.mark.parametrize("text", SEPARATE_PROTESTS)
def test_protest_told_as_a_separate_act_stays_apart(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-07-12")]
    assert "peaceful_protest" in types, types
    assert set(types) & FORCE, types


def test_unplaced_protest_is_not_folded_into_force():
    from sitrep.events.protest_parts import _joinable

    class M:
        def __init__(self, location, flags=()):
            self.location, self.flags = location, set(flags)

    assert not _joinable(M(None), M(object()))
    assert not _joinable(M(object()), M(None))
    assert _joinable(M(object()), M(object()))
