"""A past act reported with caution by a perfect infinitive ("appeared to have been carried out
by a suicide bomber", "are said to have seized the town") happened as far as the text tells;
the same infinitive after a verb of plan or hope ("plan to have seized") did not."""

from __future__ import annotations

import pytest

import sitrep

CASES = [
    # hedged reports of what was done: events
    ("The blast at the gate of the barracks in Mogadishu on Monday appeared to have been carried out "
     "by a suicide bomber, an officer said.", "suicide_bomb"),
    ("The explosion at the hotel in Kabul on Monday is believed to have been caused by a suicide "
     "attacker, police said.", "suicide_bomb"),
    ("Rebels were reported to have captured the town of Kidal on Monday.", "non_state_actor_overtakes_territory"),
    ("The militia claims to have seized the town of Bunia on Monday.", "non_state_actor_overtakes_territory"),
    # plans: no event
    ("The rebels hope to have seized the town of Kidal by June.", None),
    ("The militia expects to have captured the town of Bunia before the rains.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), CASES)
def test_hedged_past_is_an_act(text, sub_type):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-13")}
    if sub_type is None:
        assert not types, types
    else:
        assert sub_type in types, types
