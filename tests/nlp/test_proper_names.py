"""Names of groups, movements, operations and laws that hold a trigger word tell no event; a
title-case headline keeps its triggers."""

from __future__ import annotations

import pytest

from sitrep.nlp.names import in_proper_name, title_case

pytestmark = pytest.mark.model


def trigger_texts(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(text).spans["triggers"]]


@pytest.mark.parametrize("text, word", [
    ("The Ninth of March Movement said its envoys would travel to Lormont next week.", "March"),
    ("Leaders of the March 9 Movement met the governor of Halvik province on Sunday.", "March"),
    ("A spokesman for the Popular Front for the Liberation of Ostavia denied the report.", "Liberation"),
    ("Officials named the campaign Operation Iron Gate for the Liberation of Kestra.", "Liberation"),
    ("Delegates praised the Landmine Ban Convention at the meeting in Dravik.", "Landmine"),
    ("Envoys of the Massacre Survivors Network travelled to Veltor.", "Massacre"),
    ("Recruiters for the Raid Brigade toured the hills around Veltor last spring.", "Raid"),
])
def test_a_trigger_word_inside_a_name_is_no_trigger(nlp, text, word):
    assert not any(word in t for t in trigger_texts(nlp, text))


@pytest.mark.parametrize("text, word", [
    ("Rebels Seize Army Base in Northern Ostavia", "Seize"),
    ("Government Forces Recapture Kestra Airport After Heavy Fighting", "Recapture"),
    ("Militia Fighters Attack Convoy Near Dravik, Killing Five", "Attack"),
    ("Angry Crowds Riot in Halvik Over Fuel Prices", "Riot"),
])
def test_a_title_case_headline_keeps_its_triggers(nlp, text, word):
    assert any(word in t for t in trigger_texts(nlp, text))


@pytest.mark.parametrize("text, word", [
    ("Fighters of the Veltor Liberation Army attacked a police post on Monday.", "attacked"),
    ("Troops loyal to the Kestra Defence Forces clashed with gunmen near the dam.", "clashed"),
    ("Thousands marched through Lormont on Saturday to support the Ninth of June Movement.", "marched"),
])
def test_a_trigger_next_to_a_name_stays(nlp, text, word):
    assert word in trigger_texts(nlp, text)


@pytest.mark.parametrize("text, expected", [
    ("Rebels Seize Army Base in Northern Ostavia", True),
    ("Government Forces Recapture Kestra Airport After Heavy Fighting", True),
    ("The Veltor Liberation Army has appointed a new mayor of Kestra.", False),
    ("Rebels seized an army base in northern Ostavia on Monday.", False),
])
def test_title_case(nlp, text, expected):
    assert title_case(next(nlp(text).sents)) is expected


def test_a_sentence_opening_word_joins_a_name_only_by_capitals(nlp):
    doc = nlp("Protests of the Opposition Alliance spread to Veltor on Friday.")
    assert not in_proper_name(doc, 0, 1)


@pytest.mark.parametrize("text, word", [
    ("Government Forces Attack Rebel Positions near Kestra", "Attack"),
    ("Army Troops Clash with Militia Fighters from Veltor", "Clash"),
    ("Police Forces Raid Opposition Offices after Protest in Halvik", "Raid"),
    ("Border Guards Repel Gunmen at Dravik Crossing", "Repel"),
])
def test_a_headline_with_lower_case_small_words_keeps_its_triggers(nlp, text, word):
    """Many headline styles leave prepositions and conjunctions in lower case."""
    assert any(word in t for t in trigger_texts(nlp, text))
    assert title_case(next(nlp(text).sents))
