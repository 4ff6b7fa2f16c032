"""A recalled onset ("the war started in March", "began shelling the hills in April") is the start of
a campaign told as context, not an incident: no background event comes of it, while the same
words told as today's news, and concrete incidents recalled with their date, still give events.

Sentences written for these tests; real pipeline and shipped background model.
"""

from __future__ import annotations

import pytest

from sitrep.events.acts import is_onset
from sitrep.events.extractor import Extractor
from sitrep.model import Article

PUBLISHED = "2024-06-12"  # a Wednesday
LEAD = "Gunmen killed eleven farmers near Bunia on Tuesday, local officials said."


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


def _trigger(nlp, sentence: str, word: str):
    doc = nlp(sentence)
    start = sentence.index(word)
    return doc.char_span(start, start + len(word), alignment_mode="expand")


@pytest.mark.parametrize("sentence, word", [
    ("The fighting in the province started on March 3 after talks collapsed.", "fighting"),
    ("Army units began shelling the hills above Kalehe in April.", "shelling"),
    ("Coalition jets began air raids on the port of Hodeida in late January.", "raids"),
    ("The outbreak of clashes began in February near the border.", "clashes"),
    ("Militia fighters started attacking convoys on the northern road in May.", "attacking"),
])
def test_what_a_verb_of_beginning_starts_is_an_onset(nlp, sentence, word):
    assert is_onset(_trigger(nlp, sentence, word))


@pytest.mark.parametrize("sentence, word", [
    ("Gunmen attacked a convoy on the northern road on March 3.", "attacked"),
    ("The war began with a raid on a border post in October.", "raid"),
    ("Jets bombed the port of Hodeida in late January, killing four dockers.", "bombed"),
    ("The unrest began when soldiers shot two students in May.", "shot"),
])
def test_an_act_that_only_dates_a_beginning_is_no_onset(nlp, sentence, word):
    assert not is_onset(_trigger(nlp, sentence, word))


def _recalled(extractor, text: str) -> list:
    events = extractor.extract(Article(id="t", text=text, published=PUBLISHED))
    return [e for e in events if dict(e.field_evidence)["sub_event_type"].start_char > len(LEAD)]


@pytest.mark.parametrize("recap", [
    "The current round of fighting in Ituri started on February 3 and has forced thousands from their homes.",
    "Rebel units began shelling the outskirts of Bunia in March, and the army has struggled since.",
    "Since the militias started attacking the mining camps in January, aid groups have left the area.",
])
def test_a_recalled_onset_gives_no_background_event(extractor, recap):
    assert _recalled(extractor, f"{LEAD}\n\n{recap}") == []


@pytest.mark.parametrize("recap", [
    "On February 3, militiamen killed 14 villagers in an attack on Djugu.",
    "In March, rebels ambushed an army patrol near Bunia, killing six soldiers.",
])
def test_a_recalled_incident_still_is_a_background_event(extractor, recap):
    recalled = _recalled(extractor, f"{LEAD}\n\n{recap}")
    assert recalled and all(e.background for e in recalled)


def test_fighting_that_began_on_the_news_day_is_kept(extractor):
    text = "Heavy fighting began in the centre of Bunia on Tuesday morning, residents said."
    events = extractor.extract(Article(id="t", text=text, published=PUBLISHED))
    assert events and not any(e.background for e in events)
