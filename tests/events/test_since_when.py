"""A recalled act told in a "since DATE, when ..." clause ("the worst raid since May 2020, when
gunmen burned a market"): an event of its own, dated by that date and told as background, never
folded into the act the sentence compares with it nor lending it its sub-type. Hand-written
articles, real pipeline."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article

pytestmark = pytest.mark.model

WED = "2021-03-17"  # a Wednesday


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


@pytest.mark.parametrize(
    "text, news_type, recalled_type, recalled_day",
    [
        ("A car bomb killed 12 people at a bus station in Herat on Monday. The blast was the "
         "deadliest in Herat since March 2019, when a hotel was hit by a suicide bomber who killed 40 guests.",
         "remote_explosive_landmine_ied", "suicide_bomb", "2019-03"),
        ("Gunmen killed 15 villagers in Katsina on Sunday. It was the worst attack in the state "
         "since May 2020, when militants killed 30 herders near Funtua.",
         "attack", "attack", "2020-05"),
        ("Nine soldiers died when a roadside bomb hit their truck near Mogadishu on Tuesday. It was the "
         "bloodiest day for the army since October 2019, when a suicide attacker struck a training "
         "camp and left 25 recruits dead.", "remote_explosive_landmine_ied", "suicide_bomb", "2019-10"),
    ],
)
def test_a_since_when_act_is_an_event_of_its_own(extractor, text, news_type, recalled_type, recalled_day):
    events = extractor.extract(Article(id="t", text=text, published=WED))
    news = [e for e in events if not e.background]
    recalled = [e for e in events if e.background]
    assert [e.sub_event_type for e in news] == [news_type]
    assert news[0].date.startswith("2021-03")
    assert [e.sub_event_type for e in recalled] == [recalled_type]
    assert recalled[0].date.startswith(recalled_day) and recalled[0].date_precision == "month"
