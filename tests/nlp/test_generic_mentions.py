"""What a group does in general is no event: a participle describing a group, a participle used as
a modifier, a bare plural event noun that qualifies a noun or an adjective. The same words with a
time or a place of their own, or under a quantity, still tell acts."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Separatist rebels fighting for a homeland of their own rejected the offer on Monday.",
        "A regional force fighting the jihadists opened a new base, its commander said.",
        "Armed herders fighting alongside the army refused to leave the talks in Juba.",
        "The soldiers could not return to their fighting positions, a spokesman told reporters.",
        "The road between the two towns is vulnerable to bandit raids, residents complained.",
        "Talks collapsed after a string of recent attacks, the mediators said.",
        "Donors voiced concern about rebel attacks during a visit to Bogota on Tuesday.",
        "The border districts had been largely free of deadly attacks by armed groups.",
    ],
)
def test_a_description_of_what_groups_do_is_no_event(text):
    assert sitrep.extract(text, published="2024-03-05") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a participle with a time and a place of its own tells an act
        ("Gunmen attacking the village of Dansadau on Monday killed 12 people, police said.", "attack"),
        # a quantity or a stretch of time governs the act itself
        ("Militants fired hundreds of rockets at Sderot on Saturday, officials said.",
         "shelling_artillery_missile_attack"),
        ("Soldiers fought the rebels near Goma on Sunday, the army said.", "armed_clash"),
    ],
)
def test_the_same_words_anchored_in_time_or_place_still_tell_an_act(text, sub_type):
    assert sub_type in [e.sub_event_type for e in sitrep.extract(text, published="2024-03-05")]
