"""Troops sent or acting "under" an agreement refer to an accord signed before: the sentence tells
their deployment or fighting, not the signing of a new agreement."""

from __future__ import annotations

import pytest

from sitrep import extract


@pytest.mark.parametrize("text", [
    "Burundian troops, deployed in South Kivu under a bilateral agreement with Kinshasa, fought rebels "
    "near Uvira on Sunday.",
    "Rwandan soldiers, sent to Cabo Delgado under a security deal with Maputo, clashed with insurgents "
    "near Mbau on Sunday.",
    "Ugandan troops operating in Ituri under a defence agreement with Congo attacked an ADF camp near "
    "Mambasa on Sunday.",
])
def test_fighting_under_an_agreement_is_no_agreement(text):
    events = extract(text, published="2025-10-14")
    assert events
    assert all(e.sub_event_type != "agreement" for e in events)


@pytest.mark.parametrize("text", [
    "The government and the rebels signed a ceasefire agreement in Doha on Sunday.",
    "Congo and Rwanda signed a peace deal in Washington on Friday.",
])
def test_a_signing_stays_an_agreement(text):
    events = extract(text, published="2025-10-14")
    assert [e.sub_event_type for e in events] == ["agreement"]
