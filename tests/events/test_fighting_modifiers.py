"""A fighting word that names a kind of thing ("assault rifles", "fighting positions") tells no
act; the same word heading its phrase, or beside an act noun, still does."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Police in Derry seized three assault rifles and a pistol from a flat on Tuesday.",
    "The command said on Monday that its fighting units near Bakhmut had been rotated.",
    "The brigade advanced on Zawiya along two fighting axes on Friday, its commander said.",
    "Officers found two assault boats and ammunition in a warehouse near Mosul on Sunday.",
])
def test_a_fighting_word_as_a_modifier_tells_no_act(nlp, text):
    kinds = {e.sub_event_type for e in extract_events(text, published="2023-05-10")}
    assert not kinds & {"armed_clash", "attack"}


@pytest.mark.parametrize("text", [
    "Gunmen carried out an assault on a police post in Kidal on Tuesday.",
    "Fighting broke out between the army and rebels in Goma on Monday.",
    "Troops on offensive operations clashed with militants near Bama on Sunday.",
    "Militias attack army posts in Ituri and North Kivu provinces",
])
def test_a_fighting_word_heading_its_phrase_is_still_an_act(nlp, text):
    kinds = {e.sub_event_type for e in extract_events(text, published="2023-05-10")}
    assert kinds & {"armed_clash", "attack"}
