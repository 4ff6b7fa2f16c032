"""An act named as the one passed over for another ('instead of storming the city', 'rather than
attack the base') did not happen; the act chosen still did."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-10-20")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Analysis: why the jihadists are strangling Mopti instead of storming it",
    "Rather than attack the garrison at Menaka, the militants have cut the roads around it, analysts say.",
    "The group prefers kidnapping for ransom to raiding towns, rather than fighting the army head-on.",
])
def test_passed_over_act_is_no_event(text):
    assert "armed_clash" not in _types(text)


@pytest.mark.model
def test_the_act_chosen_instead_still_happened():
    text = "Instead of negotiating, militants ambushed an army convoy near Menaka on Sunday, killing four soldiers."
    assert "armed_clash" in _types(text)
