"""An act whose sentence dates it only by other words (a report's day, "police on Wednesday
confirmed the abduction"; a later state's, "the town was tense on Wednesday after soldiers fired")
and the same act at the same place told a day earlier by its own words: one event, on the day
its own words give. Two acts each dated by their own words stay two. Sentences and places
written for these tests."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2023-05-10"


def events(text: str) -> list:
    return [e.to_dict() for e in sitrep.extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Makurdi was tense on Wednesday after soldiers opened fire on protesters.\n\n"
     "Soldiers opened fire on protesters in Makurdi on Tuesday, witnesses said.",
     "excessive_force_against_protesters"),
    ("Gombe police on Wednesday disclosed the abduction of six traders.\n\n"
     "Gunmen abducted six traders in Gombe on Tuesday evening.",
     "abduction_forced_disappearance"),
    ("Shops in Bauchi stayed shut on Wednesday after rioters torched a police station.\n\n"
     "Rioters torched a police station in Bauchi on Tuesday.",
     "violent_demonstration"),
    ("Lokoja police on Wednesday disclosed the detention of four suspected kidnappers.\n\n"
     "The four were arrested in Lokoja on Tuesday night during a raid on their hideout.",
     "arrests"),
    ("Kenya was on edge on Wednesday after police opened fire on protesters.\n\n"
     "Police opened fire on protesters in Kisumu on Tuesday, witnesses said.",
     "excessive_force_against_protesters"),
    ("Schools across Mali stayed closed on Wednesday after jihadists abducted nine teachers.\n\n"
     "Jihadists abducted nine teachers in Douentza on Tuesday.",
     "abduction_forced_disappearance"),
])
def test_an_act_reported_a_day_later_is_one_event_on_its_own_day(text, sub_type):
    found = [e for e in events(text) if e["sub_event_type"] == sub_type]
    assert len(found) == 1
    assert found[0]["date"] == "2023-05-09"


@pytest.mark.parametrize("text", [
    "Police arrested five suspects in Lokoja on Tuesday.\n\n"
    "Police arrested three suspects in Lokoja on Wednesday.",
    "Gunmen abducted six traders in Gombe on Tuesday.\n\n"
    "Gunmen abducted four farmers in Gombe on Wednesday.",
    "Rioters burned a market in Bauchi on Tuesday.\n\n"
    "Rioters burned a church in Bauchi on Wednesday.",
    "Kisumu was on edge on Wednesday after police opened fire on protesters.\n\n"
    "Police opened fire on protesters in Nakuru on Tuesday.",
])
def test_acts_on_two_days_told_by_their_own_words_stay_two(text):
    assert sorted(e["date"] for e in events(text)) == ["2023-05-09", "2023-05-10"]


# a noun act in its verb's phrase ("died in an attack on Wednesday") is dated by its own words
@pytest.mark.parametrize("text", [
    "Gunmen attacked a village near Gombe on Tuesday, killing three farmers.\n\n"
    "Five people died in an attack on the village on Wednesday, police said.",
    "Bandits raided a cattle market in Funtua on Tuesday, residents said.\n\n"
    "Two herders were killed in a raid on the market in Funtua on Wednesday.",
    "Bandits kidnapped eight farmers in Tsafe on Tuesday.\n\n"
    "A teacher was taken in a kidnapping in Tsafe on Wednesday, residents said.",
    "Gunmen attacked a police post in Zurmi on Tuesday.\n\n"
    "Two officers died in an attack on another post in Zurmi on Wednesday.",
])
def test_a_noun_act_dated_in_its_verbs_phrase_is_another_days_act(text):
    assert sorted(e["date"] for e in events(text)) == ["2023-05-09", "2023-05-10"]


# ... but a verb of speech over the act's noun tells a report of it
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Gombe police on Wednesday reported on the abduction of six traders.\n\n"
     "Gunmen abducted six traders in Gombe on Tuesday evening.", "abduction_forced_disappearance"),
    ("Kano police on Wednesday told reporters about the attack on a bank.\n\n"
     "Gunmen attacked a bank in Kano on Tuesday.", "attack"),
    ("Officials in Jos on Wednesday said little about the arrest of nine youths.\n\n"
     "Police arrested nine youths in Jos on Tuesday.", "arrests"),
])
def test_a_report_on_the_act_is_the_act_of_the_day_before(text, sub_type):
    found = [e for e in events(text) if e["sub_event_type"] == sub_type]
    assert [e["date"] for e in found] == ["2023-05-09"]
