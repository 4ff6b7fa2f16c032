"""A fight verb in a clause that describes a group or a place tells what the group does over
time ("an alliance that has long fought the insurgents"), not a battle; the same verb as the
sentence's own act, or dated, stays a battle."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def labels(nlp, text: str) -> list[str]:
    return [span.label_ for span in nlp(text).spans["triggers"]]


@pytest.mark.parametrize("text", [
    "Insurgents fighting to topple the junta have lost ground in the north.",
    "Mora hosts the headquarters of a regional force fighting the jihadists.",
    "The kingdom leads an alliance which is fighting the insurgents in the south.",
    "Villagers formed self-defence units fighting alongside the army in the hills.",
    "The port lies in a province where two cartels are fighting a turf war.",
    "The town is held by a militia which is engaged in a feud with a rival clan.",
])
def test_a_group_described_by_its_fighting_is_no_battle(nlp, text):
    assert "armed_clash" not in labels(nlp, text)


@pytest.mark.parametrize("text", [
    "Soldiers who clashed with rebels near Bria on Monday killed four of them.",
    "Rebels fought government troops for six hours in the town of Bria.",
    "The next morning, fighting at the palace left 20 guards dead.",
    "Heavy fighting erupted in Gao on Sunday as soldiers met a militia column.",
])
def test_a_fight_told_as_an_act_stays_a_battle(nlp, text):
    assert "armed_clash" in labels(nlp, text)
