"""The withdrawal of the side that lost a town is part of the territory change told beside it
(one event, of the territory type); a withdrawal told alone stays a non-violent transfer."""

from __future__ import annotations

import pytest

import sitrep

TRANSFER = "non_violent_transfer_of_territory"

CASES = [
    ("The army said on Saturday it had retaken the town of Kidal from the rebels. The rebels said they "
     "had withdrawn from Kidal to avoid being encircled.", "government_regains_territory"),
    ("Jihadists seized the town of Djibo on Saturday, residents said. Soldiers withdrew from Djibo on "
     "Saturday after a night of fighting.", "non_state_actor_overtakes_territory"),
    ("Troops recaptured Tawila from the militia on Monday. The militia pulled out of Tawila on Monday "
     "as the army advanced.", "government_regains_territory"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), CASES)
def test_withdrawal_is_part_of_the_territory_change(text, sub_type):
    types = [e.sub_event_type for e in sitrep.extract(text, published="2024-03-13")]
    assert types == [sub_type], types


@pytest.mark.model
def test_withdrawal_told_alone_stays_a_transfer():
    text = "Government troops withdrew from the town of Kidal on Saturday, handing it to the rebels under the accord."
    types = {e.sub_event_type for e in sitrep.extract(text, published="2024-03-13")}
    assert TRANSFER in types and not types & {"government_regains_territory", "non_state_actor_overtakes_territory"}, types
