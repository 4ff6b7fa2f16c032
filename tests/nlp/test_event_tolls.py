"""A death or injury clause that counts the victims of an act named beside it is that act's toll,
not an attack of its own."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type", "killed"),
    [
        ("Warplanes bombed the market in Maarat al-Numan on Sunday, and at least nine civilians "
         "were killed in the strikes.", "air_drone_strike", 9),
        ("The army said no civilians were hurt as a result of the airstrike near Jilib on Tuesday.",
         "air_drone_strike", None),
        ("A roadside bomb killed two soldiers near Gao on Monday.", "remote_explosive_landmine_ied", 2),
        ("Four farmers died in the shelling of Avdiivka on Thursday, officials said.",
         "shelling_artillery_missile_attack", 4),
    ],
)
def test_toll_clause_joins_the_act_it_counts(text, sub_type, killed):
    events = sitrep.extract(text, published="2024-03-05")
    assert [e.sub_event_type for e in events] == [sub_type]
    assert events[0].fatalities.best == killed


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # killings with no other act stay attacks
        ("Gunmen killed five villagers in Zamfara state on Monday.", "attack"),
        ("Unknown assailants shot dead a teacher in his home in Kidal on Saturday.", "attack"),
        # an armed attack that kills only unarmed people targets civilians
        ("Bandits attacked the village of Dansadau in Zamfara state on Monday, killing at least 14 "
         "people.", "attack"),
        ("Militants raided a market in Mubi on Friday, killing nine traders and wounding 20 others.",
         "attack"),
        ("Gunmen stormed a church in Kafanchan on Sunday and killed five worshippers.", "attack"),
        # combatants among the dead keep it a battle
        ("Insurgents attacked an army base in Mubi on Friday, killing nine soldiers.", "armed_clash"),
        ("Rebels attacked the town of Beni on Friday, killing four soldiers and six civilians.",
         "armed_clash"),
    ],
)
def test_an_attack_is_typed_by_whom_it_killed(text, sub_type):
    events = sitrep.extract(text, published="2024-03-05")
    assert [e.sub_event_type for e in events] == [sub_type]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Warplanes struck two villages near Idlib on Sunday. At least 15 civilians were killed in "
        "the strikes, a local official said.",
        "Jets bombed a market in Saada on Monday. The coalition said no civilians were injured or "
        "killed as a result of this airstrike.",
        "Artillery pounded the outskirts of Kharkiv on Tuesday. Two residents died during the "
        "shelling, the governor said.",
    ],
)
def test_a_toll_of_an_act_told_before_is_no_new_attack(text):
    events = sitrep.extract(text, published="2024-03-05")
    assert "attack" not in {e.sub_event_type for e in events}
    assert len(events) == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen killed six people in an attack in Sokoto state on Sunday.", 6),
        ("Gunmen killed eleven people in an attack on a village near Jos on Friday.", 11),
        ("Assailants shot dead four people in an attack on a bar in Celaya on Saturday.", 4),
    ],
)
def test_a_killing_phrase_with_its_doer_counts_for_the_attack_named_after_it(text, killed):
    """"Gunmen killed six people in an attack": the trigger phrase that holds the killing verb and
    its doer is that killing, not another act that caused the deaths, so the toll is the attack's."""
    events = sitrep.extract(text, published="2024-03-05")
    assert [e.fatalities.best for e in events] == [killed]
