"""A crowd's riot told after a massacre by an armed group (a protest "against the killings") is
its own event: a sentence of the crowd's stone-throwing never folds into the group's attack, so
the attack keeps its type and the riot its evidence."""

from __future__ import annotations

import pytest

from sitrep import extract


@pytest.mark.parametrize("text", [
    "At least 14 villagers were killed on Monday night in an attack blamed on ADF rebels near Oicha, "
    "in North Kivu, officials said on Wednesday.\n\n"
    "In Beni, furious youths blocked roads with burning barricades on Tuesday to protest against the "
    "massacre. They hurled rocks at police officers, who fired tear gas to disperse them.",
    "Gunmen from the CODECO militia killed nine people in a village in Ituri on Sunday, local "
    "officials said on Tuesday.\n\n"
    "In Bunia, hundreds of residents took to the streets on Monday to denounce the killings. "
    "They threw rocks at police officers, who responded with tear gas.",
    "Suspected Boko Haram fighters killed eleven farmers near Mora on Saturday, a local official "
    "said on Monday.\n\n"
    "In Maroua, angry young men set up barricades on Sunday to protest against the attack. "
    "They threw stones at gendarmes, who dispersed them with tear gas.",
])
def test_riot_sentence_does_not_turn_the_massacre_into_a_riot(text):
    events = extract(text, published="2025-11-05")
    attack = [e for e in events if e.actor1 is not None and e.actor1.type == "rebel_group"
              or e.actor1 is not None and e.actor1.type == "identity_militia"]
    assert attack and all(e.event_type == "violence_against_civilians" for e in attack)
    riots = [e for e in events if e.event_type == "riots"]
    assert len(riots) == 1
    assert any("stone" in x.text or "rocks" in x.text for x in riots[0].evidence)
