"""A remote explosive is coded to an armed group even when the sentence reads a state force as its
doer (the force was the target or the speaker), except where the sentence says the force laid
the mine or bomb: then it is actor1 (sentences written for these tests)."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model

IED = "remote_explosive_landmine_ied"


def _ied_actors(text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for e in sitrep.extract(text, published="2025-09-10"):
        d = e.to_dict()
        if d["sub_event_type"] == IED:
            out.append((d["actor1_type"], d["actor2_type"]))
    return out


@pytest.mark.parametrize("text", [
    "A herder was killed on Tuesday when a landmine laid by army troops exploded near Paletwa.",
    "On Tuesday, a landmine planted by government soldiers exploded under a cart outside Paletwa, "
    "killing its driver.",
    "Soldiers buried landmines along the road to Paletwa, and one of them exploded on Tuesday, killing "
    "a herder.",
    "Two boys died on Tuesday near Paletwa when a landmine left behind by army units went off.",
])
def test_a_state_force_that_laid_the_explosive_is_actor1(text):
    assert [a1 for a1, _ in _ied_actors(text)] == ["state_forces"]


@pytest.mark.parametrize("text", [
    "A roadside bomb killed three soldiers near Paletwa on Tuesday, the army said.",
    "Police said a bomb planted by unknown men killed two rangers outside Paletwa on Tuesday.",
])
def test_a_state_force_hit_by_the_explosive_stays_its_target(text):
    actors = _ied_actors(text)
    assert actors and actors[0][0] != "state_forces" and actors[0][1] == "state_forces"
