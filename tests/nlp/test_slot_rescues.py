"""Towns named like English words ("Hit", "Tyre", "Tame") or misread by the NER as dates
("Bara", "Hays") are places in a place-only slot of a sentence telling an act, when the
gazetteer has them in a country the article names (places.PlaceTagger._slot_rescues)."""

from __future__ import annotations

import pytest


def _places(nlp, text: str) -> list[str]:
    return [p.text for p in nlp(text).spans["places"]]


@pytest.mark.parametrize(("text", "town"), [
    ("Iraqi police arrested three men in Hit on Friday after a bomb went off near the market.", "Hit"),
    ("Two rockets landed near Hit, in Iraq's Anbar province, killing a shepherd.", "Hit"),
    ("Israeli jets struck farmland on the outskirts of Tyre in southern Lebanon, wounding two farmers.", "Tyre"),
    ("Colombian soldiers clashed with guerrillas on the outskirts of Tame, killing two rebels.", "Tame"),
    ("RSF fighters attacked villages north of Bara, in Sudan's North Kordofan state, on Sunday.", "Bara"),
    ("Sudanese troops shelled positions near Bara on Tuesday, residents said.", "Bara"),
    ("A drone struck a market in Hays, in Yemen's Hodeidah province, killing three people.", "Hays"),
])
def test_town_in_a_place_slot_of_an_act(nlp, text, town):
    assert town in _places(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    # no country the article names has a town of that name
    ("Soldiers arrested two men in Tame on Friday.", "Tame"),
    # no act told: the slot alone does not vouch for the name
    ("Iraqi police questioned three men in Hit on Friday about the budget.", "Hit"),
    ("Iraqi officials met tribal leaders in Hit on Friday to discuss the budget.", "Hit"),
    # an owner, not a place
    ("Colombian soldiers arrested two men from Tame's main market.", "Tame"),
    # a month stays a date
    ("Colombian police arrested a man in May after a bomb went off.", "May"),
])
def test_no_rescue_without_slot_act_and_country(nlp, text, word):
    assert word not in _places(nlp, text)
