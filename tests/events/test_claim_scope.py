"""A claim reaches an earlier act only when its words fit that act: a claim naming another place
or another time, a denied or hedged one, or one by a group of a far-off country gives no act its
group (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

JNIM = "JNIM: Group for Support of Islam and Muslims"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    import sitrep

    return [(e.event_type, e.actor1.name if e.actor1 else None, e.location.name if e.location else None)
            for e in sitrep.extract(text, published="2025-06-18")]


def _actor1s(text: str) -> list[str | None]:
    return [a1 for _, a1, _ in _events(text)]


@pytest.mark.parametrize(("text", "group"), [
    ("Unknown gunmen shot dead four traders near Jowhar on Monday, residents said.\n\n"
     "Al-Shabaab claimed the attack in Kismayo last year.", "Al Shabaab"),
    ("Gunmen ambushed a patrol near Djibo on Saturday, killing four soldiers, a local official said.\n\n"
     "In a video, JNIM claimed the ambush of March 2019.", JNIM),
    ("Gunmen ambushed a patrol near Djibo on Saturday, killing four soldiers.\n\n"
     "JNIM claimed that ambush last year.", JNIM),
    ("Masked men shot dead a teacher near Tillaberi on Friday.\n\n"
     "The Islamic State claimed that killing two years ago in a statement.", "Islamic State"),
])
def test_a_claim_naming_another_place_or_time_gives_no_earlier_act_its_group(text, group):
    assert all(group not in (a1 or "") for a1 in _actor1s(text)), _events(text)


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen ambushed a police patrol near Kalat on Sunday, killing three officers.\n\n"
     "JNIM claimed the ambush.", JNIM),
    ("Armed men killed five farmers near Zaria on Wednesday, police said.\n\n"
     "Al-Shabaab claimed the killings.", "Al Shabaab"),
])
def test_a_claim_by_a_group_of_a_far_country_gives_no_act_its_group(text, group):
    assert group not in _actor1s(text), _events(text)


@pytest.mark.parametrize("text", [
    "Gunmen ambushed an army convoy near Boni on Thursday, killing seven soldiers.\n\n"
    "JNIM was not responsible for the ambush, the group said.",
    "Gunmen ambushed an army convoy near Boni on Thursday, killing seven soldiers.\n\n"
    "Officials said JNIM was not responsible for the ambush.",
])
def test_a_denial_on_the_linking_verb_cancels_the_claim(text):
    assert JNIM not in _actor1s(text), _events(text)


@pytest.mark.parametrize("text", [
    "Gunmen ambushed an army convoy near Boni on Thursday, killing seven soldiers.\n\n"
    "The army could not rule out that JNIM was responsible for the ambush.",
    "Gunmen ambushed an army convoy near Boni on Thursday, killing seven soldiers.\n\n"
    "Officials said JNIM may be responsible for the ambush.",
    "Gunmen ambushed an army convoy near Boni on Thursday, killing seven soldiers.\n\n"
    "Investigators are examining whether JNIM carried out the ambush.",
])
def test_a_hedged_claim_gives_no_act_its_group(text):
    assert JNIM not in _actor1s(text), _events(text)


def test_a_claim_does_not_reach_an_act_told_separately():
    text = ("Militants stormed a gendarmerie post near Sebba on Friday, killing six gendarmes.\n\n"
            "In a separate incident, gunmen killed three civilians in a market.\n\n"
            "JNIM claimed the killings in a statement.")
    events = _events(text)
    assert all(a1 != JNIM for kind, a1, _ in events if kind == "violence_against_civilians"), events
