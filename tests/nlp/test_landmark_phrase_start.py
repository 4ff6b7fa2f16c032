"""A name with words of its own before it ("from the X", "towards besieged X", "east of war-torn
X") is read from the first word of its phrase, not from the name: the preposition that makes it
a source, a destination or a distance landmark stands before those words.

``place_choice`` once guarded these readings with identity tests on spaCy tokens (``anchor is
place.root``), which never hold since spaCy makes a new Token on every access; comparing token
indices instead silently dropped the phrase reading. These tests pin it down."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _place(nlp, text: str, name: str):
    doc = nlp(text)
    return next(p for p in doc.spans["places"] if p.text == name)


@pytest.mark.parametrize("text, name", [
    ("Aid workers arriving from the Netherlands were caught up in the shooting in Bor.", "Netherlands"),
    ("Two nurses from the Philippines were wounded when shells hit the clinic in Malakal.", "Philippines"),
    ("Artillery fired from rebel-held Zawiya pounded the outskirts of Tripoli.", "Zawiya"),
    ("Rockets launched from nearby Gaza landed in open fields near Sderot.", "Gaza"),
    ("A convoy heading towards besieged Marib was hit by a roadside bomb.", "Marib"),
    ("Troops marching toward embattled Kadugli came under fire.", "Kadugli"),
])
def test_a_source_or_destination_with_words_before_the_name_is_a_reference(nlp, text, name):
    from sitrep.events.place_choice import is_reference

    assert is_reference(_place(nlp, text, name))


@pytest.mark.parametrize("text, name", [
    ("Aid workers arriving from the Netherlands were caught up in the shooting in Bor.", "Bor"),
    ("Two nurses from the Philippines were wounded when shells hit the clinic in Malakal.", "Malakal"),
    ("Rockets launched from nearby Gaza landed in open fields near Sderot.", "Sderot"),
])
def test_the_scene_beside_such_a_source_is_no_reference(nlp, text, name):
    from sitrep.events.place_choice import is_reference

    assert not is_reference(_place(nlp, text, name))


@pytest.mark.parametrize("text, name", [
    ("Militants overran a checkpoint 40 km east of war-torn Sirte.", "Sirte"),
    ("Gunmen attacked a market 15 km south of besieged Kadugli.", "Kadugli"),
    ("Bandits raided the village, a two-hour drive from the provincial capital Baidoa.", "Baidoa"),
])
def test_a_distance_landmark_with_words_before_the_name_is_one(nlp, text, name):
    from sitrep.events.place_choice import is_distance_landmark

    assert is_distance_landmark(_place(nlp, text, name))
