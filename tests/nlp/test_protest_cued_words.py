"""In an article about protests, words that tell a protest only there (blocking a road or bridge,
a picket, a gathering) are a protest at their place; in a battle report the same words are none."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


def _protests(text: str) -> list[str]:
    return [e.location.name for e in sitrep.extract(text, published="2024-03-09")
            if e.location is not None and e.event_type == "protests"]


@pytest.mark.parametrize(("text", "place"), [
    ("Thousands of teachers protested in Mendoza on Friday over pay. The march was the largest this year. "
     "The same morning, nurses blocked two highways outside Rosario for several hours.", "Rosario"),
    ("Students rallied in Cochabamba on Friday against higher bus fares. Protesters chanted outside the town hall. "
     "In the city of Oruro, drivers blocked the main bridge until dusk.", "Oruro"),
    ("Miners demonstrated in Kitwe on Friday against job cuts. The protest passed off calmly. "
     "Dozens of workers also picketed the company offices in Ndola.", "Ndola"),
    ("Farmers held a protest in Nakuru on Friday over maize prices. The rally ended peacefully. "
     "A smaller gathering took place in Kericho the same afternoon.", "Kericho"),
])
def test_a_protest_report_tells_blockades_pickets_and_gatherings(text, place):
    assert place in _protests(text)


@pytest.mark.parametrize("text", [
    ("Army troops clashed with militants near Kidal on Friday, the army said. "
     "Fighting also broke out in Menaka, where the rebels attacked an army post. "
     "The rebels then blocked the road to Gao with burnt trucks."),
    ("Government forces and rebels clashed near Bossangoa on Friday. "
     "The rebels ambushed a convoy near Bouar the same day. "
     "Elders held a gathering in Bozoum to discuss the fighting."),
])
def test_a_battle_report_tells_no_protest_by_those_words(text):
    assert _protests(text) == []
