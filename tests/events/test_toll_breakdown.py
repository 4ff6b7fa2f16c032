"""A toll told as a total followed by who the dead were ("left nine dead, among them four
attackers and five passers-by"): the breakdown is the total again, never added to it."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def events(text: str) -> list:
    return default_extractor().extract(Article(id="t", text=text, published="2025-11-05"))


@pytest.mark.parametrize("text, best", [
    ("Gunmen attacked a bus station in Kaduna on Monday. The attack left nine dead, among them four "
     "attackers and five passers-by.", 9),
    ("Gunmen attacked a market in Kaduna on Monday. The raid killed nine people, among them four gunmen "
     "and five traders.", 9),
    ("Gunmen attacked a market in Kaduna on Monday. The raid killed nine people, four gunmen and five traders.", 9),
    ("Rebels raided a village near Beni on Friday. Eleven people were killed, six soldiers and five rebels.", 11),
])
def test_a_total_and_its_breakdown_are_one_toll(text, best):
    assert [e.fatalities.best for e in events(text)] == [best]
