"""A protest that a force acted on is told by what the force did: detaining the marchers,
breaking up the crowd, stun grenades (no grenade attack). A later sentence that tells the force
at work refines a protest first told as peaceful, so the article gives one event, not two."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-05-14")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Riot police detained about thirty demonstrators outside the parliament in Tbilisi on Monday.",
    "Officers arrested two protesters during a sit-in in front of the ministry in Lima on Monday.",
    "Soldiers fired into the air to break up a student protest in Dhaka on Monday, then dispersed the "
    "remaining crowd.",
    "Police dispersed a large crowd of opposition marchers in Nairobi on Monday.",
    "Police threw stun grenades at protesters gathered in front of the city hall in Skopje on Monday.",
])
def test_force_used_on_a_protest_is_an_intervention(text):
    types = _types(text)
    assert types == ["protest_with_intervention"], types


@pytest.mark.model
def test_stun_grenades_outside_a_protest_stay_as_read():
    # no protest in the sentence: the intervention phrase needs one, the grenade reading stays
    assert "protest_with_intervention" not in _types(
        "Gunmen threw a grenade at a police patrol in Mombasa on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of teachers marched through central Bogota on Monday to demand higher pay. "
     "Police later fired tear gas at the marchers in Bogota.",
     "protest_with_intervention"),
    ("Hundreds of students rallied in Conakry on Monday against the junta. "
     "Security forces opened fire on the protesters in Conakry, killing three, witnesses said.",
     "excessive_force_against_protesters"),
])
def test_a_later_telling_of_force_refines_the_protest(text, expected):
    types = _types(text)
    assert types == [expected], types


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Demonstrators marched on the mission headquarters in Goma on Tuesday, and U.N. peacekeepers shot two "
    "of them dead.",
    "UN peacekeepers fired tear gas at hundreds of protesters outside their base in Bunia on Monday.",
    "Protesters gathered in Bangassou on Friday; peacekeeping forces dispersed the crowd with warning shots.",
])
def test_a_un_force_that_intervenes_is_the_protests_actor2(text):
    events = [e for e in sitrep.extract(text, published="2024-05-14") if e.event_type == "protests"]
    assert events and all(e.actor2 is not None and e.actor2.type == "external_other" for e in events), \
        [(e.sub_event_type, e.actor2) for e in events]
