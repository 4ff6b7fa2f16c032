"""A day that dates another act's noun in a clause below the trigger's ("the push failed, so the
militia regrouped ahead of Friday's offensive") is that act's, not the trigger's
(``clauses.other_dated_act_words``); a noun of the act's own clause (its subject, an instance its
object lists) keeps dating it."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-09"  # a Saturday


def dates_of(text: str, sub_type: str) -> list[str | None]:
    events = default_extractor().extract(Article(id="t", text=text, published=PUBLISHED))
    return sorted(e.date or "" for e in events if e.sub_event_type == sub_type)


def trigger_dates(text: str) -> dict[str, tuple[str | None, str]]:
    """Each trigger word of the text with the day and precision :func:`choose_date` gives it."""
    from sitrep.events.dating import choose_date
    from sitrep.nlp.sentences import group_spans

    ex = default_extractor()
    doc = ex.nlp(ex.new_doc(Article(id="t", text=text, published=PUBLISHED)))
    ctx = ex.context(doc, published=PUBLISHED)
    return {t.text: choose_date(t, ctx)[:2] for t in group_spans(doc, "triggers")}


@pytest.mark.parametrize("text, trigger", [
    ("Ten days ago militants hit the Sarvo checkpoint but were repelled, pushing them to call up more men "
     "for the overnight ambush, a villager said.", "repelled"),
    ("Last month the rebels attacked the Vetrin outpost and were repelled, forcing them to regroup before "
     "Thursday's assault, an officer said.", "repelled"),
])
def test_the_other_acts_day_does_not_date_the_repelled_attack(text, trigger):
    dates = trigger_dates(text)
    assert trigger in dates
    day, precision = dates[trigger]
    assert day is not None and day < "2024-03-01"  # the earlier day of its own words


@pytest.mark.parametrize("text, day", [
    ("Saturday's ambush near Dalmora killed five soldiers, officials said.", "2024-03-09"),
    ("Gunmen attacked several villages near Dalmora, including a Thursday raid on Pelun, officials said.",
     "2024-03-07"),
])
def test_the_acts_own_noun_still_dates_it(text, day):
    dates = trigger_dates(text)
    assert any(d == day for d, _ in dates.values())
    first = next(iter(dates.values()))
    assert first[0] == day
