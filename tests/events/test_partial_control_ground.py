"""A territory verb is a partial advance, a fight, when a share word tells that only part of the
ground was taken (cue list ``partial_control_cues``) or when a force only 'entered' a place
(``entry_cues``). The share must be one of the ground taken: an apposition or an 'as' phrase
("one vital piece of their plan", "as part of a sweep") names none. An entry is a taking
when the sentence says the place is now held or free. Real pipeline, sentences written for
these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def _types(text: str) -> set[str]:
    return {e.sub_event_type for e in extract_events(text, published="2023-03-06")}


@pytest.mark.parametrize("text", [
    "Government troops recaptured the town of Barvani from the insurgents on Tuesday as part of an "
    "operation to secure the highway, the army said.",
    "Soldiers retook Kelmo airport, an important part of their campaign against the rebels, on Monday, officials said.",
])
def test_a_share_word_outside_the_ground_taken_is_no_partial_advance(nlp, text):
    types = _types(text)
    assert "government_regains_territory" in types
    assert "armed_clash" not in types


@pytest.mark.parametrize("text", [
    "Army troops entered Tamsala on Friday and the town is back under government control, officials said.",
    "The town of Vorin is freed: the militants have fled and the army has entered the town of Vorin, a resident said.",
])
def test_an_entry_with_control_stated_takes_the_place(nlp, text):
    types = _types(text)
    assert "government_regains_territory" in types
    assert "armed_clash" not in types


@pytest.mark.parametrize("text", [
    "Rebel fighters entered the city of Halvo on Sunday amid a struggle for control of its mines, residents said.",
    "Army troops seized almost all of the Dorani farms on Tuesday as part of the offensive, a spokesman said.",
    "Government soldiers reclaimed roughly half of the town of Mervi on Monday, the ministry said.",
])
def test_partial_advances_stay_fights(nlp, text):
    types = _types(text)
    assert "armed_clash" in types
    assert not {"government_regains_territory", "non_state_actor_overtakes_territory"} & types


@pytest.mark.parametrize("text", [
    "Army troops entered Tamsala on Friday, but the town is not under government control yet, officials said.",
    "Soldiers entered the village of Kerol on Sunday but it was not liberated, a local chief said.",
    "Rebels entered Dunmar on Wednesday, though the town has never been free of army patrols, residents said.",
])
def test_an_entry_with_control_denied_stays_a_fight(nlp, text):
    types = _types(text)
    assert not {"government_regains_territory", "non_state_actor_overtakes_territory"} & types


def test_denial_reaches_the_word_of_control(nlp):
    from sitrep.events.acts import states_control

    held = nlp("The district is back under army control, the governor said.")
    denied = nlp("The district is not under army control, the governor said.")
    assert states_control(next(held.sents))
    assert not states_control(next(denied.sents))
