"""A shootout is an exchange of fire like a gunfight: police or troops who kill gang members
"in a shootout" fought an armed clash, whatever the killed are called."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize(
    "text",
    [
        "Police said they had killed four suspected members of a drug gang in a shootout on Monday in Recife.",
        "Three suspected kidnappers died in a shoot-out with federal agents on Monday in Culiacan.",
        "A shootout between police and suspected robbers on Monday left two people dead in Davao City.",
        "Two officers were wounded in a shootout with smugglers near the port of Callao on Monday.",
    ],
)
def test_shootout_is_an_armed_clash(text):
    events = sitrep.extract(text, published="2025-06-04")
    assert [e.sub_event_type for e in events] == ["armed_clash"]
