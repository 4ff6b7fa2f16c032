"""An act whose perpetrator its sentences leave unidentified, told on the day of acts one
non-state group carried out, was that group's (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _perpetrators(text: str) -> list[tuple[str, str | None, str | None]]:
    import sitrep

    return [(e.date, e.actor1.name if e.actor1 else None, e.actor1.type if e.actor1 else None)
            for e in sitrep.extract(text, published="2024-06-12")
            if e.event_type in {"explosions_remote_violence", "violence_against_civilians"}
            or e.sub_event_type == "looting_property_destruction"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Armed gangs attacked the town of Mirebalais, Haiti, on Monday, killing at least nine residents.\n\n"
     "The police said reinforcements had been sent.\n\n"
     "In Jacmel, gunmen emptied a rice warehouse and ransacked a pharmacy on Monday, witnesses said.", "political_militia"),
    ("Armed gangs attacked the town of Mirebalais, Haiti, on Monday, killing at least nine residents.\n\n"
     "The police said reinforcements had been sent.\n\n"
     "In Jacmel, masked men shot dead a shopkeeper and beat his son on Monday, witnesses said.",
     "political_militia"),
    ("ADF rebels detonated a bomb at a bus park in Kasese, Uganda, on Friday, killing three people.\n\n"
     "Police said the attack had been planned for weeks.\n\n"
     "Also on Friday, a parcel bomb left by an unknown courier exploded outside a church in Gulu, killing a "
     "trader, police said.", "rebel_group"),
])
def test_unidentified_perpetrator_takes_the_group_of_the_days_other_acts(text, kind):
    found = _perpetrators(text)
    assert len(found) >= 2, found
    assert all(k == kind for _, _, k in found), found


@pytest.mark.parametrize("text", [
    ("ADF rebels detonated a bomb at a bus park in Kasese, Uganda, on Friday, killing three people.\n\n"
     "Police said the attack had been planned for weeks.\n\n"
     "On Monday, gunmen shot dead two traders at a market in Gulu."),
    ("Al-Shabaab fighters killed four civilians in an attack on a village near Baraawe on Tuesday.\n\n"
     "On Tuesday, Islamic State militants set off a bomb at a market in Bosaso, killing two shoppers.\n\n"
     "In Galkayo, gunmen shot dead a clan elder on Tuesday evening."),
])
def test_another_day_or_two_groups_leave_the_gunmen_unidentified(text):
    gunmen = [k for _, name, k in _perpetrators(text) if name and name.startswith("Unidentified Armed Group")]
    assert gunmen == ["unknown"], _perpetrators(text)
