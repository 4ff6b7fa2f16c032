"""A campaign word after a preposition ("in a lightning offensive", "amid a renewed
offensive") names the setting of another act, not a battle of its own; an offensive that is
launched, or that kills, stays a battle."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def battle_words(nlp, text: str) -> list[str]:
    return [span.text.lower() for span in nlp(text).spans["triggers"] if span.label_ == "armed_clash"]


@pytest.mark.parametrize("text", [
    "The rebels took the city of Bunia in a lightning offensive last year.",
    "The front has barely moved since a failed counter-offensive in the spring.",
    "Aid agencies warned of hunger amid a renewed offensive by the junta.",
    "Thousands sheltered in schools during the air and ground offensive of the winter.",
    "The envoy said talks had stalled after the opening of the offensive on the coast.",
])
def test_an_offensive_named_as_the_setting_is_no_battle(nlp, text):
    assert not any("offensive" in w for w in battle_words(nlp, text))


@pytest.mark.parametrize("text", [
    "The army launched an offensive on rebel positions near Kidal on Monday.",
    "A fresh offensive by the insurgents killed 30 soldiers near Kidal on Monday.",
    "The militia began its offensive against the garrison at dawn on Friday.",
])
def test_an_offensive_told_as_an_act_stays_a_battle(nlp, text):
    assert any("offensive" in w for w in battle_words(nlp, text))
