"""An act told at several places ("drones struck A and B") followed by a statement that no one
was hurt: the act is split into one event per place, and none of them killed anyone, so each
place's toll is 0 (NOTES: a stated absence of casualties counts 0),
not unknown. A figure is still never shared out among the places. Texts written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def events(text: str) -> list:
    return default_extractor().extract(Article(id="t", text=text, published="2025-11-05"))


@pytest.mark.parametrize("text, places", [
    ("Rebels shelled the town of Kamango on Monday, killing four civilians, officials said. "
     "Drones struck army positions in Bunia and Mahagi on Tuesday, the army said. It reported no casualties.",
     {"Bunia", "Mahagi"}),
    ("Gunmen killed three herders near Djibo on Friday. On Saturday, insurgents fired rockets at "
     "Dori and Gorom-Gorom. There were no casualties, the army said.",
     {"Dori", "Gorom-Gorom"}),
    ("Militants fired mortars at a base near Gao on Sunday, killing two soldiers. On Monday, insurgents "
     "shelled the villages of Ansongo and Bourem. No one was killed or injured, the army said.",
     {"Ansongo", "Bourem"}),
])
def test_no_one_hurt_at_any_of_the_places(text, places):
    tolls = {e.location.name: e.fatalities.best for e in events(text) if e.location and e.location.name in places}
    assert tolls == {p: 0 for p in places}


def test_a_figure_is_still_not_shared_out():
    text = ("Drones struck army positions in Bunia and Mahagi on Tuesday, killing six soldiers, the army said.")
    tolls = [e.fatalities.best for e in events(text)]
    assert 0 not in tolls and tolls.count(6) <= 1
