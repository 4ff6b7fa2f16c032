"""A force the sentence names as the doer's backer ("backed by", "with the support of") fought
on its side: it is never taken as the side that lost the ground (written for these tests)."""

from __future__ import annotations

import pytest

import sitrep

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "backer"), [
    ("GOMA, May 8 - M23 fighters, with the support of Rwandan soldiers, captured the town of Kalehe on Saturday.",
     "Military Forces of Rwanda"),
    ("GOMA, May 8 - M23 rebels, backed by Rwandan troops, took control of the town of Kalehe on Saturday.",
     "Military Forces of Rwanda"),
    ("GAO, May 8 - The rebels, backed by Russian soldiers, seized the town of Ber on Saturday.",
     "Military Forces of Russia"),
])
def test_backer_is_not_the_loser(text, backer):
    events = [e for e in sitrep.extract(text, published="2025-05-10") if "territory" in e.sub_event_type]
    assert events, text
    assert all((e.actor2.name if e.actor2 else None) != backer for e in events), \
        [(e.actor1, e.actor2) for e in events]
