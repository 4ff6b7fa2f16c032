"""Who took ground told with "fell to X", "lost ... to X" or "took full control": the side named
by "to" took it, whatever subjects the sentence's other clauses have ("after government troops
withdrew"); and an event's sub-type of ground taken never goes without the sides that say it
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

PUBLISHED = "2025-04-17"  # a Thursday


def _territory(text: str):
    events = default_extractor().extract(Article(id="t", text=text, published=PUBLISHED))
    found = [e for e in events if e.sub_event_type in {"government_regains_territory",
                                                       "non_state_actor_overtakes_territory"}]
    assert found, [(e.sub_event_type, e.actor1) for e in events]
    return found[0]


@pytest.mark.parametrize("text, taker", [
    ("The town of Jalalaqsi fell to al-Shabaab militants on Wednesday after government troops withdrew.",
     "Al Shabaab"),
    ("The border town of Tessit fell to JNIM fighters on Tuesday after the soldiers pulled out, a resident said.",
     "JNIM: Group for Support of Islam and Muslims"),
    ("The garrison town of Kutum fell to the RSF on Monday after the army retreated under heavy fire.",
     "RSF: Rapid Support Forces"),
])
def test_the_side_a_town_fell_to_took_it(text, taker):
    event = _territory(text)
    assert (event.actor1.name, event.sub_event_type) == (taker, "non_state_actor_overtakes_territory")


@pytest.mark.parametrize("text, taker", [
    ("Rebels seized complete control of Bambari on Tuesday, residents said.", "Rebels"),
    ("Al-Shabaab fighters took full control of the town of Jalalaqsi on Tuesday, witnesses said.", "Al Shabaab"),
])
def test_full_control_taken_is_a_change_of_ground(text, taker):
    assert _territory(text).actor1.name.startswith(taker)


def test_a_retold_capture_keeps_its_sides_with_its_sub_type():
    text = ("Al-Shabaab seizes central town as army offensive stalls\n\n"
            "The town of Jalalaqsi in Somalia's Hiiraan region fell to al-Shabaab militants on Wednesday "
            "after government troops withdrew, residents said.")
    event = _territory(text)
    kinds = {"government_regains_territory": "state_forces", "non_state_actor_overtakes_territory": "rebel_group"}
    assert event.actor1.type == kinds[event.sub_event_type], (event.sub_event_type, event.actor1)
