"""A truce named beside fighting is another act, not the fighting's own word: "the worst
clashes since a ceasefire was announced" tells the clashes (with their day and dead), whatever
becomes of the truce. An agreement never absorbs the fighting or attack words of its sentence;
words that only say what a deal is meant to end stay no event."""

from __future__ import annotations

import pytest

import sitrep


def _events(text: str):
    return sitrep.extract(text, published="2025-05-14")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army post in Kitshanga on May 8, killing 17 soldiers, in the deadliest fighting "
        "since a ceasefire was announced.",
        "Fighting between rebels and militiamen in Rutshuru on Sunday left 12 people dead, the heaviest toll "
        "since a truce was declared.",
        "Militiamen and soldiers clashed near Beni on Monday, killing nine people, days after a ceasefire "
        "was agreed.",
        "Rebels and soldiers fought in Sake on 9 May, killing 14, the worst violence since a truce was signed "
        "in March.",
    ],
)
def test_fighting_beside_a_truce_is_kept_with_its_day(text):
    battles = [e for e in _events(text) if e.event_type == "battles"]
    assert len(battles) == 1
    assert battles[0].date_precision == "day"
    assert battles[0].fatalities.best is not None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kinshasa and the rebel movement signed a ceasefire in Doha on Tuesday to end the fighting.",
        "Both sides agreed on Monday to a truce aimed at halting the fighting in the east.",
        # the fighting told in the deal's own clause, or the deal told as what followed an attack
        "Militants left the valley on Friday under a deal that hands the army control after months of fighting.",
        "After the army launched an attack on the rebels in October 2019, the two sides reached a ceasefire "
        "agreement in Doha.",
    ],
)
def test_fighting_a_deal_is_meant_to_end_is_no_event(text):
    types = [e.sub_event_type for e in _events(text)]
    assert "agreement" in types
    assert "armed_clash" not in types


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army post in Kitshanga on May 8, killing 17 soldiers, in the deadliest fighting "
        "since a ceasefire was announced.",
        "Fighting between rebels and militiamen in Rutshuru on Sunday left 12 people dead, the heaviest toll "
        "since a truce was declared.",
        "Clashes have not stopped in the hills around Beni since the ceasefire took effect, residents said on Monday.",
    ],
)
def test_a_truce_told_as_the_start_of_a_since_clause_is_no_new_agreement(text):
    assert "agreement" not in [e.sub_event_type for e in _events(text)]
