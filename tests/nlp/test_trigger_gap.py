"""A phrase's "*" lets in up to the codebook's ``gap_words`` tokens: a killing verb reaches the
combatants past a count and its qualifiers, a find reaches the weapons past a measure; words
farther apart stay unrelated."""

from __future__ import annotations

import pytest

from sitrep.nlp.codebook import load_codebook, phrase_to_pattern


def labels(doc):
    return {span.label_ for span in doc.spans["triggers"]}


def test_codebook_gap_reaches_the_pattern():
    gap = load_codebook().gap_words
    assert gap == 4
    assert phrase_to_pattern("kill * soldier", gap)[1] == {"OP": "{0,4}"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed at least 15 army soldiers near the border on Monday.",
        "The guerrillas said they killed more than 30 regime troops in the valley.",
        "Insurgents killed up to 12 police commandos at the checkpoint.",
    ],
)
def test_kill_reaches_combatants_past_a_count(nlp, text):
    assert "armed_clash" in labels(nlp(text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Troops uncovered a big stock of landmines in the forest on Sunday.",
        "Police found a huge cache of explosives near the village.",
    ],
)
def test_find_reaches_weapons_past_a_measure(nlp, text):
    assert "disrupted_weapons_use" in labels(nlp(text))


@pytest.mark.model
def test_words_far_apart_stay_unrelated(nlp):
    doc = nlp("Officials found that the old bridge near the river had no mines.")
    assert "disrupted_weapons_use" not in labels(doc)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hundreds of protesters blocked the road until officers used batons to disperse them. "
         "Demonstrations went ahead in two other towns.", "Demonstrations"),
        ("Students rallied at the gate and soldiers moved to disperse the crowd quickly. "
         "Protesters then gathered at the bridge.", "Protesters"),
        ("Police detained the marchers and dispersed them. Demonstrators later gathered at the court.",
         "Demonstrators"),
        ("A crowd of demonstrators formed before troops arrived to disperse it. "
         "Protests spread to the suburbs by evening.", "Protests"),
    ],
)
def test_gap_stays_inside_its_sentence(nlp, text, word):
    """A "*" gap never reaches into the next sentence: the protest word there starts a
    trigger of its own instead of ending one begun in the sentence before."""
    doc = nlp(text)
    later = doc[[s for s in doc.sents][1].start:]
    starts = {span.start for span in doc.spans["triggers"]}
    token = next(t for t in later if t.text == word)
    assert not any(span.start < token.i < span.end for span in doc.spans["triggers"])
    assert token.i in starts
