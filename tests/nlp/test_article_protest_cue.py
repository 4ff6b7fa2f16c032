"""An article that keeps telling protests lends its protest cue to sentences without one: a clash
with the police or an arson told there is a riot, while a battle report that names a protest
once keeps its clashes battles."""

from __future__ import annotations

import pytest

import sitrep

RIOT, CLASH = "violent_demonstration", "armed_clash"


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]


RIOT_REPORTS = [
    ("Thousands of protesters marched through Valparaiso on Friday against the pension reform. "
     "Demonstrators later gathered outside the regional assembly. "
     "Youths and police clashed in the port district of Temuco overnight."),
    ("Students rallied in Cochabamba on Friday against the rise in bus fares. "
     "The protest was the third this month. "
     "Later that night, young men clashed with riot police in Sucre."),
    ("Farmers held a demonstration in Nakuru on Friday over maize prices. "
     "Protesters blocked the main highway for hours. "
     "Arsonists set fire to a tax office in Eldoret the same evening."),
]


BATTLE_REPORTS = [
    ("Army troops clashed with militants near Kidal on Friday, the army said. "
     "Fighting also broke out in Menaka, where the rebels attacked an army post. "
     "Helicopters struck rebel positions near Gao. "
     "In the capital, a small group of students held a protest against the war."),
    ("Government forces and rebels clashed near Bossangoa on Friday. "
     "The rebels ambushed a convoy near Bouar the same day. "
     "Residents of Bangui later marched to demand an end to the fighting."),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "told", "not_told"), [
    *((text, RIOT, CLASH) for text in RIOT_REPORTS),
    *((text, CLASH, RIOT) for text in BATTLE_REPORTS),
])
def test_only_a_protest_report_lends_its_cue_to_a_clash_or_arson(text, told, not_told):
    types = _types(text)
    assert told in types and not_told not in types, types
