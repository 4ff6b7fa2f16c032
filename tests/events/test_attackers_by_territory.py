"""A clash told with a reciprocal word does not say who attacked: where the article tells one
side taking ground from the other, that side was on the attack and is actor1
(``conventions.attackers_by_territory``), read by the real pipeline. Texts written for these
tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def clash_sides(text: str) -> tuple[str | None, str | None]:
    clash = next(e for e in extract_events(text, published="2021-03-10") if e.sub_event_type == "armed_clash")
    return (clash.actor1.type if clash.actor1 else None, clash.actor2.type if clash.actor2 else None)


@pytest.mark.parametrize("text", [
    "Insurgents took control of Mocimboa da Praia from government soldiers on Monday.\n\n"
    "Heavy fighting between soldiers and insurgents raged in Macomia on Tuesday, a resident said.",
    "Rebels captured the town of Bunia on Sunday, forcing government troops to flee.\n\n"
    "Clashes between government troops and rebels broke out in Beni on Monday, officials said.",
    "The guerrillas overran the town of Tame on Saturday after soldiers withdrew.\n\n"
    "Heavy clashes between soldiers and guerrillas erupted in Arauca on Sunday.",
])
def test_the_side_taking_ground_started_the_clash(text):
    assert clash_sides(text) == ("rebel_group", "state_forces")


@pytest.mark.parametrize("text", [
    "Government troops retook the town of Ansongo from the rebels on Sunday.\n\n"
    "The rebels and the army clashed near Menaka on Monday, a local official said.",
    "Soldiers recaptured the town of Kidal from rebel fighters on Friday.\n\n"
    "Fighting between rebels and soldiers continued near Tessalit on Saturday, residents said.",
])
def test_the_state_retaking_ground_started_the_clash(text):
    assert clash_sides(text) == ("state_forces", "rebel_group")

