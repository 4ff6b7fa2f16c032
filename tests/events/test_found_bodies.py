"""Bodies found with marks of violence (gunshot wounds, bound hands, torture) are an attack by an
unidentified armed group on the day they were found (ACLED); who found them is no party to it,
and the dead of an accident or a disaster are no event."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def events(text: str) -> list:
    return default_extractor().extract(Article(id="t", text=text, published="2024-06-12"))


@pytest.mark.parametrize("text, dead", [
    ("Police in the Mexican city of Culiacan found the bodies of five men with gunshot wounds beside a highway on Monday, "
     "the state prosecutor said.", 5),
    ("Residents of Port-au-Prince discovered six bullet-riddled corpses in the Delmas neighbourhood on Sunday, police said.", 6),
    ("Soldiers found the bodies of four farmers with their hands tied near Tumaco in Colombia on Sunday, the army said.", 4),
])
def test_bodies_found_with_marks_of_violence_are_an_attack(text, dead):
    found = [e for e in events(text) if e.sub_event_type == "attack"]
    assert len(found) == 1
    assert found[0].fatalities.best == dead
    assert found[0].actor1 is not None and found[0].actor1.name.startswith("Unidentified")


@pytest.mark.parametrize("text", [
    "Rescuers found the bodies of two hikers near Cuernavaca in Mexico on Sunday after a landslide, officials said.",
    "Divers found the body of a missing fisherman off Tumaco in Colombia on Monday, the navy said.",
])
def test_bodies_found_after_an_accident_are_no_event(text):
    assert events(text) == []
