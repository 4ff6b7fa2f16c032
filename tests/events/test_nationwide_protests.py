"""A protest told across a whole country ("nationwide", "in Accra and several other cities",
"across Chile") is one event of the country, beside the protest at a town told beside it."""

from __future__ import annotations

import pytest

import sitrep

PEACEFUL, INTERVENTION = "peaceful_protest", "protest_with_intervention"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.location.country if e.location else None,
             e.location.precision if e.location else None)
            for e in sitrep.extract(text, published="2024-03-09")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("Officers used tear gas on marchers in Accra on Thursday. "
     "Crowds marched in Accra and several other cities on Thursday over fuel prices.", "GH"),
    ("Riot police used water cannon on demonstrators in Santiago on Friday. "
     "Tens of thousands marched across Chile on Friday to demand pension reform.", "CL"),
    ("Police arrested dozens of protesters in Lima on Monday. "
     "Protests against the president were held nationwide on Monday.", "PE"),
])
def test_a_protest_across_the_country_stays_apart_from_the_town_event(text, country):
    events = _events(text)
    assert (PEACEFUL, country, "country") in events, events
    assert any(t == INTERVENTION and p == "town" for t, _, p in events), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Officers used tear gas on marchers in Accra on Thursday. Hundreds rallied in Accra on Thursday.",
    "Riot police used water cannon on demonstrators in Santiago on Friday. Students rallied in Santiago on Friday.",
])
def test_a_protest_at_one_town_is_the_town_event(text):
    events = _events(text)
    assert not any(t == PEACEFUL for t, _, _ in events), events


@pytest.mark.model
def test_fighting_across_the_country_is_no_country_wide_event():
    events = _events("Soldiers clashed with rebels near Goma on Tuesday. Fighting continued across the country.")
    assert all(p != "country" or t != PEACEFUL for t, _, p in events), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hundreds protested in Lome on Saturday after the government sent soldiers across Togo.",
    "Students rallied in Quito on Monday while the army patrolled throughout Ecuador.",
    "Police were posted across the country as thousands demonstrated in Nairobi on Tuesday.",
    "Teachers marched in Accra on Thursday, days after the ministry cut pay nationwide.",
])
def test_country_wide_words_of_another_clause_leave_the_protest_at_its_town(text):
    events = _events(text)
    assert not any(t == PEACEFUL and p == "country" for t, _, p in events), events


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("Hundreds protested in Lome on Saturday and then marched across Togo.", "TG"),
    ("Rallies that spread across Chile on Friday demanded pension reform.", "CL"),
    ("Students rallied in Quito and other cities on Monday while the army patrolled the border.", "EC"),
])
def test_country_wide_words_of_the_protest_clause_still_count(text, country):
    events = _events(text)
    assert any(t == PEACEFUL and c == country and p == "country" for t, c, p in events), events
