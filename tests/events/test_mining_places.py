""""Mining" has the lemma "mine": a strike or raid told near a mining town, site or area is no
landmine blast, while a vehicle that hit a mine still is one."""

from __future__ import annotations

import pytest

from sitrep import extract


@pytest.mark.parametrize("text", [
    "An army drone struck a rebel position near the mining town of Rubaya on Sunday, killing three fighters.",
    "Soldiers hit a militia camp close to a gold mining site in Djugu on Sunday, killing five militiamen.",
    "A helicopter gunship struck insurgent positions outside the mining hub of Montepuez on Sunday.",
    "Rebels attacked an army post in the mining area of Walikale on Sunday, killing two soldiers.",
])
def test_mining_place_is_no_landmine(text):
    events = extract(text, published="2025-10-14")
    assert events
    assert all(e.sub_event_type != "remote_explosive_landmine_ied" for e in events)


@pytest.mark.parametrize("text", [
    "An army truck hit a landmine near Kamanyola on Sunday, killing four soldiers.",
    "A minibus struck a mine on the road to Palma on Sunday, killing six passengers.",
])
def test_a_vehicle_on_a_mine_stays_a_landmine(text):
    events = extract(text, published="2025-10-14")
    assert [e.sub_event_type for e in events] == ["remote_explosive_landmine_ied"]
