"""An act told as a noun inside a "when ..." clause ("wounded when they stepped on a mine while
patrolling X") takes the place of that clause: the clause is the act's own, not another one."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize(
    "text, town",
    [
        ("Officials in Bogota said a soldier was killed on Tuesday when he stepped on a landmine while patrolling "
         "a rural area of Ituango, in Antioquia province.", "Ituango"),
        ("Officials in Maiduguri said a farmer was killed on Monday when he stepped on an improvised explosive "
         "device while tending his field near Gwoza.", "Gwoza"),
        ("Police in Quetta said a shepherd was wounded on Monday when he stepped on a mine while grazing his "
         "goats in the hills of Kohlu.", "Kohlu"),
        ("In the capital Bamako, officials said two soldiers died on Monday when their truck hit a mine while "
         "they were driving near Douentza.", "Douentza"),
        ("Army officers in Kabul said three policemen were wounded on Monday when a roadside bomb struck their "
         "car while they patrolled the outskirts of Ghazni.", "Ghazni"),
    ],
)
def test_act_in_when_clause_takes_its_place(text, town):
    events = sitrep.extract(text, published="2025-06-04")
    assert [e.location.name for e in events] == [town]
