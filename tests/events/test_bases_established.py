"""Bases set up in the plural ("set up four new military bases", spaCy's lemma of "bases" is
"basis") and military facilities opened are bases established; a civilian facility opened is not."""

from __future__ import annotations

import pytest

import sitrep

BASE = "headquarters_or_base_established"

CASES = [
    ("Turkey has set up three new military bases near Zakho, a security source said on Monday.", True),
    ("The army built two new bases outside Tillaberi on Friday, officials said.", True),
    ("Russia opened a new military training facility near Bangui on Saturday.", True),
    ("The ministry opened a new hospital facility in Bangui on Saturday.", False),
    ("Workers in Zakho are paid on a daily basis, a trader said on Monday.", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "is_base"), CASES)
def test_bases_established(text, is_base):
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-13")}
    assert (BASE in types) == is_base, types
