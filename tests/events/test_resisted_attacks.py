"""An attack on villagers who fought back is a battle against armed locals
(``conventions.resisted_attacks``, ``nlp.resistance``), read by the real pipeline. Texts written
for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def kinds(text: str, published: str = "2021-03-10") -> dict[str, str | None]:
    return {e.sub_event_type: e.actor2.type if e.actor2 else None for e in extract_events(text, published=published)}


@pytest.mark.parametrize("text", [
    "Gunmen on motorbikes raided the village of Kormadi on Monday night, killing five residents. "
    "Dozens of villagers, some of them armed with hunting rifles, rushed to confront the gunmen, a local chief said.",
    "Five civilians were killed when armed men stormed the hamlet of Tessit on Monday. "
    "\"The residents resisted the raiders for an hour before they fled,\" an elder said.",
    "Attackers shot dead four villagers in Loguma on Monday. The victims were guarding their "
    "farms against raiders when they were killed, a police officer said.",
])
def test_an_attack_the_villagers_fought_off_is_a_clash_with_a_local_militia(text):
    found = kinds(text)
    assert "attack" not in found
    assert found.get("armed_clash") == "identity_militia"


@pytest.mark.parametrize("text", [
    "Gunmen on motorbikes raided the village of Kormadi on Monday night, killing five residents, a local chief said.",
    "Five civilians were killed when armed men stormed the hamlet of Tessit on Monday, an elder said.",
])
def test_an_attack_on_villagers_who_did_not_fight_stays_an_attack(text):
    assert kinds(text).get("attack") == "civilians"


def test_a_defence_by_the_army_is_no_resistance_of_the_villagers():
    from sitrep.events.extractor import default_extractor
    from sitrep.nlp.resistance import resistance_statements

    doc = default_extractor().nlp("The raid on the village was repelled by soldiers on Monday. "
                                  "Residents said the troops had been warned.")
    assert resistance_statements(doc) == []


@pytest.mark.parametrize("sentence, resisted", [
    ("The farmers fought back with machetes.", True),
    ("Residents defended their homes with shotguns.", True),
    ("Local volunteers confronted the intruders at the gate.", True),
    ("Police confronted the rioters near the bridge.", False),
    ("The gunmen resisted arrest.", False),
])
def test_who_stood_up_to_the_attackers(sentence, resisted):
    from sitrep.events.extractor import default_extractor
    from sitrep.nlp.resistance import resistance_statements

    assert bool(resistance_statements(default_extractor().nlp(sentence))) is resisted
