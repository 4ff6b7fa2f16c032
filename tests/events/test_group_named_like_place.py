"""A named armed group whose whole name a gazetteer or the NER also reads as a place ("Los
Lobos", "Los Choneros") is who fought, never where: the act stays at the place the sentence gives."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize(
    "text, town",
    [
        ("Members of Los Lobos and Los Choneros fought with knives and guns in a prison in Guayaquil "
         "for six hours on Monday.", "Guayaquil"),
        ("Los Lobos and Los Choneros gunmen clashed on Monday in a slum of Esmeraldas, police said.", "Esmeraldas"),
        ("Police said Los Choneros and Los Lobos battled for control of a market in Manta on Monday.", "Manta"),
    ],
)
def test_group_name_is_no_place(text, town):
    events = sitrep.extract(text, published="2025-06-04")
    assert [e.location.name for e in events] == [town]
