"""Two towns of one province, each named by its own sentence, are two events even when one of
them is dated only by the report; a town and a village beside it can still be one."""

from __future__ import annotations

import pytest

import sitrep


def _places(text: str, published: str) -> list[str]:
    return sorted(e.location.name for e in sitrep.extract(text, published=published) if e.location)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Government troops have recaptured the town of Lalibela from the rebels. "
        "Other towns were retaken by the army on Saturday, including Weldiya.",
        "The army has retaken Lalibela from rebel fighters, officials said. "
        "Soldiers also recaptured Weldiya on Saturday after heavy fighting.",
    ],
)
def test_two_towns_retaken_are_two_events(text):
    places = _places(text, "2021-12-20")
    assert len(places) == 2 and places[0] != places[1]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Airstrike kills six in Yemen's Hajjah\n\nAn airstrike hit a crowded market in the town of Abs in "
        "Hajjah province on Monday, killing six people, officials said.",
        "Shelling kills five in Syria's Idlib\n\nArtillery shells hit a market in the town of Saraqib in Idlib "
        "province on Monday, killing five civilians, rescuers said.",
    ],
)
def test_a_headline_town_named_like_its_province_is_the_province(text):
    assert len(sitrep.extract(text, published="2024-03-13")) == 1
