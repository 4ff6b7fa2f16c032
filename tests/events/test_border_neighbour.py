"""A country named only across a border ("near the border with X") is not where the event is."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _countries(text: str) -> list[str | None]:
    import sitrep

    return [e.location.country if e.location else None for e in sitrep.extract(text, published="2024-03-05")]


@pytest.mark.parametrize("text, country", [
    ("Soldiers clashed with guerrillas close to the frontier with Panama in Choco department on Tuesday, killing three.", "CO"),
    ("Two soldiers died when a roadside bomb exploded near the frontier with Ecuador in Putumayo department on Friday.", "CO"),
])
def test_a_neighbour_across_the_border_is_not_the_place(text, country):
    assert _countries(text) and set(_countries(text)) == {country}
