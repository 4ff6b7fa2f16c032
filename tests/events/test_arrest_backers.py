"""People arrested as suspected backers of an armed group ("on suspicion of spying for the
rebels") are civilians: the article's main armed party does not replace them as actor2, as it
does for plain suspects. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.events.conventions import held_as_backers


def _arrest(text: str) -> dict:
    found = [e.to_dict() for e in sitrep.extract(text, published="2024-03-10")]
    return next(e for e in found if e["sub_event_type"] == "arrests")


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kosti detained nine people on Tuesday on suspicion of spying for the paramilitary RSF, "
        "officials said.",
        "Troops detained 14 villagers near Monywa on Thursday on suspicion of supporting the resistance, "
        "relatives said. The KIA has fought the army in the area for months.",
        "Security agents arrested three traders in Mopti on Friday on suspicion of supplying JNIM fighters "
        "with fuel, a local official said.",
    ],
)
def test_suspected_backers_stay_civilians(text):
    assert _arrest(text)["actor2_type"] == "civilians"


def test_plain_suspects_still_take_the_article_group():
    """Suspects held over an attack the article lays at a group's door are taken as its members."""
    text = ("Al-Shabaab fighters stormed a hotel in Kismayo on Monday, killing nine people. "
            "Police arrested four suspects in the city on Tuesday, officials said.")
    assert _arrest(text)["actor2_type"] == "rebel_group"


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("They were detained on suspicion of passing information to the rebels.", True),
        ("The army arrested two men, accusing them of harbouring gunmen.", True),
        ("Police arrested two suspected members of the gang.", False),
        ("He was accused of planning the attack.", False),
    ],
)
def test_held_as_backers_reads_the_accusation(sentence, held):
    assert held_as_backers(sentence) is held
