"""A route named after its two ends ("the X-Y highway") says which road, not where along it the act
happened: a place named "near Z" in the same sentence is the event's place. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str) -> list[str]:
    return sorted({e.location.name for e in extract_events(text, published="2024-05-08") if e.location})


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels clashed with troops on Monday on the Mandalay-Lashio highway near Kyaukme, the group said.", "Kyaukme"),
    ("Insurgents fought soldiers on the Mandalay–Lashio road near Kyaukme on Sunday.", "Kyaukme"),
    ("Gunmen ambushed an army convoy on the Maiduguri-Damboa road near Sabon Gari on Monday, killing four "
     "soldiers.", "Sabon Gari"),
])
def test_place_near_a_route_beats_the_route_ends(nlp, text, place):
    assert places(text) == [place]


def test_route_end_stays_the_place_when_nothing_else_is_named(nlp):
    assert places("A roadside bomb hit a truck on the Kabul-Jalalabad highway on Tuesday, killing three "
                  "soldiers.") == ["Kabul"]


def test_is_route_end_reads_the_dash_and_the_route_noun(nlp):
    from sitrep.events.place_choice import is_route_end

    doc = nlp("Troops clashed on the Mandalay-Lashio highway near Kyaukme.")
    spans = {s.text: s for s in doc.spans["places"]}
    assert is_route_end(spans["Lashio"]) and not is_route_end(spans["Kyaukme"])


@pytest.mark.parametrize(("text", "ends"), [
    ("Gunmen abducted 20 passengers on the Abuja-Kaduna highway on Sunday, police said.", {"Abuja", "Kaduna"}),
    ("Bandits kidnapped 14 travellers on the Kaduna-Abuja road on Friday.", {"Abuja", "Kaduna"}),
])
def test_route_taken_for_one_place_is_split_into_its_ends(nlp, text, ends):
    doc = nlp(text)
    assert {s.text for s in doc.spans["places"]} == ends
    found = places(text)
    assert len(found) == 1 and found[0] in ends
