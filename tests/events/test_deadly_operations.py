"""People killed in a police or military operation, raid or crackdown against a group are a
battle of that force with the group (ACLED); an operation told with no dead is no event."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def events(text: str) -> list:
    return default_extractor().extract(Article(id="t", text=text, published="2025-11-05"))


@pytest.mark.parametrize("text", [
    "Nine people were killed on Tuesday during a police operation against the Comando Vermelho gang in Rio de Janeiro, police said.",
    "Four people died on Monday during a security crackdown on the Barrio 18 gang in Tegucigalpa, police said.",
    "Seven people were killed on Sunday in an army operation against bandits near Gusau in Zamfara state, residents said.",
])
def test_deadly_operation_against_a_group_is_a_clash(text):
    assert "armed_clash" in [e.sub_event_type for e in events(text)]


@pytest.mark.parametrize("text", [
    "Police launched an operation against drug gangs in Rosario in Argentina on Monday, officials said.",
    "A security operation against smugglers began in Agadez in Niger on Monday, the governor said.",
])
def test_operation_without_dead_is_no_event(text):
    assert events(text) == []
