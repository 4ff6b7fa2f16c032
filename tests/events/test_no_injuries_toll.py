"""A statement that nobody was injured or wounded says that nobody was killed either: the act's
toll is 0, not unknown (NOTES: an explicit statement that no casualties were reported gives 0).
Texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def tolls(text: str, published: str = "2023-03-08") -> dict[str, int | None]:
    return {e.sub_event_type: e.fatalities.best for e in extract_events(text, published=published)}


@pytest.mark.parametrize("text", [
    "Militants fired two mortar rounds at an army outpost near the town of Hit on Monday, a security official "
    "said. There were no injuries, he added.",
    "Militants fired two mortar rounds at an army outpost near the town of Hit on Monday; the army said there "
    "were no reports of injuries.",
    "Rebels shelled the market town of Kalehe on Tuesday, officials said. No one was wounded, according to the "
    "local administrator.",
])
def test_no_one_injured_gives_no_deaths(text):
    assert 0 in tolls(text).values()


def test_a_death_figure_stands_beside_no_injuries():
    text = ("Rebels shelled the market town of Kalehe on Tuesday, killing two farmers, officials said. "
            "No one else was injured.")
    assert 2 in tolls(text).values()
