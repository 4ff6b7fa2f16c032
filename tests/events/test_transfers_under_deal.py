"""A town that changes hands on the day the article tells a deal was handed over under it: a
non-violent transfer, not a battle. A capture in fighting, or one on another day than the deal,
stays a battle."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def types(text: str) -> set[str]:
    return {e.sub_event_type for e in extract_events(text, published="2024-03-06")}


@pytest.mark.parametrize("text", [
    "Army retakes Homsar after evacuation deal\nThe army retook full control of the town of Homsar on "
    "Tuesday, state television said. The remaining gunmen and their relatives quit the town on Tuesday under "
    "an evacuation deal reached with the government.",
    "Rebels seize Kalmo as garrison agrees to leave\nRebels seized the town of Kalmo in northern Mali on "
    "Tuesday. The garrison commander signed an agreement with the rebels on Tuesday to hand the town over.",
    "The mutineers captured the regional command centre in the city of Sarov on Tuesday. Hours later on "
    "Tuesday their leader struck a deal with the president and ordered his men back to their camps.",
])
def test_a_town_taken_on_the_day_of_a_deal_is_handed_over(text):
    found = types(text)
    assert "non_violent_transfer_of_territory" in found
    assert not {"government_regains_territory", "non_state_actor_overtakes_territory"} & found


@pytest.mark.parametrize("text", [
    "Militia overruns Dabara\nThe militia captured the town of Dabara in eastern Chad on Tuesday after "
    "heavy fighting with soldiers, officials said.",
    "Troops recaptured the town of Zinder in Niger on Tuesday after a week of fighting. On Sunday the "
    "government and the rebels had signed a ceasefire agreement in Niamey, which collapsed within hours.",
])
def test_a_town_taken_without_a_deal_that_day_stays_a_battle(text):
    found = types(text)
    assert {"government_regains_territory", "non_state_actor_overtakes_territory"} & found
    assert "non_violent_transfer_of_territory" not in found
