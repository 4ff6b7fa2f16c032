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
        "Guerrillas fighting the central government have recruited teenagers for years, the report said.",
        "A coalition of militias fighting the army asked donors for food aid, its spokesman said.",
        "Volunteers fighting beside the police were given new uniforms, the governor said.",
        "The battalion went back to its fighting trenches after the parade, a colonel said.",
        "Farmers in the valley say their villages are prone to cattle raids every dry season.",
        "The talks stalled after a run of recent ambushes, the mediators said.",
        "Aid groups voiced fears about militia raids during a meeting in Nairobi on Tuesday.",
        "The northern provinces had long been safe from deadly bombings by armed groups.",
    ],
)
def test_a_description_of_what_groups_do_is_no_event(text):
    assert sitrep.extract(text, published="2024-03-05") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a participle with a time and a place of its own tells an act
        ("Gunmen attacking the village of Kwari on Monday killed 12 people, police said.", "attack"),
        # a quantity or a stretch of time governs the act itself
        ("Rebels fired hundreds of mortar shells at Aleppo's western districts on Saturday, officials said.",
         "shelling_artillery_missile_attack"),
        ("Soldiers fought the rebels near Goma on Sunday, the army said.", "armed_clash"),
    ],
)
def test_the_same_words_anchored_in_time_or_place_still_tell_an_act(text, sub_type):
    assert sub_type in [e.sub_event_type for e in sitrep.extract(text, published="2024-03-05")]
