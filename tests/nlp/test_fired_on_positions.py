"""Troops or fighters who "fired" (without "opened fire") on a post, a patrol, a convoy or an
enemy's positions fought that side: a battle, as with "opened fire on". Rockets or shells fired
at positions stay remote violence, and fire aimed at protesters keeps its own type."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def labels(nlp, text: str) -> list[str]:
    return [t.label_ for t in nlp(text).spans["triggers"]]


@pytest.mark.parametrize("text", [
    "Border guards of the neighbouring state fired small arms at our positions near Velmora late on Monday.",
    "Insurgents fired on an army patrol in the hills above Karsk on Thursday night.",
    "Soldiers across the frontier fired at a border post outside Darvi for about twenty minutes.",
    "Gunmen fired upon a military convoy on the road to Berka before dawn.",
])
def test_fire_on_posts_patrols_and_positions_is_a_clash(nlp, text):
    assert "armed_clash" in labels(nlp, text)


def test_a_clash_from_fire_on_positions_is_one_battle_event():
    from sitrep import extract

    events = extract("Enemy units fired automatic weapons at army positions near Velmora on Monday, "
                     "the defence ministry said.", published="2025-04-16")
    assert [e.sub_event_type for e in events] == ["armed_clash"]


@pytest.mark.parametrize("text, sub", [
    ("Rebels fired rockets at army positions near Velmora on Sunday.", "shelling_artillery_missile_attack"),
    ("Police fired at protesters outside the parliament in Karsk on Sunday.", "excessive_force_against_protesters"),
])
def test_fire_with_remote_weapons_or_at_protesters_keeps_its_type(text, sub):
    from sitrep import extract

    assert [e.sub_event_type for e in extract(text, published="2025-04-16")] == [sub]
