"""A force named in the of-phrase of a word for its craft or its men ("helicopters of the
Chadian air force", "jets of the Burkinabe army") owns them: when that word is the subject, or
the trigger itself, the force is the doer (actor1), not something the act was done to, and what
was struck ("a rebel camp", "an insurgent meeting") stays the target (cues ``owner_of_nouns``).
Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    out = []
    for e in extract_events(text, published="2023-03-14"):
        d = e.to_dict()
        out.append((d.get("actor1"), d.get("actor2")))
    return out


@pytest.mark.parametrize("text, force", [
    ("On Tuesday, aircraft of the Chad Air Force carried out strikes on an insurgent meeting near Bol.",
     "Military Forces of Chad"),
    ("Last night, jets of the Burkinabe air force bombed a jihadist camp close to Djibo.",
     "Military Forces of Burkina Faso"),
    ("In the early hours, drones of the Malian army struck a rebel base outside Kidal.",
     "Military Forces of Mali"),
    ("On Sunday, helicopters of the Nigerien air force hit a militant hideout near Ayorou, the army said.",
     "Military Forces of Niger"),
])
def test_the_force_owning_the_craft_is_the_striker(text, force):
    sides = _sides(text)
    assert sides, text
    actor1, actor2 = sides[0]
    assert actor1 == force
    assert actor2 != force


@pytest.mark.parametrize("text", [
    "Residents said the killing of members of the Chadian army near Bol angered the town.",
    "The bombing of soldiers of the Malian army near Gao left four dead on Monday.",
])
def test_an_act_done_to_the_force_keeps_it_as_victim(text):
    sides = _sides(text)
    assert sides, text
    assert all(a1 is None or "Military Forces" not in a1 for a1, _ in sides)


@pytest.mark.parametrize("text, force", [
    ("On Monday, warplanes of Turkey bombed a PKK position in the Qandil mountains.",
     "Military Forces of Turkey"),
    ("Jets of Israel struck a Hezbollah depot in the Bekaa valley on Sunday.", "Military Forces of Israel"),
    ("Late on Friday, helicopters of Russia pounded a rebel-held village near Idlib.", "Military Forces of Russia"),
])
def test_a_bare_country_owning_the_craft_is_its_military(text, force):
    sides = _sides(text)
    assert sides, text
    assert sides[0][0] == force
