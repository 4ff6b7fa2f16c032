"""Wordings of abduction and enforced disappearance beyond "abducted" and "kidnapped": people
taken from their homes or led, dragged or marched away by armed men; people who vanished after
being stopped or detained; and arrests after which the people held were not seen again (ACLED:
a disappearance by state forces is an abduction too). Lawful arrests, the wounded taken to
hospital and a town taken by rebels keep their own types."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model

ABDUCTION = "abduction_forced_disappearance"


def sub_types(text: str) -> list[str]:
    found = default_extractor().extract(Article(id="t", text=text, published="2025-03-10"))
    return [e.sub_event_type for e in found]


@pytest.mark.parametrize("text", [
    "A farmer was taken from his house by armed men in the village of Kasindi on Tuesday night, residents said.",
    "Gunmen snatched two nurses from their homes in Kaduna state on Sunday.",
    "Armed men led away four teachers from a school in Tillaberi on Monday.",
    "Militants marched dozens of villagers into the bush near Mocimboa da Praia on Sunday.",
    "Twelve passengers were dragged off a bus by gunmen in Mandera county on Tuesday.",
    "Four aid workers were taken away by gunmen in Ituri province on Monday.",
])
def test_taken_away_by_armed_men_is_an_abduction(text):
    assert sub_types(text) == [ABDUCTION]


@pytest.mark.parametrize("text", [
    "Three students vanished on Saturday after being stopped by municipal police in Tierra Blanca, Veracruz, their families said.",
    "A local journalist disappeared on Monday after being detained by soldiers at a checkpoint near Culiacan.",
    "Two activists were detained by police in Kinshasa on Monday and have not been seen since, their lawyers said.",
    "Police arrested a human rights defender in Nairobi on Thursday; his whereabouts remain unknown.",
])
def test_held_and_not_seen_again_is_a_disappearance(text):
    assert sub_types(text) == [ABDUCTION]


@pytest.mark.parametrize("text, expected", [
    ("Police arrested 12 suspects in Nairobi on Monday over the robbery.", ["arrests"]),
    ("Soldiers detained three men suspected of smuggling weapons in Goma on Friday.", ["arrests"]),
    ("The wounded were taken to hospital in Beni on Sunday.", []),
    ("The injured man was carried off the pitch by medics.", []),
    ("The survivors were led away to safety by rescuers in Butembo on Monday.", []),
    ("Soldiers led away three suspects after the raid in Goma on Friday, the army said.", ["arrests"]),
])
def test_lawful_arrests_and_rescues_keep_their_types(text, expected):
    assert sub_types(text) == expected
