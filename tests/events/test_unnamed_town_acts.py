"""An act of another kind than the article's lead, told later with no date and no place but "the
town" or "the city" ("fired mortars from inside the town"), is an act at the town the article
tells of, not a bare mention dropped for merging into nothing (``assembly.in_unnamed_town``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def events(text: str) -> list[tuple[str, str, str]]:
    return [(e.sub_event_type, e.date, e.location.name) for e in extract_events(text, published="2022-03-10")]


@pytest.mark.parametrize(("text", "sub_type", "day", "town"), [
    ("Gunmen stormed the town of Bama in Borno State on Tuesday, killing nine traders, police said.\n\n"
     "Residents said militants later fired mortars at the barracks from inside the town.",
     "shelling_artillery_missile_attack", "2022-03-08", "Bama"),
    ("Rebels attacked the city of Beni in North Kivu on Sunday, killing 12 people, officials said.\n\n"
     "The fighters have been engaging the army in the city for two days, residents said.",
     "armed_clash", "2022-03-06", "Beni"),
    ("Militants raided the town of Kidal on Friday and killed five soldiers, the army said.\n\n"
     "Soldiers buried the dead near the mosque once the militants had been pushed out of the town.",
     "government_regains_territory", "2022-03-04", "Kidal"),
    ("Militants raided the town of Kidal on Friday and killed five soldiers, the army said.\n\n"
     "The militants kept shelling the airport from the edge of the town.",
     "shelling_artillery_missile_attack", "2022-03-04", "Kidal"),
])
def test_an_act_in_the_unnamed_town_is_an_event_there(nlp, text, sub_type, day, town):
    assert (sub_type, day, town) in events(text)


@pytest.mark.parametrize("text", [
    "A car bomb exploded in Mogadishu on Monday, killing four people, police said.\n\nThe explosion shook the city, witnesses said.",
    "A bomb went off at a bus station in Quetta on Monday, killing six people.\n\nThe blast was heard across the city, residents said.",
    "A roadside bomb exploded in Kandahar on Monday, killing three soldiers.\n\nThe explosion rattled windows across the city.",
])
def test_a_retold_act_in_the_unnamed_town_stays_one_event(nlp, text):
    assert len(events(text)) == 1
