"""'No fewer than N' / 'not less than N' is a lower bound ("at least N"), although the parser
often hangs "no" away from the figure and "fewer than N" alone is an upper bound."""

from __future__ import annotations

import pytest

from sitrep.nlp.casualties import find_casualties

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, n", [
    ("No fewer than 41 farmers died when the raiders torched their hamlet.", 41),
    ("No fewer than 12 villagers were killed when gunmen raided the market.", 12),
    ("Not less than 30 passengers died after the bus was set ablaze.", 30),
    ("No less than 19 miners were killed in the assault on the camp.", 19),
])
def test_no_fewer_than_is_a_lower_bound(nlp, text, n):
    k = find_casualties(nlp(text)).killed
    assert (k.best, k.low, k.high) == (n, n, None)
