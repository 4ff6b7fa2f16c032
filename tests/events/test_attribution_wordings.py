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
