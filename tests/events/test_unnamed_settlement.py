"""An act told in a settlement the sentence does not name ("retook a town in the X region",
"freed the northern town") happened at the town the article names there, not in the
province around it nor in a country the sentence names (a force's demonym). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str) -> list[tuple[str, str, bool]]:
    return [(e.location.name, e.location.precision, e.background)
            for e in extract_events(text, published="2021-12-15")]


@pytest.mark.parametrize(("text", "town"), [
    ("Soldiers retook a town in Nigeria's Borno State on Tuesday, the army said. Life in Gwoza was "
     "returning to normal on Wednesday, a local official said.", "Gwoza"),
    ("Rebels seized a village in Mali's Mopti region on Sunday, the governor said. Aid workers in Djenne "
     "said families were arriving with little food.", "Djenné"),
    ("Insurgents overran a small town in Syria's Idlib province on Friday, activists said. Shops in "
     "Saraqib stayed closed on Saturday, residents said.", "Saraqib"),
])
def test_a_town_in_a_province_is_the_town_the_article_names_there(nlp, text, town):
    assert [(name, precision) for name, precision, _ in places(text)] == [(town, "town")]


def test_no_town_named_leaves_the_province(nlp):
    text = "Rebels seized a village in Mali's Mopti region on Sunday, the governor said."
    assert [precision for _, precision, _ in places(text)] == ["admin1"]


@pytest.mark.parametrize(("text", "town"), [
    ("French soldiers handed over their base in Gao to the Malian army on Tuesday, as Paris winds down its "
     "mission.\n\nJust days earlier in January 2013, French soldiers had retaken the northern city after a "
     "long occupation.", "Gao"),
    ("Belgian troops handed over their camp in Kindu to Congolese soldiers on Friday, as Brussels ends its "
     "mission.\n\nBack in November 1964, Belgian paratroopers had retaken the river town after a rebel "
     "occupation.", "Kindu"),
    ("British soldiers handed over their base in Basra to Iraqi forces on Monday, as London ends its "
     "mission.\n\nBack in April 2003, British troops had captured the southern city after a two-week "
     "siege.", "Basrah"),
])
def test_a_recalled_act_in_the_city_stays_at_the_article_town(nlp, text, town):
    recalled = [name for name, _, background in places(text) if background]
    assert recalled == [town]



@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen attacked a village in Mali on Monday, killing 12 people. Aid groups in Gao said "
     "supplies were short. Officials in Gao met on Tuesday.", "Gao"),
    ("Raiders stormed a village in Chad on Friday and killed nine herders. Refugees reached "
     "Abeche, and a convoy left Abeche for the border.", "Abeche"),
    ("Militiamen burned a hamlet in Ethiopia on Sunday, killing seven farmers. Elders in Gondar "
     "called for talks, and Gondar's officials agreed.", "Gondar"),
])
def test_a_settlement_somewhere_in_a_country_is_not_the_articles_town(text, town):
    """A whole country is no bound: the town the article names most there need not be the one meant."""
    found = places(text)
    assert found and found[0][0] != town
