"""A group the article names only as the setting of what it tells (behind a campaign, or just
present in the area) is not the perpetrator of an act no sentence lays at its door; a group the
sentences do hold responsible still is (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _perpetrators(text: str) -> list[tuple[str | None, str | None]]:
    import sitrep

    return [(e.actor1.name if e.actor1 else None, e.actor1.type if e.actor1 else None)
            for e in sitrep.extract(text, published="2024-06-11")
            if e.event_type in {"explosions_remote_violence", "violence_against_civilians"}]


@pytest.mark.parametrize(("text", "group"), [
    ("Peace talks have stalled for months. A rebellion, led by the Boko Haram group, drags on. "
     "On Friday, five traders were killed in Biu when a bomb went off near the cattle market.", "Boko Haram"),
    ("On May 3, a suicide bomber blew herself up at the market in Kolofata, killing four shoppers.\n\n"
     "Since March the area has suffered weeks of violence attributed to Boko Haram, the governor said.",
     "Boko Haram"),
    ("A bomb exploded outside a clinic in Mubi on Saturday, killing two nurses, in a district where "
     "ISWAP fighters are active.", "Islamic State (West Africa)"),
    ("Gunmen shot dead three teachers in Bardera on Sunday, in a region where al-Shabaab-linked "
     "militants are active.", "Al Shabaab"),
])
def test_a_group_named_only_as_the_setting_is_not_the_perpetrator(text, group):
    found = _perpetrators(text)
    assert found, text
    assert all(name != group for name, _ in found), found


@pytest.mark.parametrize(("text", "group"), [
    ("Boko Haram fighters, who are active in the area, killed nine farmers in Gwoza on Monday.", "Boko Haram"),
    ("A bomb went off near the cattle market in Biu on Friday, killing five traders.\n\n"
     "Officials blamed Boko Haram for the bombing.", "Boko Haram"),
    ("Al-Shabaab militants stormed a village near Bardera on Sunday and shot dead three teachers.", "Al Shabaab"),
])
def test_a_group_the_sentences_hold_responsible_stays_the_perpetrator(text, group):
    found = _perpetrators(text)
    assert found and all(name == group for name, _ in found), found
