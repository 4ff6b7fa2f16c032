"""A riot fought between crowds (rival party supporters, rival villages) has the crowd on both
sides: ACLED codes rioters against rioters, so actor2 is the rioters too, not the civilians
or nobody, also where a headline or another telling of the fight named no side. A crowd that
fought the police keeps the police as actor2, and a crowd that killed someone keeps its victim.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def riots(text: str):
    found = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e for e in found if e.event_type == "riots"]


@pytest.mark.parametrize("text", [
    "Deadly brawl at tallying centre in Kisumu\n\n"
    "One person died on Tuesday when supporters of two candidates for governor clashed outside a "
    "tallying centre in Kisumu, Kenya, police said.",
    "One dead in Bogra clash\n\n"
    "A clash between ruling party activists and opposition supporters in Bogra, Bangladesh, left one "
    "man dead on Tuesday, police said.",
    "Followers of two rival chiefs fought with sticks and stones in Tamale, Ghana, on Tuesday, "
    "leaving two people dead, a police spokesman said.",
])
def test_crowds_fighting_each_other_are_rioters_on_both_sides(text):
    found = riots(text)
    assert found, text
    assert all(e.actor1.type == "rioters" and e.actor2 is not None and e.actor2.type == "rioters" for e in found), \
        [(e.sub_event_type, e.actor1.type, e.actor2 and e.actor2.type) for e in found]


@pytest.mark.parametrize("text", [
    "Opposition supporters clashed with police in Harare, Zimbabwe, on Tuesday, and officers fired "
    "tear gas, a police spokesman said.",
])
def test_a_crowd_fighting_the_police_keeps_the_police(text):
    found = riots(text)
    assert found and all(e.actor2 is not None and e.actor2.type == "state_forces" for e in found), \
        [(e.sub_event_type, e.actor1.type, e.actor2 and e.actor2.type) for e in found]


def test_a_crowd_killing_a_man_keeps_its_victim():
    found = riots("Supporters of the governing party beat a polling official to death in Kumasi, Ghana, "
                  "on Tuesday, police said.")
    assert found and all((e.actor2 is None or e.actor2.type != "rioters") for e in found), \
        [(e.sub_event_type, e.actor1.type, e.actor2 and e.actor2.type) for e in found]
