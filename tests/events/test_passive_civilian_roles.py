"""Killings told in the passive of people named by a civilian occupation or role ("three traders
were killed") are attacks, while the same people killed in an accident (a road crash, lightning,
a collapse) are no event (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, int | None]]:
    import sitrep

    return [(e.sub_event_type, e.fatalities.best) for e in sitrep.extract(text, published="2023-03-08")]


@pytest.mark.parametrize(("text", "dead"), [
    ("Three traders were killed in Banki on Monday, residents said.", 3),
    ("Four fishermen were killed on the lake near Baga on Sunday, an official said.", 4),
    ("At least six herders were killed in Riyom on Wednesday.", 6),
    ("Two students were shot dead in Bama on Friday.", 2),
    ("Nine mourners were killed at a burial in Gajiram on Thursday.", 9),
    ("Twelve miners were killed in Anka on Tuesday, police said.", 12),
    ("Eight displaced people were killed at a camp outside Ngala on Saturday.", 8),
])
def test_passive_killing_of_civilian_role_is_an_attack(text, dead):
    assert ("attack", dead) in _events(text)


def test_active_killing_of_traders_is_an_attack():
    assert ("attack", 5) in _events("Bandits killed five traders on the road to Tsafe on Sunday.")


@pytest.mark.parametrize("text", [
    "Three traders were killed in a road crash near Banki on Monday.",
    "Two farmers were killed by lightning in Riyom on Tuesday.",
    "Two villagers were killed by lightning in Riyom on Tuesday.",
    "Five miners were killed when a pit collapsed in Anka on Monday.",
    "A bus crash killed three traders near Banki on Monday.",
    "Two children died of cholera in Bama on Monday.",
    "Four persons died near Banki late on Monday.",
])
def test_accidents_and_bare_people_stay_no_attack(text):
    assert "attack" not in [t for t, _ in _events(text)]
