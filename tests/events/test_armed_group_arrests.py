"""An armed group that itself "arrests" or "detains" people (its subject, or the agent of the
passive) abducts them: arrests are made by the state, so the act is an abduction with the group
as actor1; a group named as the ones held is still arrested by the state."""

from __future__ import annotations

import pytest

import sitrep


def _events(text: str):
    return sitrep.extract(text, published="2025-10-14")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In Kutum, paramilitary Rapid Support Forces troops rounded up 12 young men at the cattle market on Sunday.",
        "Al-Shabaab fighters arrested five elders in the village of Bulo Burte on Sunday.",
        "Five clan elders were detained by al-Shabaab militants near Bulo Burte on Sunday.",
        "Fighters of the Oromo Liberation Army detained three local officials near Gedo on Sunday.",
    ],
)
def test_an_arrest_made_by_an_armed_group_is_an_abduction(text):
    found = _events(text)
    assert [e.sub_event_type for e in found] == ["abduction_forced_disappearance"]
    assert found[0].actor1 is not None and found[0].actor1.type == "rebel_group"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested five al-Shabaab militants in Mogadishu on Sunday.",
        "Five al-Shabaab militants were arrested in Mogadishu on Sunday.",
    ],
)
def test_armed_group_members_held_by_the_state_are_arrested(text):
    found = _events(text)
    assert [e.sub_event_type for e in found] == ["arrests"]
    assert found[0].actor1.type == "state_forces"
