"""A crowd that attacks, burns or topples is a riot, not a peaceful protest beside a clash or an
act of destruction; ransacking by an armed group with no crowd in sight is looting."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]


RIOT, LOOTING = "violent_demonstration", "looting_property_destruction"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a crowd that attacks, burns or topples
    ("Protesters attacked the electoral commission offices in Lubumbashi on Friday.", RIOT),
    ("Angry demonstrators attacked a police post in Antananarivo on Friday.", RIOT),
    ("Hundreds of demonstrators filled the streets of Conakry on Friday, burning tyres and smashing shop windows.",
     RIOT),
    ("Marchers toppled a statue of a colonial general in Popayan on Friday.", RIOT),
    ("Protesters ransacked the governor's residence in Kano on Friday.", RIOT),
    # ransacking with no crowd in the sentence
    ("Militia fighters ransacked shops and homes in Geneina on Friday, residents said.", LOOTING),
    ("Soldiers ransacked the offices of an aid group in Bambari on Friday.", LOOTING),
])
def test_who_attacks_or_destroys_tells_riot_from_looting(text, expected):
    types = _types(text)
    assert expected in types and not {RIOT, LOOTING, "peaceful_protest", "armed_clash"} - {expected} & set(types), types


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers burned down dozens of houses in Sagaing on March 16, residents said.", LOOTING),
    ("Militiamen torched a village near Djugu on 2 March, the UN said.", LOOTING),
    ("Marchers torched two cars in Santiago on March 16.", RIOT),
    ("Police used tear gas against a sit-in outside the ministry in Khartoum on March 3.", "protest_with_intervention"),
])
def test_the_month_of_march_is_no_protest(text, expected):
    types = _types(text)
    assert types == [expected], types


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A mob burned alive a suspected thief in Port Harcourt on Monday.",
    "Villagers burnt alive two men accused of witchcraft in a mob attack near Kisii on Friday.",
    "An angry mob burned to death two suspected kidnappers in Enugu on Tuesday.",
])
def test_a_mob_burning_people_alive_or_to_death_is_mob_violence(text):
    # "burn alive" and "burn to death" are two phrases of the codebook, not "burn alive|to death"
    assert _types(text) == ["mob_violence"]
