"""Who the people an arrest holds are, read from what they are held for
(``conventions.held_by_accusation``): held for a riot's acts they are rioters; held as suspects
of an act by unidentified perpetrators they are that unidentified armed group. Sentences and
names invented for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.events.conventions import held_for_riot


def _arrest(text: str) -> dict:
    found = [e.to_dict() for e in sitrep.extract(text, published="2024-03-12")]
    return next(e for e in found if e["sub_event_type"] == "arrests")


@pytest.mark.parametrize(
    "text",
    [
        "Crowds hurled bricks at police and set cars alight in Wexford on Friday night. "
        "Officers arrested eleven men in the town on Saturday on suspicion of violent disorder, police said.",
        "Youths torched shops and looted a bank in Mzuzu on Thursday. "
        "Police said on Friday they had detained 40 people across the city suspected of looting.",
        "Police in Rampur arrested 25 people on Monday for rioting after clashes between two groups, "
        "an official said.",
    ],
)
def test_held_for_a_riot_are_rioters(text):
    assert _arrest(text)["actor2_type"] == "rioters"


@pytest.mark.parametrize(
    "text",
    [
        "Unknown gunmen shot dead a village chief in Tessit on Sunday. "
        "Gendarmes arrested three suspects in the town on Monday, officials said.",
        "Masked men set fire to a party office in Lindau on Saturday night. "
        "Police detained two suspects near the building on Sunday morning.",
    ],
)
def test_suspects_of_unidentified_attackers_are_that_group(text):
    assert _arrest(text)["actor2"].startswith("Unidentified Armed Group")


def test_suspects_of_a_named_group_stay_its_members():
    """Suspects held over an attack a named group carried out are still that group's."""
    text = ("Al-Shabaab fighters stormed a hotel in Kismayo on Monday, killing nine people. "
            "Police arrested four suspects in the city on Tuesday, officials said.")
    assert _arrest(text)["actor2_type"] == "rebel_group"


def test_people_held_without_accusation_stay_civilians():
    text = "Police in Kano arrested 30 people at a checkpoint on Tuesday, a spokesman said."
    assert _arrest(text)["actor2_type"] == "civilians"


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Nine men were charged with rioting.", True),
        ("They were held on suspicion of violent disorder.", True),
        ("Police arrested 20 people for looting shops.", True),
        ("Eleven youths were detained over stone-pelting near the depot.", True),
        ("Six students were detained over a dispute about fees.", False),
        ("Riot police arrested 20 people for blocking the road.", False),
        ("He was accused of planning the attack.", False),
    ],
)
def test_held_for_riot_reads_the_accusation(sentence, held):
    assert held_for_riot(sentence) is held
