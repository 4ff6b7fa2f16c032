"""An act aimed at an armed group that its sentence tells hitting unarmed people ("a shell aimed
at the rebels killed a shepherd"): ACLED codes who was hit, so the people are actor2; the
group aimed at stays actor2 where it was hit too, where the people are told only by a vague word,
or where the aim was a state force (``actor_roles.json``: ``missed_aim``)."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def actor2_types(text: str) -> list[str | None]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.actor2.type if e.actor2 else None for e in events]


@pytest.mark.parametrize("text", [
    "A drone strike aimed at rebel fighters killed six farmers near Orvell on Tuesday.",
    "Two herders died in Palmira district on Monday when an air raid targeting bandits struck their camp.",
    "An air strike targeting militants near Kessa on Friday killed nine villagers, local officials said.",
    "An artillery barrage aimed at the insurgents killed three members of the same family in Tarvo on Sunday.",
])
def test_the_unarmed_people_hit_are_actor2_not_the_group_aimed_at(text):
    assert actor2_types(text) == ["civilians"]


@pytest.mark.parametrize("text, expected", [
    ("A drone strike targeting militants killed four people near Orvell on Tuesday.", "rebel_group"),
    ("An air strike targeting rebel fighters killed seven fighters and two shepherds near Orvell on Tuesday.",
     "rebel_group"),
    ("A car bomb targeting a police convoy killed three passers-by in Orvell on Monday.", "state_forces"),
])
def test_the_group_aimed_at_stays_where_it_was_hit_or_the_dead_are_vague(text, expected):
    assert actor2_types(text) == [expected]
