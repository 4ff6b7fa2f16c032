"""A generic force word ("soldiers", "the army") takes the country of the place, unless the
sentence names one foreign force of the same kind and
the article never names the place's own: then the soldiers are that force's men. Real pipeline,
sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _names(text: str) -> set[str]:
    return {a.name for e in extract_events(text, published="2024-10-22") for a in (e.actor1, e.actor2) if a}


@pytest.mark.parametrize(("text", "owner", "place"), [
    ("The Israeli military said two of its soldiers were killed in fighting with Hezbollah in southern "
     "Lebanon on Monday.", "Military Forces of Israel", "Lebanon"),
    ("Turkey's army said three soldiers were killed in clashes with PKK militants in the Zap region of "
     "northern Iraq on Friday.", "Military Forces of Turkey", "Iraq"),
    ("PKK fighters clashed with Turkish commandos near Sidakan in northern Iraq on Friday, killing seven "
     "soldiers, the group said.", "Military Forces of Turkey", "Iraq"),
    ("Two soldiers were killed in an ambush by M23 rebels near Goma in eastern Congo on Sunday, according "
     "to Rwanda's army.", "Military Forces of Rwanda", "Congo"),
])
def test_soldiers_belong_to_the_one_foreign_force_told(nlp, text, owner, place):
    names = _names(text)
    assert owner in names and not any(n.startswith("Military Forces of") and n.endswith(place) for n in names)


def test_a_force_named_only_elsewhere_in_the_article_owns_no_soldiers(nlp):
    text = ("Air defences downed five drones near Belgorod on Tuesday, the governor said. "
            "Two Ukrainian drones had hit a depot in the region last week.")
    assert "Military Forces of Russia" in _names(text)


def test_the_place_s_own_soldiers_stay_when_its_force_is_named(nlp):
    names = _names("Russian shelling killed two soldiers near Kupiansk on Monday, Ukrainian troops said.")
    assert "Military Forces of Ukraine" in names


def test_police_are_not_a_foreign_army_s_men(nlp):
    names = _names("Israeli jets struck a police station in Gaza City on Monday, killing three policemen.")
    assert "Police Forces of Israel" not in names and "Military Forces of Israel" in names
