"""A group named only as the usual doer of acts like the one told ("X has carried out similar
attacks", "X is often blamed for such raids", "X has staged such ambushes in the past") is a
suspect by its record, not the perpetrator of this act; a group that claimed or was blamed for
this act stays its perpetrator (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text: str):
    import sitrep

    return sitrep.extract(text, published="2025-03-12")


def _actor1_at(text: str, place: str) -> str:
    found = [e.actor1.name for e in _events(text) if e.location and place in e.location.name and e.actor1]
    assert found, _events(text)
    return found[0]


@pytest.mark.parametrize(("text", "place"), [
    ("A truck bomb went off beside a checkpoint in Baidoa on Sunday, killing seven people. No group "
     "claimed it, but al-Shabaab has carried out many similar attacks.", "Baidoa"),
    ("A truck bomb went off beside a checkpoint in Baidoa on Sunday, killing seven people. Al-Shabaab "
     "has mounted similar bombings across the region.", "Baidoa"),
    ("An explosive device hit a patrol vehicle near Lakki Marwat on Tuesday, wounding three policemen. "
     "The Pakistani Taliban have staged such raids in the past.", "Lakki"),
    ("A bomb ripped through a bus station in Quetta on Friday, killing four passengers. Nobody claimed "
     "the blast, though the Islamic State has carried out similar bombings in the province.", "Quetta"),
    ("A bomb ripped through a bus station in Quetta on Friday, killing four passengers. The Islamic State "
     "is frequently blamed for bombings in the city.", "Quetta"),
])
def test_the_usual_doer_is_not_the_perpetrator(text, place):
    assert _actor1_at(text, place).startswith("Unidentified Armed Group"), text


def test_a_habit_is_no_act_of_its_own():
    text = ("A truck bomb went off beside a checkpoint in Baidoa on Sunday, killing seven people. "
            "Al-Shabaab has carried out similar attacks in the town.")
    assert len(_events(text)) == 1


@pytest.mark.parametrize(("text", "place", "group"), [
    ("Al-Shabaab, which has carried out similar attacks, detonated a truck bomb beside a checkpoint in "
     "Baidoa on Sunday, killing seven people.", "Baidoa", "Al Shabaab"),
    ("A truck bomb went off beside a checkpoint in Baidoa on Sunday, killing seven people. Police blamed "
     "al-Shabaab for the blast.", "Baidoa", "Al Shabaab"),
    ("The Islamic State carried out a bombing at a bus station in Quetta on Friday, killing four "
     "passengers, and has staged similar attacks before.", "Quetta", "Islamic State"),
])
def test_the_group_of_this_act_stays(text, place, group):
    assert _actor1_at(text, place) == group, text
