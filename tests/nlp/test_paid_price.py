"""Military communiqués tell their own dead as having "paid the supreme price" or "the
ultimate price": those people were killed, and count in the toll like "lost their lives".
Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "dead"), [
    ("Troops repelled an attack on their base at Damasak on Tuesday, killing six insurgents, while "
     "two soldiers paid the supreme price, the army said.", 8),
    ("Gunmen attacked a police checkpoint in Zurmi on Sunday; three officers paid the ultimate price "
     "and four attackers were killed, police said.", 7),
    ("Four soldiers paid the supreme price when militants ambushed their patrol near Gao on Monday, "
     "the army said.", 4),
])
def test_paying_the_supreme_price_is_dying(text, dead):
    events = sitrep.extract(text, published="2026-03-04")
    assert events and events[0].fatalities.best == dead


def test_a_price_paid_otherwise_is_no_death():
    text = ("Gunmen killed five villagers in Maru on Sunday, police said. Farmers said they had paid a high "
            "price for the insecurity, as 40 of them abandoned their fields.")
    events = sitrep.extract(text, published="2026-03-04")
    assert [e.fatalities.best for e in events] == [5]
