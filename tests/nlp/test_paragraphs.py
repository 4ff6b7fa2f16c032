"""Sentence bounds from the page's layout (``sitrep_paragraphs_v2``): a line break always ends a
sentence, and a token that cannot open one (a comma, a closing mark, a lower-case word) never
begins one otherwise (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def sentence_texts(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize("text, lead", [
    ("Rebels overrun Dorvi garrison\n\nBy Anna Perl\n\nDORVI, April 9 (Wirenews) - Rebels seized the garrison "
     "town of Dorvi on Sunday after a night of fighting, an army officer said.",
     "DORVI, April 9 (Wirenews) -"),
    ("Riots in Kessa\n\nNine killed in clashes in Kessa\n\nTroops fired on the crowd.",
     "Nine killed in clashes in Kessa"),
    ("THIRTY killed in raid on Ombe village\n\n12 people died when raiders attacked the village of Ombe on Friday.",
     "12 people died when raiders attacked the village of Ombe on Friday."),
])
def test_a_line_is_not_cut_after_its_first_word(nlp, text, lead):
    assert lead in sentence_texts(nlp, text)


@pytest.mark.parametrize("text", [
    "Crowds chanted “Down with the mayor!” and dozens were detained after police cleared the square in Lomira.",
    "Marchers shouted “Free Tovik now!” and hundreds were held as riot police swept the avenue in Sarnel.",
])
def test_a_quotation_ending_in_a_bang_does_not_end_the_sentence(nlp, text):
    assert sentence_texts(nlp, text) == [text]


@pytest.mark.parametrize("text, lines", [
    ("Blast in Kordo\nofficials say two people died in the blast on Monday.",
     ["Blast in Kordo", "officials say two people died in the blast on Monday."]),
    ("Curfew in Tarvos\n, said the mayor on Sunday.", ["Curfew in Tarvos", ", said the mayor on Sunday."]),
])
def test_a_line_break_still_ends_a_sentence(nlp, text, lines):
    assert sentence_texts(nlp, text) == lines


def test_the_toll_opening_a_line_belongs_to_its_event(nlp):
    text = "Raiders strike Ombe village\n\n12 people died when raiders attacked the village of Ombe on Friday."
    events = extract_events(text, published="2022-05-14")
    assert [e.fatalities.best for e in events] == [12]


@pytest.mark.parametrize("text, lead", [
    ("TAMBURA, South Sudan, Feb 7 - Militiamen burned two villages near the town on Tuesday.",
     "Militiamen burned two villages near the town on Tuesday."),
    ("TAMBURA, Feb 7 – Militiamen burned two villages near the town on Tuesday.",
     "Militiamen burned two villages near the town on Tuesday."),
    ("TAMBURA, 7 February 2023 -- Militiamen burned two villages near the town on Tuesday.",
     "Militiamen burned two villages near the town on Tuesday."),
    ("TAMBURA (Wirenews) - Militiamen burned two villages near the town on Tuesday.",
     "Militiamen burned two villages near the town on Tuesday."),
    ("Tambura, South Sudan (Newsline) – Militiamen burned two villages near the town on Tuesday.",
     "Militiamen burned two villages near the town on Tuesday."),
    ("Tambura, South Sudan - Militiamen burned two villages near the town on Tuesday.",
     "Militiamen burned two villages near the town on Tuesday."),
])
def test_a_dateline_without_outlet_tag_ends_its_own_sentence(nlp, text, lead):
    assert sentence_texts(nlp, text)[-1] == lead


@pytest.mark.parametrize("text", [
    "Pro-government militiamen burned two villages near Tambura on Tuesday.",
    "Forces loyal to the Tambura-based commander burned two villages on Tuesday.",
])
def test_a_hyphenated_word_at_a_line_start_is_no_dateline(nlp, text):
    assert sentence_texts(nlp, text) == [text]


@pytest.mark.parametrize("text, sentence, paragraph", [
    ("Gunmen raided a farm near Obala.\n\nThe army sent troops. They came too late.\nA curfew followed.",
     0, "Gunmen raided a farm near Obala."),
    ("Gunmen raided a farm near Obala.\n\nThe army sent troops. They came too late.\nA curfew followed.",
     2, "The army sent troops. They came too late."),
    ("Two shops burned in Tanta overnight.\nPolice blamed looters. Residents disagreed.\n\nTalks resume today.",
     1, "Police blamed looters. Residents disagreed."),
    ("Two shops burned in Tanta overnight.\nPolice blamed looters. Residents disagreed.\n\nTalks resume today.",
     3, "Talks resume today."),
])
def test_a_sentence_paragraph_ends_at_its_own_line_break(nlp, text, sentence, paragraph):
    """A sentence that ends its paragraph carries the line break as its last token: its paragraph
    still ends there, never at the end of the next paragraph."""
    from sitrep.events.conventions import paragraph_of
    from sitrep.nlp.sentences import sentence_paragraph

    sent = list(nlp(text).sents)[sentence]
    start, end = sentence_paragraph(sent)
    assert text[start:end] == paragraph
    assert paragraph_of(sent) == (start, end)
