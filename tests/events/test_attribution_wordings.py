"""More wordings by which an article lays an act at a named group's door in another sentence:
a group the doers are said to belong to or be members of (sentences
written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _perpetrators(text: str) -> list[str | None]:
    import sitrep

    return [e.actor1.name if e.actor1 else None for e in sitrep.extract(text, published="2024-06-11")
            if e.event_type in {"explosions_remote_violence", "violence_against_civilians"}]


@pytest.mark.parametrize(("text", "group"), [
    ("Armed men on motorbikes killed 20 villagers in Diallassagou on Sunday.\n\n"
     "Witnesses described the attackers as members of the Macina Liberation Front.", "Katiba Macina"),
    ("Gunmen killed 12 people in the village of Dalwa in Borno state on Sunday.\n\n"
     "Residents said the gunmen belonged to ISWAP.", "Islamic State (West Africa)"),
])
def test_violence_takes_the_group_its_doers_belong_to(text, group):
    found = _perpetrators(text)
    assert found, text
    assert all(name == group for name in found), found


def test_a_group_only_described_elsewhere_is_not_lent():
    text = ("Gunmen killed 12 people in the village of Dalwa in Borno state on Sunday.\n\n"
            "Analysts have described ISWAP as the strongest jihadist faction in the region, "
            "but no group claimed the killings.")
    assert all(name != "Islamic State (West Africa)" for name in _perpetrators(text))


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen attacked an army post near the town of Boni on Sunday, killing 11 soldiers.\n\n"
     "The army blamed the attack on JNIM.", "JNIM: Group for Support of Islam and Muslims"),
    ("Attackers killed 11 soldiers near the town of Boni on Sunday.\n\n"
     "Officials said the attackers belonged to JNIM.", "JNIM: Group for Support of Islam and Muslims"),
    ("Heavily armed men ambushed a patrol near Tillia on Sunday, killing 17 soldiers.\n\n"
     "The Islamic State in the Greater Sahara claimed responsibility for the ambush.", "Islamic State (Sahel)"),
])
def test_an_attack_on_troops_takes_the_group_the_article_blames(text, group):
    import sitrep

    found = [e.actor1.name for e in sitrep.extract(text, published="2024-06-11") if e.event_type == "battles"]
    assert found and all(name == group for name in found), found
