"""Codebook word classes: a phrase token ``$name`` stands for a named list of words or phrases,
so a trigger is a class of verbs acting on a class of nouns rather than a list of single
wordings (any killing verb, then any word for a combatant, in any number)."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.nlp.codebook import expand_word_classes, load_codebook


CLASSES = {"kill": ("kill", "slay", "gun down"), "armed": ("rebel", "soldier")}


def test_one_word_members_become_alternatives_and_longer_ones_phrases():
    assert expand_word_classes("$kill * $armed", CLASSES) == [
        "kill|slay * rebel|soldier", "gun down * rebel|soldier"]


def test_a_class_and_a_word_join_in_one_token():
    assert expand_word_classes("$armed * $kill|die", CLASSES) == [
        "rebel|soldier * kill|slay|die", "rebel|soldier * gun down"]


def test_a_phrase_without_class_is_kept():
    assert expand_word_classes("air strike|raid", CLASSES) == ["air strike|raid"]


def test_no_loaded_phrase_keeps_a_class_token():
    book = load_codebook()
    phrases = [p for e in book.entries for p in (*e.phrases, *e.head_noun_phrases, *e.place_subject_phrases,
                                                  *(p for _, p in e.cued_phrases))]
    assert phrases and not any("$" in p for p in phrases)


def _triggers(text: str) -> list[str]:
    from sitrep.events.extractor import default_extractor

    return [t.label_ for t in default_extractor().nlp(text).spans["triggers"]]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Troops killed 15 insurgents near Gashua on Friday, the army said.",
    "The army said its men had killed 40 rebels in the hills above Kalehe.",
    "Government forces gunned down six militants at a checkpoint outside Bosaso on Monday.",
    "Gendarmes slew three jihadists in an exchange near Dori on Sunday.",
])
def test_a_killing_verb_with_a_plural_combatant_is_a_clash(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-10")]
    assert types == ["armed_clash"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The general said the rebels had killed time by playing cards in the barracks.",
    "Officials said the troops were tired after the long drive to Oyem.",
])
def test_combatants_without_a_killing_verb_trigger_nothing(text):
    assert "armed_clash" not in _triggers(text)


def test_a_class_can_name_an_earlier_class():
    from sitrep.nlp.codebook import _word_classes

    classes = _word_classes({"murder": ["murder", "gun down"], "kill": ["kill", "$murder"]})
    assert classes["kill"] == ("kill", "murder", "gun down")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen gunned down four herders near Gusau on Tuesday, police said.",
    "Attackers hacked to death nine herders at Mbau hamlet on Monday.",
    "A 52-year-old teacher was shot and killed near Yala on Monday, police said.",
    "Seven traders were murdered on the road to Djibo on Sunday, residents said.",
    "Eleven villagers were burned alive in their huts near Kalemie on Thursday.",
])
def test_a_manner_of_killing_with_people_as_victims_is_an_attack(text):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-10")]
    assert types == ["attack"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A bus crash killed 12 people on the Kano road on Monday, police said.",
    "Since 2011 the long war has killed over 300,000 people, the UN says.",
    "A fire killed 17 people in a warehouse near Jos on Monday.",
    "Police said the fire at the market in Onitsha killed nine traders on Sunday.",
])
def test_an_accident_or_a_war_toll_is_no_attack(text):
    assert not sitrep.extract(text, published="2024-03-10")
