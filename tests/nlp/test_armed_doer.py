"""A killing done by an armed force, named as its subject or as the agent of a passive ("the army
killed the commander", "he was killed by the army"), is an event even when the victim
is a named person and no other trigger word is in the sentence (codebook ``armed_doer_phrases``);
a bare "N were killed" with no armed doer stays no trigger (it may be the toll of an act told
elsewhere). Real pipeline, sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _triggers(nlp, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.label_) for t in nlp(text).spans["triggers"]]


@pytest.mark.parametrize("text", [
    "Officials said on Saturday that soldiers killed a senior commander of the group near Jowhar.",
    "Tomas Rivera, a councillor of Marawi, was killed by the army on Friday, police said.",
    "Last week government forces killed Ahmed Musa, a local leader, in the village of Garko.",
    "Troops killed the gang leader Omar Bello in Kilwa on Tuesday, officials said.",
])
def test_a_killing_by_an_armed_force_is_an_event(nlp, text):
    assert any(label in ("attack", "armed_clash") for _, label in _triggers(nlp, text))
    assert extract_events(text, published="2022-06-12")


@pytest.mark.parametrize("text", [
    "Three people died in Dorva on Sunday, officials said.",
    "The floods killed four people in Kilwa last week.",
    "A man was killed by a falling tree in Garko on Monday.",
])
def test_a_killing_without_an_armed_doer_is_no_trigger(nlp, text):
    assert _triggers(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Bandits killed six herders on the road out of Garko on Monday, a local official said.",
    "Four teachers were killed by unknown attackers in Dorva on Sunday.",
    "A reporter was killed by assailants outside his house in Kilwa on Friday.",
    "Kidnappers killed two of their captives near Marawi last week, police said.",
    "Seven miners were killed by suspected bandits in Garko on Tuesday.",
    "Armed gangs killed eleven residents of Dorva overnight on Saturday, the mayor said.",
    "Hitmen killed a town councillor outside a bakery in Kilwa on Thursday.",
    "A shopkeeper was killed by raiders in Marawi on Wednesday.",
])
def test_attackers_and_bandits_are_armed_doers(nlp, text):
    """Words for the unnamed perpetrators of an act (attackers, assailants, bandits, kidnappers)
    are an armed doer of a killing, active or passive, like gunmen."""
    assert any(label in ("attack", "armed_clash") for _, label in _triggers(nlp, text))
    assert extract_events(text, published="2022-06-12")


@pytest.mark.parametrize("text", [
    "Armed men killed seven people in Dorva on Saturday, the mayor said.",
    "Heavily armed men shot dead four traders on the road out of Garko on Monday.",
    "Two farmers were killed by armed men near Kilwa on Friday, police said.",
    "Unidentified armed men killed a village chief in Marawi overnight.",
])
def test_people_called_armed_are_armed_doers(nlp, text):
    """"Armed men", "heavily armed men": a word for people with "armed" set before it (cue list
    ``armed_modifiers``) is an armed doer of a killing, like "gunmen"."""
    assert any(label in ("attack", "armed_clash") for _, label in _triggers(nlp, text))
    assert extract_events(text, published="2022-06-12")


@pytest.mark.parametrize("text", [
    "Armed men were seen near the market in Dorva on Saturday.",
    "A man armed with a knife died in a fall in Garko on Monday.",
])
def test_armed_people_without_a_killing_verb_tell_no_killing(nlp, text):
    assert not any(label == "attack" for _, label in _triggers(nlp, text))
