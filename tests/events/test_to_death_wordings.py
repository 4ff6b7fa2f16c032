"""Killings told as "hacked/stabbed/beaten N people to death", the victims between the verb and
"to death", are attacks (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, int | None]]:
    import sitrep

    return [(e.sub_event_type, e.fatalities.best) for e in sitrep.extract(text, published="2023-03-08")]


@pytest.mark.parametrize(("text", "dead"), [
    ("Armed men hacked 14 farmers to death near Djugu on Sunday, a local official said.", 14),
    ("Suspected rebels stabbed two teachers to death in Oicha on Monday.", 2),
    ("Militiamen hacked at least nine villagers to death with machetes in Ituri on Saturday.", 9),
    ("Soldiers beat three detainees to death at a camp near Sagaing on Friday, witnesses said.", 3),
    ("Gunmen stabbed a village chief to death in Tillaberi on Tuesday.", 1),
])
def test_victims_between_the_verb_and_to_death_make_an_attack(text, dead):
    assert ("attack", dead) in _events(text)


def test_a_crowd_beating_someone_to_death_stays_mob_violence():
    text = "An angry crowd beat two suspected kidnappers to death in Kano on Sunday."
    assert [t for t, _ in _events(text)] == ["mob_violence"]
