"""A period cue makes an act an aggregate only when it gives the act a long stretch of time: a
stretch of a few days, or words that name no time after "over the last", leave the act told."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.nlp.dates import period_days, short_period


def sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-05-16")]


@pytest.mark.parametrize(("text", "days"), [
    (" two days of shelling", 2), (" 48 hours", 2), (" week", 7), (" five years", 1825),
    (" remaining rebel outposts", None),
])
def test_period_days(text, days):
    assert period_days(text) == days


def test_short_period_threshold():
    assert short_period(2) and short_period(3)
    assert not short_period(7) and not short_period(11)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Dozens of soldiers were killed in fighting between the army and rebels near Kidal over the last 2 days, officials said on Wednesday.",
    "Militiamen and police clashed in Bunia over the past 48 hours, leaving nine dead, the governor said.",
    "Rebels stormed three police posts near Goma over the past 72 hours, a spokesman said on Thursday.",
])
def test_an_act_over_a_few_days_is_told(text):
    assert sub_types(text) != []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Army troops hoisted their flag over the last rebel outposts in Kidal after a month-long battle.",
    "Soldiers planted flags over the last militia strongholds near Bunia following heavy clashes on Monday.",
])
def test_over_the_last_without_a_time_is_no_period(text):
    assert sub_types(text) != []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Militants have attacked 40 schools in the province over the past four years, the ministry said.",
    "Bandits have kidnapped more than 300 travellers on the highway over the last eleven months, police said.",
    "Rebels have fired hundreds of rockets at towns in the north in the last 12 days, officials said.",
])
def test_acts_over_a_long_period_stay_an_aggregate(text):
    assert sub_types(text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A bomb killed three people in Kosti on Monday.\n\n"
    "Fighting between the army and the militia has also intensified around the town of Dilling in recent weeks.",
    "Fighting between soldiers and rebels has intensified near the town of Kidal in recent months, residents say.",
    "Shelling killed two children in Kadugli on Sunday.\n\n"
    "Fighting between the two forces has worsened around the city of Babanusa in recent weeks.",
])
def test_fighting_as_the_subject_of_a_trend_is_no_act(text):
    """"Fighting" the parser tags a verb (a gerund) is the subject of the clause that gives the
    period ("has intensified ... in recent weeks"): a trend, not one clash."""
    assert "armed_clash" not in sub_types(text), sub_types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The number of civilians killed by gunmen in Zamfara this year so far rose to 40 on Friday.",
    "The number of teachers killed by militants in Borno this month so far reached 12 on Sunday.",
    "The number of soldiers killed by insurgents in the region this year so far climbed to 90, the senator said.",
    "The total of aid workers killed by gunmen in Darfur this year so far stood at 19 on Tuesday.",
])
def test_a_count_of_victims_over_a_period_is_no_event(text):
    """A participle describing counted victims takes its period from the clause of the count."""
    assert sub_types(text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jihadist groups have stepped up attacks across the region this year.",
    "Bandits have stepped up kidnappings along the highway to Abuja.",
    "Armed groups in the east had stepped up raids on mining sites, the report said.",
])
def test_a_stepped_up_campaign_is_no_act(text):
    assert sub_types(text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Troops have stepped up patrols in Dikwa after gunmen killed five villagers on Monday.",
    "Gunmen killed five villagers in Dikwa on Monday. Insurgents have stepped up attacks in the region.",
])
def test_an_act_beside_a_stepped_up_campaign_is_told(text):
    assert sub_types(text) == ["attack"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In the past week, troops neutralised 38 terrorists in Borno State, the army said.",
    "Bandits have abducted 60 people in Katsina State in the past two weeks, police said.",
    "Jihadists have killed more than 100 civilians in the Tillaberi region in the past one month, officials said.",
])
def test_in_the_past_with_a_long_stretch_is_an_aggregate(text):
    """"In the past" opens a period as "over the past" does (written for this test)."""
    assert sub_types(text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen killed five traders at a market in Gusau in the past 24 hours, police said.",
    "In the past, militants have attacked schools in the area. On Sunday gunmen killed four pupils in Maru, police said.",
])
def test_in_the_past_with_a_short_or_no_stretch_is_told(text):
    assert sub_types(text) != []
