"""An act whose perpetrator the text states unknown ("No group claimed the bombing", "unknown
assailants") keeps an unidentified actor1: no group of another act of the article is lent to it
(sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CLAIMED = ("The Pakistani Taliban claimed Monday's suicide bombing of Bannu's main police post, which "
           "killed three officers.\n\n")
EXECUTED = "Islamic State militants executed three shepherds near Tarmiyah on Friday, police said.\n\n"


def _actor1_at(text: str, place: str) -> str:
    import sitrep

    found = [e.actor1.name for e in sitrep.extract(text, published="2024-06-12")
             if e.location and place in e.location.name and e.actor1]
    assert found, sitrep.extract(text, published="2024-06-12")
    return found[0]


@pytest.mark.parametrize(("text", "place"), [
    (CLAIMED + "On Monday evening a bomb exploded at a fruit market in Peshawar, killing five people. "
     "No group claimed the bombing.", "Peshawar"),
    (CLAIMED + "On Monday evening a bomb exploded at a fruit market in Peshawar, killing five people, "
     "and nobody has so far claimed it.", "Peshawar"),
    ("On Monday evening a bomb exploded at a fruit market in Peshawar, killing five people. Nobody has "
     "claimed the bombing.\n\n" + CLAIMED.strip(), "Peshawar"),
    (EXECUTED + "A sticky bomb attached to a car exploded in Baghdad's Karrada district on Friday, killing a "
     "driver. The blast went unclaimed.", "Baghdad"),
    (EXECUTED + "A sticky bomb attached to a car exploded in Baghdad's Karrada district on Friday, killing a "
     "driver.\n\nThere was no claim from any group.", "Baghdad"),
])
def test_no_claim_keeps_the_bomber_unidentified(text, place):
    assert _actor1_at(text, place).startswith("Unidentified Armed Group"), text


@pytest.mark.parametrize(("text", "place"), [
    (EXECUTED + "On Friday, unknown assailants threw a grenade at a liquor shop in Baghdad, wounding three "
     "people.", "Baghdad"),
    ("JNIM fighters shot 12 villagers dead near Djibo on Saturday, the group said.\n\n"
     "On Saturday, unidentified gunmen shot dead a cattle trader at a market in Dori, residents said.", "Dori"),
])
def test_unknown_perpetrator_is_not_lent_another_acts_group(text, place):
    assert _actor1_at(text, place).startswith("Unidentified Armed Group"), text


def test_the_claimed_act_keeps_its_group():
    text = CLAIMED + ("On Monday evening a bomb exploded at a fruit market in Peshawar, killing five people. "
                      "No group claimed the bombing.")
    assert _actor1_at(text, "Bannu").startswith("TTP")


def test_a_group_blamed_in_the_no_claim_sentence_stands():
    text = CLAIMED + ("On Monday evening a bomb exploded at a fruit market in Peshawar, killing five people. "
                      "No group claimed the blast, which police blamed on the Islamic State.")
    assert _actor1_at(text, "Peshawar") == "Islamic State"


def test_a_later_claim_of_the_act_itself_stands():
    text = ("Unknown gunmen stormed a church in Kasese on Sunday, killing five worshippers. The ADF later "
            "claimed responsibility for the church raid.")
    assert _actor1_at(text, "Kasese").startswith("ADF")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("No group claimed the bombing.", True),
    ("No one has yet taken responsibility for that explosion.", True),
    ("Nobody has yet claimed the attack.", True),
    ("There was no claim from any group.", True),
    ("The attack has not been claimed.", True),
    ("No militant group has so far taken responsibility.", True),
    ("The bombing went unclaimed.", True),
    ("The group said it had carried out the bombing and claimed it.", False),
    ("The army denied that it had fired on the crowd.", False),
    ("Police said no one was hurt in the blast.", False),
])
def test_no_claim_wordings(nlp, sentence, expected):
    from sitrep.events.unclaimed import no_claim

    doc = nlp(sentence)
    assert no_claim(next(doc.sents)) is expected
