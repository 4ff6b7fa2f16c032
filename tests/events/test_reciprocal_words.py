"""A word of fighting between two sides ("clashes", "battled", "exchanged fire") leaves open who
attacked; a noun built on one ("a rebel fighter", "fighter jets") is no such word
(``merge.has_reciprocal_word``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.merge import has_reciprocal_word


@pytest.mark.parametrize("text", [
    "A militia fighter was wounded when soldiers stormed the camp near Kidal.",
    "Fighter jets circled over Tessalit as troops raided the market.",
    "Police found the fighter's rifle after the raid on the hideout in Ansongo.",
])
def test_a_fighter_is_no_word_of_fighting(text):
    assert not has_reciprocal_word(text)


@pytest.mark.parametrize("text", [
    "Troops and rebels clashed near Kidal on Monday.",
    "Soldiers battled insurgents outside Tessalit.",
    "The two sides exchanged fire for hours in Ansongo.",
    "Fresh skirmishes broke out near Menaka.",
])
def test_words_of_fighting_between_two_sides(text):
    assert has_reciprocal_word(text)
