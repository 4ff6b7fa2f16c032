"""A withdrawal, or a halt to fighting, that someone demands, urges, proposes or calls for is talk about
something that has not happened (peace-talk and diplomatic copy), not a transfer of territory or a
battle; a withdrawal told as done, or fighting halted by force or that came to a halt, still is one."""

from __future__ import annotations

import pytest

import sitrep

NVTT = "non_violent_transfer_of_territory"


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-02-12")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The draft plan calls for a ceasefire along the front and the withdrawal of militia units from Kidal and Gao.",
    "The opposition demanded the withdrawal of foreign troops from Tripoli before any talks.",
    "Envoys have urged the withdrawal of rebel fighters from Bunia and the reopening of its airport.",
    "The mediators proposed a phased withdrawal from the disputed villages around Abyei.",
    "Kinshasa insists on the withdrawal of the rebels from Goma as a first step.",
])
def test_demanded_withdrawal_is_no_transfer(text):
    assert NVTT not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Militia units withdrew from Kidal on Monday without a fight, residents said.",
    "Government troops pulled out of the town of Abyei on Sunday, handing over their base to peacekeepers.",
])
def test_withdrawal_told_as_done_stays_a_transfer(text):
    assert NVTT in _types(text)


CLASH = "armed_clash"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The draft asks both armies for a halt to fighting around Kadugli and Dilling.",
    "The Security Council urged an end to the clashes in southern Tripoli.",
    "Mediators called for an immediate cessation of fighting in Sake and Minova.",
    "The bishops appealed for a pause in the fighting around Bamenda so the wounded can be moved.",
])
def test_stop_of_fighting_asked_for_is_no_clash(text):
    assert CLASH not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Soldiers halted a rebel offensive near Dilling on Monday, the army said.",
    "Clashes in southern Tripoli came to a halt on Sunday evening after six hours, residents said.",
])
def test_fighting_that_was_stopped_by_force_or_ended_stays_a_clash(text):
    assert CLASH in _types(text)
