"""Generic fighting words told as a state of a war ("fighting has raged in X since May", "clashes
still break out regularly", "the region has seen heavy fighting") tell no act; the same words
dated to the days of one episode ("since Friday", "on Tuesday") still do."""

from __future__ import annotations

import pytest

import sitrep

CLASH = "armed_clash"

CASES = [
    # a state of the war: no event
    ("Fighting between the army and the militia has raged in Kadugli since March 3.", False),
    ("Since 2011, clashes between herders and the army have claimed thousands of lives in Jonglei.", False),
    ("The truce held in the north, but fighting was still breaking out regularly between the army and rebels near Bunia.", False),
    ("The district of Kalay has seen fierce fighting between the junta and resistance groups.", False),
    ("Clashes between the rebels and the army continue in the hills around Bamenda.", False),
    # the days of one episode: an event
    ("Heavy fighting has raged since Saturday around Kadugli between the army and the militia.", True),
    ("Clashes between the army and rebels continued on Tuesday near Bunia, killing four soldiers.", True),
    ("Fighting raged in Kalay on Monday between junta troops and resistance fighters.", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "is_event"), CASES)
def test_ongoing_fighting_is_no_act(text, is_event):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-13")]
    assert (CLASH in types) == is_event, types
