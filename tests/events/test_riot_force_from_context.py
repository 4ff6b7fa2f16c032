"""A riot told in a sentence that names no force faced the state force the next sentence of the
paragraph tells acting there or hurt by the crowd; a force that only reports the riot is not it."""

from __future__ import annotations

import pytest

from sitrep import extract


def _riot(text: str):
    riots = [e for e in extract(text, published="2022-09-14") if e.sub_event_type == "violent_demonstration"]
    assert len(riots) == 1
    return riots[0]


@pytest.mark.parametrize("text", [
    "Rioters set fire to shops and cars in Lyon on Sunday night. Police fired tear gas and made dozens of arrests.",
    "Protesters stormed the town hall in Oruro on Friday and set the building on fire. "
    "Two police officers were injured by stones, the police said.",
    "Demonstrators threw petrol bombs at the governor's residence in Tumaco on Thursday. "
    "Soldiers were deployed to the area and fired warning shots.",
])
def test_the_force_of_the_next_sentence_is_the_riots_actor2(text):
    riot = _riot(text)
    assert riot.actor1.type == "rioters"
    assert riot.actor2 is not None and riot.actor2.type == "state_forces"


def test_a_force_that_only_reports_the_riot_is_not_its_actor2():
    riot = _riot("Crowds hurled rocks at government offices in Jaffna on Wednesday and torched a council vehicle. "
                 "Police later said the streets were quiet again by nightfall.")
    assert riot.actor2 is None
