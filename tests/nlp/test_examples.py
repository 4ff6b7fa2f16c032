"""Model-tier tests on the project's own example dispatches (examples/articles.jsonl).

They check what an analyst would check first: the right type, place, day, toll and whether
the event is news or background, and that every extracted field points at its words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.model import Article
from sitrep.nlp.extractor import extract_article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles.jsonl"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def extracted(nlp):
    out = {}
    for line in EXAMPLES.read_text().splitlines():
        article = Article.from_dict(json.loads(line))
        out[article.id] = (article, extract_article(article))
    return out


def news(events, sub_event_type):
    return [e for e in events if e.sub_event_type == sub_event_type and not e.background]


def test_every_field_evidence_points_at_its_words(extracted):
    for article, events in extracted.values():
        assert events, article.id
        for event in events:
            for ev in event.evidence + tuple(ev for _, ev in event.field_evidence):
                assert article.text[ev.start_char:ev.end_char] == ev.text


def test_airstrike_relative_date_toll_and_background(extracted):
    _, events = extracted["ex-yemen-airstrike"]
    strikes = news(events, "air_drone_strike")
    assert len(strikes) == 1, "headline, lead and body tell one strike"
    strike = strikes[0]
    assert strike.date == "2024-03-11" and strike.date_precision == "day"  # Monday before Wed 13
    assert strike.location.country == "YE" and strike.location.admin1 == "Hajjah Governorate"
    assert (strike.fatalities.best, strike.fatalities.low) == (9, 9)  # "at least nine"
    assert strike.injured == 14
    assert len(strike.evidence) >= 2
    earlier = [e for e in events if e.background]
    assert earlier and earlier[0].date_precision == "month" and earlier[0].date.startswith("2024-01")


def test_clash_with_a_casualty_range(extracted):
    _, events = extracted["ex-mali-clash"]
    clash = news(events, "armed_clash")[0]
    assert clash.date == "2023-09-07"  # Thursday before Friday 8 September
    assert clash.location.country == "ML" and clash.location.name == "Douentza"
    assert (clash.fatalities.low, clash.fatalities.high) == (7, 12)


def test_roadside_bomb_not_dated_by_the_dateline(extracted):
    _, events = extracted["ex-somalia-bomb"]
    bomb = news(events, "remote_explosive_landmine_ied")[0]
    assert bomb.date == "2022-11-20"  # "on Sunday", not the dateline's Nov 21
    assert bomb.location.name == "Mogadishu" and bomb.location.precision == "region"  # outskirts
    assert bomb.fatalities.best == 3
    assert bomb.actor2 is not None and bomb.actor2.name == "Police Forces of Somalia"
    recalled = [e for e in events if e.sub_event_type == "suicide_bomb"]
    assert recalled and recalled[0].background and recalled[0].location.name == "Kismayo"


def test_protest_dispersed_with_tear_gas(extracted):
    _, events = extracted["ex-sudan-protest"]
    types = {e.sub_event_type for e in events if not e.background}
    assert types == {"protest_with_intervention"}, "tear gas is intervention, not lethal force"
    protest = events[0]
    assert protest.location.name == "Khartoum" and protest.date == "2021-12-25"
    assert protest.actor1.type == "protesters" or protest.actor2.type == "protesters"


def test_transliterated_town_and_state_shelling(extracted):
    _, events = extracted["ex-syria-shelling"]
    shelling = news(events, "shelling_artillery_missile_attack")[0]
    assert shelling.location.geonames_id is not None
    assert shelling.location.name == "Khān Shaykhūn"  # written "Khan Sheikhoun" in the text
    assert shelling.date == "2019-05-13"
    assert shelling.fatalities.best == 5  # "five civilians, including two children"
    assert shelling.actor1.name == "Military Forces of Syria"
    assert shelling.actor2.type == "civilians"
    clash = news(events, "armed_clash")[0]
    assert clash.date == "2019-05-12"
    assert "location_approximate" in clash.flags  # Kafr Nabudah is not in the gazetteer
