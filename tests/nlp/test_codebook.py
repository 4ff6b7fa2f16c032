"""The codebook is data: it must cover the ACLED typology and its phrases must compile."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from sitrep.model import EVENT_TYPES, SUB_EVENT_TYPES
from sitrep.nlp.codebook import load_codebook, phrase_to_pattern


def test_codebook_covers_all_25_sub_event_types():
    book = load_codebook()
    assert sorted(e.sub_event_type for e in book.entries) == sorted(SUB_EVENT_TYPES)
    assert len(SUB_EVENT_TYPES) == 25
    assert {e.event_type for e in book.entries} == set(EVENT_TYPES)


def test_every_phrase_compiles_into_a_matcher_pattern():
    matcher = Matcher(spacy.blank("en").vocab)
    for entry in load_codebook().entries:
        for phrase in entry.phrases:
            matcher.add(entry.sub_event_type, [phrase_to_pattern(phrase)])


def test_phrase_syntax():
    assert phrase_to_pattern("air strike|raid") == [
        {"LEMMA": {"IN": ["air"]}},
        {"LEMMA": {"IN": ["strike", "raid"]}},
    ]
    assert phrase_to_pattern("protester * shoot")[1] == {"OP": "{0,3}"}


def test_retyping_rules_point_at_real_types():
    book = load_codebook()
    for entry in book.entries:
        for _, target in entry.by_target + entry.by_actor:
            assert target in SUB_EVENT_TYPES
        for group in entry.needs:
            assert book.cues(group)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Warplanes carried out two airstrikes on the village on Monday.", "air_drone_strike"),
        ("A roadside bomb struck an army patrol outside the town.", "remote_explosive_landmine_ied"),
        ("A suicide bomber blew himself up at a checkpoint.", "suicide_bomb"),
        ("Rebels fired mortars at the airport overnight.", "shelling_artillery_missile_attack"),
        ("Police used tear gas to disperse the protesters outside parliament.", "protest_with_intervention"),
        ("Gunmen kidnapped six aid workers on the road to the camp.", "abduction_forced_disappearance"),
        ("The two sides signed a ceasefire agreement in the capital.", "agreement"),
        ("Troops clashed with insurgents for several hours.", "armed_clash"),
    ],
)
def test_trigger_types_on_real_parse(nlp, sentence, expected):
    doc = nlp(sentence)
    labels = [s.label_ for s in doc.spans["triggers"]]
    assert expected in labels


@pytest.mark.model
def test_month_name_is_not_a_march(nlp):
    doc = nlp("On March 30, three soldiers were wounded.")
    assert "peaceful_protest" not in [s.label_ for s in doc.spans["triggers"]]


def test_codebook_event_types_follow_the_typology():
    from sitrep.model import SUB_EVENT_TYPES_BY_TYPE

    for entry in load_codebook().entries:
        assert entry.sub_event_type in SUB_EVENT_TYPES_BY_TYPE[entry.event_type]


def test_typology_table_matches_the_sub_event_vocabulary():
    from sitrep.model import SUB_EVENT_TYPES_BY_TYPE

    grouped = [t for subs in SUB_EVENT_TYPES_BY_TYPE.values() for t in subs]
    assert sorted(grouped) == sorted(SUB_EVENT_TYPES) and len(grouped) == len(set(grouped))


def test_cued_phrases_name_real_cue_groups_and_compile():
    book = load_codebook()
    matcher = Matcher(spacy.blank("en").vocab)
    cued = [(e, g, p) for e in book.entries for g, p in e.cued_phrases]
    assert cued
    for entry, group, phrase in cued:
        assert book.cues(group)
        matcher.add(entry.sub_event_type, [phrase_to_pattern(phrase)])


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators hurled petrol bombs at the governor's office and clashed with riot police.",
        "Hundreds of protesters set fire to the ruling party's offices in Kisumu, Kenya, on Tuesday.",
        "The march turned violent when youths began smashing shop windows.",
        "Protesters stormed the town hall and looted its archives on Friday.",
        "A rally against fuel prices in Quetzaltenango ended in clashes between demonstrators and the police.",
    ],
)
def test_protesters_who_do_violence_riot(nlp, text):
    import sitrep

    events = sitrep.extract(text, published="2024-02-03")
    kinds = {e.sub_event_type for e in events}
    assert "violent_demonstration" in kinds, kinds
    assert not kinds & {"peaceful_protest", "armed_clash"}, kinds


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers clashed with rebel fighters outside the town on Tuesday.", "armed_clash"),
        ("Thousands of people marched peacefully through the capital on Saturday.", "peaceful_protest"),
        ("Fire destroyed a warehouse near the port, officials said.", None),
    ],
)
def test_violence_words_without_protesters_do_not_riot(nlp, text, expected):
    doc = nlp(text)
    labels = [s.label_ for s in doc.spans["triggers"]]
    assert "violent_demonstration" not in labels
    if expected:
        assert expected in labels


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Each side accused the other of violating the ceasefire along the river.",
        "Church leaders called for an immediate truce in the northern districts.",
        "The rebels broke the ceasefire agreement when they shelled the garrison.",
        "Monitors said troops withdrew in accordance with the peace deal.",
        "The defeat dealt a heavy blow to the government's plans.",
    ],
)
def test_agreements_named_in_passing_are_no_agreement_trigger(nlp, sentence):
    doc = nlp(sentence)
    assert "agreement" not in [s.label_ for s in doc.spans["triggers"]]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Shops reopened in Bossaso three years after a fragile ceasefire ended the clan fighting.",
        "It was the deadliest raid on the valley since the 2019 truce.",
        "Two convoys were looted in Marib during the truce, aid officials said.",
        "Fighting resumed as a 60-day truce lapsed on March 3, a mediator said.",
        "Raids on the border posts resumed as a 30-day truce expired on May 2.",
        "\"There is no ceasefire here,\" a resident of Kalemie said.",
    ],
)
def test_agreements_as_time_marks_or_denied_are_no_agreement_trigger(nlp, sentence):
    """A ceasefire named as the time of something else, one told as having ended, and one
    denied tell no new agreement."""
    doc = nlp(sentence)
    assert "agreement" not in [s.label_ for s in doc.spans["triggers"]]


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The government and the rebels signed a ceasefire agreement in Addis Ababa.",
        "After weeks of talks, the two militias signed a deal to end the siege of Bossaso.",
        "A truce brokered by Oman took effect in Marib on Monday.",
        "Both sides reached a truce late on Sunday.",
        "Negotiators struck a deal to exchange prisoners.",
    ],
)
def test_agreements_made_stay_agreements(nlp, sentence):
    doc = nlp(sentence)
    assert "agreement" in [s.label_ for s in doc.spans["triggers"]]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A mob beat a suspected thief to death in Kano on Sunday, police said.",
        "Villagers said a mob of about 200 people lynched two men accused of theft near Nakuru on Friday.",
        "Cow vigilantes attacked a truck driver near Alwar on Thursday and set his vehicle on fire.",
    ],
)
def test_mobs_that_kill_or_beat_outside_a_protest_are_mob_violence(text):
    import sitrep

    kinds = {e.sub_event_type for e in sitrep.extract(text, published="2024-02-05")}
    assert "mob_violence" in kinds, kinds
    assert not kinds & {"attack", "armed_clash", "violent_demonstration"}, kinds


@pytest.mark.model
def test_a_mob_of_protesters_that_burns_riots():
    import sitrep

    text = "An angry mob of protesters set fire to the police station in Kisumu, Kenya, on Monday."
    kinds = {e.sub_event_type for e in sitrep.extract(text, published="2024-02-06")}
    assert kinds == {"violent_demonstration"}, kinds
