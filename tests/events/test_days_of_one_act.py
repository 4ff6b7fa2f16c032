"""One event per day: an act a sentence tells on two days joined by "and", each day with a toll of
its own, is one event on each day (``assembly.split_by_day``, ``dating.coordinated_days``), each
with its day's share of the toll. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-12"  # a Tuesday


def by_day(text: str) -> dict[str, tuple[str, int | None]]:
    return {e.date: (e.sub_event_type, e.fatalities.best) for e in extract_events(text, published=PUBLISHED)}


@pytest.mark.parametrize("text, first, second", [
    ("Mortar fire struck the village of Tamsa, killing two people on Friday and six more on Saturday.",
     ("2024-03-08", 2), ("2024-03-09", 6)),
    ("Air strikes on Bolem killed four civilians on Sunday and another nine on Monday, residents said.",
     ("2024-03-10", 4), ("2024-03-11", 9)),
])
def test_an_act_with_a_toll_on_each_of_two_days_is_two_events(nlp, text, first, second):
    days = by_day(text)
    assert len(days) == 2
    assert days[first[0]][1] == first[1] and days[second[0]][1] == second[1]
    assert len({sub for sub, _ in days.values()}) == 1


@pytest.mark.parametrize("text, days, actor", [
    ("Al Shabaab fighters shelled a camp for displaced people in Baidoa, killing nine people. "
     "Medics said the raid on the camp killed four residents on Sunday and another five on Monday.",
     ("2024-03-10", "2024-03-11"), "Al Shabaab"),
    ("Boko Haram militants fired mortars at a market in Dikwa, killing eight people. "
     "The assault, a local chief said, left three deaths on Saturday and five more deaths on Sunday.",
     ("2024-03-09", "2024-03-10"), "Boko Haram"),
])
def test_a_retold_act_on_two_days_keeps_its_type_and_parties_on_the_later_day(nlp, text, days, actor):
    events = extract_events(text, published=PUBLISHED)
    assert sorted(e.date for e in events) == list(days)
    assert {e.sub_event_type for e in events} == {"shelling_artillery_missile_attack"}
    assert all(e.actor1 is not None and actor in e.actor1.name for e in events)
    later = next(e for e in events if e.date == days[1])
    assert later.fatalities.best == 5


@pytest.mark.parametrize("text", [
    "Clashes between the army and the militia went on in Tamsa on Friday and Saturday.",  # no toll per day
    "Gunmen raided Tamsa on Friday and withdrew on Saturday, killing four villagers.",  # two verbs
])
def test_days_without_a_toll_each_or_of_two_verbs_stay_one_event(nlp, text):
    assert len(extract_events(text, published=PUBLISHED)) == 1
