"""An arrest that names only "a man" or "a woman" takes the article's main armed group as the
people arrested (its members), but not when that party is another state's force: in a war
between states, a person held as a spy or saboteur for the enemy is a civilian. Real pipeline,
articles written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model

WAR = ("Russia's Defence Ministry said on Tuesday that it had struck energy sites across Ukraine. "
       "Russian forces also shelled the town of Nikopol on Monday, killing two people.\n\n")


@pytest.mark.parametrize("arrest", [
    "Ukraine's security service said it had detained a 34-year-old man in Lviv on Monday on suspicion of arson.",
    "Police in Poltava detained a woman on Sunday who allegedly filmed air defence positions for Moscow.",
    "Officers arrested a teenager in Rivne on Monday, accused of setting fire to military vehicles.",
])
def test_a_suspect_held_in_a_war_between_states_is_a_civilian(nlp, arrest):
    evs = [e for e in extract_events(WAR + arrest, published="2024-03-06") if e.sub_event_type == "arrests"]
    assert evs and all(e.actor2 is not None and e.actor2.type == "civilians" for e in evs), \
        [(e.actor2 and e.actor2.name) for e in evs]
