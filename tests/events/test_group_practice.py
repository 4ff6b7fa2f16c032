"""What a group does as a practice is no act: a present-tense clause describing the group
("bandits, who kidnap for ransom, ...") or an act named as the object of a present-tense verb of
habit ("gangs increasingly use rape") tells its record, not an event."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def types(text: str) -> list[str]:
    return [e.sub_event_type for e in default_extractor().extract(Article(id="t", text=text, published="2024-06-12"))]


@pytest.mark.parametrize("text", [
    "Criminal gangs, which kidnap travellers for ransom, hide in the forests of Kaduna state in Nigeria.",
    "The region is home to armed groups that abduct children for use as fighters, the UN says of Ituri in Congo.",
    "Police blamed the bandits who kidnap farmers around Gusau in Zamfara state, Nigeria.",
    "Rights groups said militias in Darfur, Sudan, systematically use rape against women of the Masalit community.",
    "Armed groups in eastern Congo routinely use abduction to fill their ranks, a UN report said.",
])
def test_a_groups_practice_is_no_event(text):
    assert not {"abduction_forced_disappearance", "sexual_violence"} & set(types(text))


@pytest.mark.parametrize("text", [
    "Gunmen who stormed a school in Kaduna state, Nigeria, on Monday kidnapped 30 pupils.",
    "Bandits kidnap 20 farmers near Gusau in Zamfara state, Nigeria",
    "Militias raped at least 14 women in a village near El Geneina in Darfur, Sudan, on Sunday, witnesses said.",
])
def test_an_act_told_in_the_present_or_past_stays_one(text):
    assert {"abduction_forced_disappearance", "sexual_violence"} & set(types(text))
