"""Remote strikes told by the bare noun "strike" ("strikes on the depot", "conducted a precision
strike"), which a verb "struck" does not tell, and strikes named by their weapon ("missile
strikes killed"), which are missile or artillery attacks, not air strikes."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "Strikes on the fuel depot in Norvik killed four guards on Friday.",
    "A strike on a house in Velmar on Sunday killed a family of five, medics said.",
    "The army conducted a precision strike near Tarlo village, killing two commanders.",
    "Navy jets launched several strikes against rebel camps in the Dolen valley on Tuesday.",
    "Overnight strikes targeting weapons depots near Karsk destroyed three hangars.",
])
def test_a_bare_strike_noun_is_a_remote_strike(text):
    assert "air_drone_strike" in types(text)


@pytest.mark.parametrize("text", [
    "The deal was struck on Monday in Geneva after weeks of talks.",
    "A compromise on the budget was struck on Thursday by the two parties.",
    "The boy was struck on the head by a falling branch in Lirva.",
])
def test_the_verb_struck_on_is_no_strike(text):
    assert "air_drone_strike" not in types(text)


@pytest.mark.parametrize("text", [
    "Russian missile strikes killed nine people in Velkiv on Sunday.",
    "An artillery strike on the market in Dorsa killed three traders on Monday.",
    "Rocket strikes hit the outskirts of Malden overnight, wounding two residents.",
    "Mortar strikes killed four soldiers at an outpost near Berka on Wednesday.",
])
def test_a_strike_named_by_its_weapon_is_shelling(text):
    found = types(text)
    assert "shelling_artillery_missile_attack" in found and "air_drone_strike" not in found


@pytest.mark.parametrize("text", [
    "Israeli drone strikes killed four people in Tarsa on Monday.",
    "An air strike on a school in Harim killed six children on Saturday.",
])
def test_a_drone_or_air_strike_stays_an_air_strike(text):
    assert "air_drone_strike" in types(text)
