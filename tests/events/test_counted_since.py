"""Acts told in the present perfect and counted from a start point more than a couple of weeks back
('have been torched since then', 'have kidnapped 40 people since March') are a tally over a stretch of
time, common in aid reports and analysis pieces, not one event. A start point a few days back, a
past-perfect or simple-past act, and an act that is itself the start point stay events."""

from __future__ import annotations

import pytest

import sitrep

PUB = "2025-10-22"


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published=PUB)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The militants announced a blockade in early September. Since then, scores of lorries have been set ablaze on "
    "the road to Kayes and their drivers have been abducted, hauliers said.",
    "Bandits have kidnapped more than 150 travellers on the Abuja-Kaduna highway since March, police said.",
    "Insurgents have torched schools and clinics in villages of Macomia district since late July, the diocese said.",
    "Gang members have killed at least 30 people in the Cite Soleil slum since the start of August, a rights group said.",
])
def test_perfect_tally_since_a_distant_start_is_no_event(text):
    assert _types(text) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Soldiers have recaptured two villages near Tessalit since Sunday, an army spokesman said.",
     "government_regains_territory"),
    ("Gunmen kidnapped 12 travellers on the Abuja-Kaduna highway on Saturday, police said.",
     "abduction_forced_disappearance"),
    ("Four more people have died in hospital since a car bomb exploded at a market in Mogadishu on Saturday.",
     "remote_explosive_landmine_ied"),
])
def test_recent_start_or_single_act_stays_an_event(text, sub_type):
    assert sub_type in _types(text)


@pytest.mark.model
def test_act_in_a_since_clause_is_the_start_point_and_stays_an_event():
    text = "It has been three days since the rebels have been driven out of Kombolcha, residents said."
    assert "government_regains_territory" in _types(text) or "armed_clash" in _types(text)
