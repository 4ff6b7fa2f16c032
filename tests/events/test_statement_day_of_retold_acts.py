"""An act retold in a later claim or statement keeps the day it was told with: the day of the
claim ("the group claimed the attack on Tuesday") or of the statement's issue ("in a statement
issued on Tuesday, the army said ...") only bounds the act. So the retelling is no second event
on the statement's day. Sentences and places written for these tests."""

from __future__ import annotations

import pytest

import sitrep

VIOLENT = ("battles", "explosions_remote_violence", "violence_against_civilians")


def violent_days(text: str, published: str = "2024-05-09") -> list[str]:
    return sorted(e.date for e in sitrep.extract(text, published=published) if e.event_type in VIOLENT)


@pytest.mark.parametrize("text", [
    "Gunmen killed four villagers in Kadoma on Sunday, residents said. The Islamic State claimed the "
    "attack on Tuesday through its news agency.",
    "Rebels raided an army post near Balta on Sunday night, killing six soldiers. The group claimed "
    "the raid on Wednesday in a message on its channel.",
    "Militants stormed a police station in Ruvo on Sunday and killed two officers, a local official "
    "said. A jihadist faction claimed the assault on Thursday.",
])
def test_a_claim_day_does_not_date_the_claimed_act(text):
    assert violent_days(text) == ["2024-05-05"]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint in Lobo on Sunday, wounding two officers. In a statement issued on "
    "Tuesday, police said the gunmen had fired on the checkpoint in Lobo.",
    "Fighters ambushed an army convoy near Tesso on Sunday. In a release signed on Wednesday, the army "
    "said soldiers had fought off the fighters near Tesso, killing five of them.",
])
def test_a_statement_issue_day_does_not_date_the_retold_act(text):
    assert violent_days(text) == ["2024-05-05"]


@pytest.mark.parametrize("text", [
    "Army headquarters announced in a statement that soldiers had destroyed a rebel camp near Tesso "
    "on Sunday, killing four fighters.",
    "The police explained in a statement that gunmen had killed two guards at a mine in Lobo on Sunday.",
])
def test_a_day_inside_what_the_statement_says_dates_the_act(text):
    found = [e for e in sitrep.extract(text, published="2024-05-09") if e.event_type in VIOLENT]
    assert [(e.date, e.date_precision) for e in found] == [("2024-05-05", "day")]
