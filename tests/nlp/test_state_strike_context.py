"""A country's bare name counts as its military only when its verb tells an armed act of the
article: trading words, blame or the bodies of the dead is no fight, a quarrel at a council
is no clash, and an invasion recalled as the start of a war is no doer of today's act
(sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEAD = "KYIV, March 9 (Reuters) - "


def _actors(text: str) -> list[str]:
    import sitrep

    return [a.name for e in sitrep.extract(HEAD + text, published="2025-03-10")
            for a in (e.actor1, e.actor2) if a is not None]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan traded accusations on Sunday over the ambush that killed 14 villagers near Tegh.",
    "Ethiopia and Eritrea traded blame on Sunday for a raid that killed 30 farmers near Zalambessa.",
    "Armenia and Azerbaijan exchanged insults on Sunday after gunmen killed 14 villagers near Tegh.",
])
def test_trading_words_makes_no_military(text):
    found = _actors(text)
    assert not any(n.startswith("Military Forces of") for n in found), found


@pytest.mark.parametrize("text", [
    "Russia and Ukraine clashed at the UN General Assembly over the drone strike that killed 8 people in Kharkiv.",
    "Armenia and Azerbaijan clashed at the summit over the shelling that killed 5 people near Tegh.",
])
def test_quarrel_at_a_forum_makes_no_military(text):
    found = _actors(text)
    assert "Military Forces of Russia" not in found and "Military Forces of Ukraine" not in found, found
    assert "Military Forces of Armenia" not in found and "Military Forces of Azerbaijan" not in found, found


@pytest.mark.parametrize("text", [
    "Artillery fire killed three soldiers near Kupiansk on Sunday, in a war that started when Russia invaded "
    "in 2022.",
    "A drone killed two soldiers near Lyman on Sunday, three years after Russia invaded Ukraine.",
])
def test_recalled_invasion_makes_no_side(text):
    found = _actors(text)
    assert "Military Forces of Russia" not in found, found


@pytest.mark.parametrize("text", [
    "Chad and Sudan traded artillery fire near the border town of Adre on Sunday, killing four soldiers.",
    "Chad and Sudan exchanged fire near the border town of Adre on Sunday, killing four soldiers.",
])
def test_trading_fire_still_makes_both_militaries(text):
    found = _actors(text)
    assert {"Military Forces of Chad", "Military Forces of Sudan"} <= set(found), found
