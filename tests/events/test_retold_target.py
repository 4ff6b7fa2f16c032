"""An act told at a province whose target a following sentence names again at a town of that
province takes the town as its place, even when that sentence tells no act of its own
(``events/retold_target.py``), read by the real pipeline. Texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str) -> list[str]:
    return [e.location.name for e in extract_events(text, published="2025-03-10")]


@pytest.mark.parametrize(("text", "town"), [
    ("Ukrainian drones struck an oil refinery in Russia's Samara region overnight, sparking a fire, "
     "the regional governor said on Sunday. Falling debris set the refinery in the city of Syzran ablaze, "
     "he said, adding that no one was hurt.", "Syzran"),
    ("Ukrainian drones attacked a fuel depot in Russia's Bryansk region overnight, the governor said on "
     "Tuesday. A fire broke out at the depot in Klintsy, he added.", "Klintsy"),
    ("Al Shabaab fighters stormed a military base in Somalia's Hiran region on Tuesday, officials said.\n\n"
     "Soldiers at the base in Beledweyne held out for several hours before reinforcements arrived, "
     "an officer said.", "Beledweyne"),
    ("Jihadists attacked an army post in Burkina Faso's Sahel region on Thursday, security sources said. "
     "Smoke rose over the post at Djibo for hours afterwards, a resident said.", "Djibo"),
    ("Gunmen opened fire on a bus in the Mexican state of Zacatecas on Sunday, prosecutors said. "
     "The bus near Fresnillo was found riddled with bullet holes, they said.", "Fresnillo"),
])
def test_act_takes_the_town_of_its_retold_target(text, town):
    assert places(text) == [town]


@pytest.mark.parametrize("text", [
    # the place the target came from is not where it was hit
    "Gunmen opened fire on a bus in the Mexican state of Zacatecas on Sunday, prosecutors said. "
    "The bus from Fresnillo was carrying farm workers, they said.",
    # a town of another province is no refinement of the act
    "Ukrainian drones struck an oil refinery in Russia's Samara region overnight, the governor said on Sunday. "
    "The refinery in Kramatorsk was not affected, officials in Ukraine said.",
    # another target than the one hit
    "Ukrainian drones struck an oil refinery in Russia's Samara region overnight, the governor said on Sunday. "
    "A depot in Syzran was not affected, he said.",
])
def test_act_keeps_its_province_without_a_retold_target_inside_it(text):
    assert all(name != "Syzran" and name != "Fresnillo" and name != "Kramatorsk" for name in places(text))
