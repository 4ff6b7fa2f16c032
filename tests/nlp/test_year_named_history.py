"""A trigger noun named by a bare year ("the 2021 coup", "a 2019 bombing", "Russia's 2022
invasion") is history dated only to its year: no event, and it lends no date of the sentence's
other acts nor takes theirs. With its month ("the March 2021 coup") it is a dated recalled act
(sentences written for these tests)."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.to_dict()["date"]) for e in sitrep.extract(text, published="2024-06-12")]


@pytest.mark.parametrize("text", [
    "Troops shelled Varno on Monday, killing four farmers, in the worst attack since the 2020 coup.",
    "Four farmers were killed when troops shelled Varno on Monday, the deadliest incident since a 2020 "
    "coup.",
    "The junta, in power since its 2020 putsch, shelled Varno on Monday, killing four farmers.",
])
def test_a_coup_named_by_its_year_is_no_event(text):
    subs = [s for s, _ in _events(text)]
    assert "other" not in subs
    assert "shelling_artillery_missile_attack" in subs


@pytest.mark.parametrize("text", [
    "The rebels, who carried out the 2018 bombing of a ferry, attacked an army post in Salvaro on Monday, "
    "killing three soldiers.",
    "The group behind a 2018 bombing of a ferry attacked an army post in Salvaro on Monday, killing three "
    "soldiers.",
])
def test_a_bombing_named_by_its_year_takes_no_date_of_the_sentence(text):
    events = _events(text)
    assert ("remote_explosive_landmine_ied", "2024-06-10") not in events
    assert any(d == "2024-06-10" for _, d in events)


def test_a_coup_with_its_month_stays_a_recalled_act():
    text = ("The country has been in turmoil since the March 2020 coup, and on Monday troops shelled Varno, "
            "killing four farmers.")
    assert ("other", "2020-03-15") in _events(text)
