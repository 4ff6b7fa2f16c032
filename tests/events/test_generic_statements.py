"""A bare plural act noun as the subject of a present or perfect clause that says how often such
acts happen ("kidnappings have become common", "raids kill hundreds every year") tells a state of a
region, not one act; the same words without a frequency (a headline's "clashes kill 20") still tell
one act."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2025-06-11")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Cattle raids between rival herding communities kill hundreds of people in Jonglei every year.",
        "Kidnappings for ransom have become common on the highways south of Kaduna.",
        "Roadside bombings are a regular occurrence on the road between Mogadishu and Afgooye.",
        "Clashes between farmers and herders remain frequent in Plateau state, officials say.",
        "Abductions of truck drivers happen almost every week on the road to Gao.",
        "Revenge killings have become commonplace in the villages around Pibor.",
    ],
)
def test_how_often_acts_happen_is_no_event(text):
    assert _types(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Clashes kill 20 in Tripoli",
        "Gunmen killed 12 villagers in Zamfara on Monday, police said.",
        "Raids by bandits killed 15 people in two villages near Gusau on Sunday.",
    ],
)
def test_one_act_without_a_frequency_is_still_an_event(text):
    assert _types(text) != []
