"""A claim or blame sentence gives its group to the one act it names, where that act's own
sentences leave the perpetrator unnamed or generic, and not to the article's other acts
(sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

JNIM = "JNIM: Group for Support of Islam and Muslims"
TTP = "TTP: Tehreek-i-Taliban Pakistan"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    import sitrep

    return [(e.event_type, e.actor1.name if e.actor1 else None, e.location.name if e.location else None)
            for e in sitrep.extract(text, published="2025-03-12")]


def _actor1s(text: str, event_type: str) -> list[str | None]:
    return [a1 for kind, a1, _ in _events(text) if kind == event_type]


@pytest.mark.parametrize(("text", "group"), [
    ("Militants overran an army outpost near Arbinda on Sunday, killing nine soldiers, security sources said.\n\n"
     "In a separate attack on Monday, gunmen killed five civilians in the village of Tin-Akoff.\n\n"
     "On Tuesday the jihadist alliance JNIM claimed the night assault on the outpost.",
     JNIM),
    ("Insurgents attacked a police checkpoint in Tank district overnight, killing three officers in a gunfight.\n\n"
     "A roadside bomb also wounded two soldiers in Mir Ali on Monday, and no group claimed it.\n\n"
     "The Pakistani Taliban said its fighters carried out the checkpoint assault.", TTP),
    ("Militants attacked a police station in Bannu on Sunday, sparking a gunfight that killed two officers. "
     "In Karachi, the Baloch Liberation Army attacked a convoy.\n\n"
     "Officials blamed the Pakistani Taliban for the attack on the station.", TTP),
    ("Gunmen ambushed a patrol of soldiers near Diffa on Monday, killing four of them. ISWAP fighters have also "
     "attacked positions on the lake this year.\n\nThe ambush was the work of Boko Haram, a military source said.",
     "Boko Haram"),
])
def test_a_battle_claimed_in_a_later_sentence_takes_the_claimant(text, group):
    assert group in _actor1s(text, "battles"), _events(text)


@pytest.mark.parametrize("text", [
    "Gunmen killed seven villagers in Hoshab on Tuesday night, officials said. On Wednesday, a bomb went off "
    "in Quetta, wounding three.\n\nThe Balochistan Liberation Front later claimed the killings.",
    "Gunmen killed seven villagers in Hoshab on Tuesday night, officials said. On Wednesday, a bomb went off "
    "in Quetta, wounding three.\n\nThe Balochistan Liberation Front later said it carried out the killings.",
])
def test_claimed_killings_go_to_the_killing_not_to_the_later_bombing(text):
    events = _events(text)
    assert [a1 for kind, a1, _ in events if kind == "violence_against_civilians"] \
        == ["BLF: Baloch Liberation Front"], events
    assert all(a1 != "BLF: Baloch Liberation Front"
               for kind, a1, _ in events if kind == "explosions_remote_violence"), events


@pytest.mark.parametrize("text", [
    "Militants overran an army outpost near Arbinda on Sunday, killing nine soldiers, security sources said.\n\n"
    "In a separate attack on Monday, gunmen killed five civilians in the village of Tin-Akoff.\n\n"
    "JNIM claimed the raid on the outpost.",
    "Militants overran an army outpost near Arbinda on Sunday, killing nine soldiers, security sources said.\n\n"
    "In a separate attack on Monday, gunmen killed five civilians in the village of Tin-Akoff.\n\n"
    "The army blamed JNIM for the assault on the outpost.",
])
def test_a_claim_reaches_only_the_act_it_names(text):
    events = _events(text)
    assert JNIM in [a1 for kind, a1, _ in events if kind == "battles"], events
    assert all(a1 != JNIM for kind, a1, _ in events if kind == "violence_against_civilians"), events


@pytest.mark.parametrize("text", [
    "Militants overran an army outpost near Arbinda on Sunday, killing nine soldiers.\n\n"
    "No group claimed the raid, but the area is a stronghold of JNIM.",
    "Militants overran an army outpost near Arbinda on Sunday, killing nine soldiers.\n\n"
    "JNIM denied carrying out the raid.",
])
def test_a_denied_or_unclaimed_act_keeps_its_unnamed_perpetrator(text):
    assert all(a1 != JNIM for a1 in _actor1s(text, "battles")), _events(text)


def test_a_claim_does_not_replace_state_forces():
    text = ("Soldiers raided a rebel camp near Butembo on Friday, killing six fighters, the army said.\n\n"
            "The ADF claimed responsibility for the attack.")
    assert all(a1 != "ADF: Allied Democratic Forces" for a1 in _actor1s(text, "battles")), _events(text)
