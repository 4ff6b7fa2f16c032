"""Irregular past forms the tagger reads as a present tense keep their surface form as lemma in
spaCy ("retook"/VBP); the trigger tagger takes their lemma from the lemmatizer's own table of
irregular verb forms, so the codebook's lemma phrases still match."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers retook the northern town of Kidal on Friday, the army said.",
        "Government soldiers retook the town of Bentiu from the rebels on Sunday.",
        "The army said it retook the port town of Kismayo after a day of fighting.",
    ],
)
def test_an_irregular_past_matches_its_lemma_phrase(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]
    assert "government_regains_territory" in types


@pytest.mark.parametrize("text", [
    "A woman was raped by armed men near Bunia on Monday.",
    "Soldiers are raping women in the camps outside Goma, a report said.",
    "The militia rapes girls who go to fetch water, survivors said.",
])
def test_inflections_the_lemmatizer_cuts_to_another_word_still_trigger(text):
    from sitrep.events.extractor import default_extractor

    doc = default_extractor().nlp(text)
    assert [t.label_ for t in doc.spans["triggers"]] == ["sexual_violence"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub"), [
    ("KHARTOUM, June 5 - Drones struck army positions in Kassala on Tuesday, the army said.", "air_drone_strike"),
    ("ALEPPO, Syria, Oct 1 (AP) - Shells fell on a school in Afrin on Monday, wounding five pupils.",
     "shelling_artillery_missile_attack"),
    ("DONETSK, March 3 - Shells landed on a market in Horlivka on Sunday, killing two people.",
     "shelling_artillery_missile_attack"),
])
def test_a_plural_weapon_opening_the_sentence_after_a_dateline_keeps_its_noun_lemma(text, sub):
    """Right after a dateline the tagger may read a capitalised plural ("Drones", "Shells") as a
    name, and a name keeps its surface form as lemma: the weapon's lemma phrases ("drone strike")
    then never match and the act is lost."""
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-06-05")]
    assert sub in types
