"""Bare plural event nouns that speak of a group's acts in general ("responsible for deadly
attacks", "pistols fired in several attacks on officers") tell no event; the same nouns with a
time, a number or after "after" still do."""

from __future__ import annotations

import pytest

import sitrep

NONE: frozenset[str] = frozenset()
FIGHT = frozenset({"armed_clash", "attack"})
PROTEST = frozenset({"peaceful_protest", "excessive_force_against_protesters", "protest_with_intervention"})

CASES = [
    # acts in general: no event
    ("The movement has been blamed for deadly attacks across the Sahel region.", NONE),
    ("Detectives say the recovered pistols had been fired in several attacks on officers in Belfast.", NONE),
    ("The governor said the unrest was fuelled by raids carried out by bandits in Zamfara.", NONE),
    ("Analysts say the group gained recruits through protests organised by student unions in Dhaka.", NONE),
    # a time, or "after": still an act
    ("Soldiers were wounded in attacks on two checkpoints near Gao on Tuesday.", FIGHT),
    ("Residents fled Tawila after clashes between soldiers and the militia.", FIGHT),
    ("Police fired on crowds during protests in Dhaka on Monday.", PROTEST),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "allowed"), CASES)
def test_general_plurals_tell_no_act(text, allowed):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")}
    assert (types <= allowed and bool(types) == bool(allowed)), types
