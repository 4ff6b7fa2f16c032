"""A blast told again as a grenade ("killed in a blast" ... "hurled a grenade") is one grenade
event (codebook: grenade refines remote_explosive_landmine_ied). Real pipeline, sentences written
for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Three killed in Kisumu blast. Attackers hurled a grenade into a crowded bar in Kisumu on Tuesday night, "
    "killing three people, police said.",
    "An explosion tore through a market in Cucuta on Tuesday. Police said a hand grenade was thrown from a "
    "motorcycle.",
    "Militants lobbed a grenade at a police patrol in Anantnag on Tuesday, wounding four officers. A civilian "
    "was also hurt in the explosion, police said.",
])
def test_a_blast_told_again_as_a_grenade_is_one_grenade_event(nlp, text):
    events = extract_events(text, published="2021-06-02")
    assert [e.sub_event_type for e in events] == ["grenade"]
