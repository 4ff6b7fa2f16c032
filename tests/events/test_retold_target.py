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


@pytest.mark.parametrize(("text", "town"), [
    ("Russian missiles hit energy facilities in Ukraine's Kharkiv region on Saturday, killing two people, "
     "officials said. The strikes on Chuhuiv damaged a power substation and several homes, the governor wrote.",
     "Chuhuyiv"),
    ("Russian artillery pounded villages in Ukraine's Sumy region on Monday, killing a man, the governor said. "
     "The strikes on Shostka also wounded three women, he said.", "Shostka"),
])
def test_bare_strikes_refer_to_the_act_of_another_sub_type(text, town):
    """ "The strikes" names no sub-type: it retells the shelling told for the province, at its town."""
    events = extract_events(text, published="2025-03-10")
    assert [(e.sub_event_type, e.location.name) for e in events] == [("shelling_artillery_missile_attack", town)]


def test_drone_strikes_stay_their_own_act():
    text = ("Russian missiles hit Kharkiv on Saturday, killing two, officials said. The drone strikes on "
            "Chuhuiv later that day damaged a substation.")
    assert len(extract_events(text, published="2025-03-10")) == 2
