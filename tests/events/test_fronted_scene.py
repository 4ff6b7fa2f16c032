"""A place that opens a sentence before the speaker ("In X, the army said its troops repelled an
attack") tells where the reported act happened, as an article moves from town to town; a place
after the speech verb ("officials said in Doha") is still only where the speaker was (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

PUBLISHED = "2024-03-10"  # a Sunday


def _places(text: str, event_type: str) -> list[str]:
    events = default_extractor().extract(Article(id="t", text=text, published=PUBLISHED))
    return [e.location.name for e in events if e.event_type == event_type and e.location is not None]


@pytest.mark.parametrize("text, place", [
    ("The army said on Saturday it had recaptured Singa from the RSF.\n\n"
     "In El Obeid, the army said its troops had repulsed an RSF attack on the city's northern suburbs on Saturday.",
     "El Obeid"),
    ("Troops retook the town of Palma from insurgents on Friday, officials said.\n\n"
     "Meanwhile in Pemba, police said gunmen had attacked a patrol in the city on Saturday.",
     "Pemba"),
    ("Government forces recaptured Jowhar from al-Shabaab on Friday.\n\n"
     "In Baidoa, a military officer said militants had attacked an army base in the town on Saturday.",
     "Baidoa"),
])
def test_a_place_opening_the_sentence_is_where_the_reported_battle_was(text, place):
    assert place in _places(text, "battles"), text


def test_a_place_after_the_speech_verb_stays_the_speakers():
    text = ("Fighters stormed an army post near Menaka on Saturday, killing four soldiers, a Malian officer "
            "said in Bamako on Sunday.")
    assert "Bamako" not in _places(text, "battles")
