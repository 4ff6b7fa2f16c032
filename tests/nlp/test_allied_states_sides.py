"""Two states named together as the doers of a fight with a third party fought it side by side:
the third party is the other side, and the soldiers killed are theirs, not a side against them.
Two states named together with no one else are rivals. Written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    import sitrep

    return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in sitrep.extract(text, published="2025-03-10")]


@pytest.mark.parametrize("text", [
    "NIAMEY, March 9 - Burkina Faso and Niger exchanged fire with jihadists near Tera on Saturday, killing "
    "six soldiers.",
    "BAMAKO, March 9 - Niger and Mali exchanged fire with jihadists near Menaka on Saturday, killing nine "
    "soldiers.",
])
def test_allied_states_fight_the_third_party(text):
    sides = _sides(text)
    assert sides, text
    a1, a2 = sides[0]
    assert a1 is not None and a1.startswith("Military Forces of"), sides
    assert a2 is not None and not a2.startswith("Military Forces of"), sides


def test_two_states_alone_are_rivals():
    sides = _sides("N'DJAMENA, March 9 - Chad and Sudan clashed near the border town of Adre on Saturday, "
                   "killing four soldiers.")
    assert sides and {sides[0][0], sides[0][1]} == {"Military Forces of Chad", "Military Forces of Sudan"}, sides
