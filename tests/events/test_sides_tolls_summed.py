"""One battle told in two sentences, each with the dead of one side ("six soldiers were killed
... the army said 12 militants died in the fighting"): NOTES sums the tolls of all sides of an
event, so the merged event counts both, not only the toll told last."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article
from sitrep.nlp.casualties import toll_sides

pytestmark = pytest.mark.model


def events(text: str) -> list:
    return default_extractor().extract(Article(id="t", text=text, published="2025-11-05"))


@pytest.mark.parametrize("text, best", [
    ("Four police officers were killed on Monday when gunmen attacked their checkpoint near Mardan. "
     "A spokesman said nine attackers were killed in an ensuing gunfight on Monday.", 13),
    ("At least five soldiers were killed when militants stormed a base in Kunduz province, a spokesman said. "
     "He said two other soldiers were wounded in the attack. "
     "He added that 14 militants were killed in a battle that lasted several hours late Saturday.", 19),
    ("Gunmen attacked a police station in Borno state on Thursday, killing three officers, police said. "
     "Officers returned fire. Police said eight gunmen were killed in the exchange late Thursday.", 11),
])
def test_dead_of_both_sides_are_summed(text, best):
    fatal = [e.fatalities.best for e in events(text) if e.fatalities.best]
    assert best in fatal


@pytest.mark.parametrize("text, best", [
    ("Six people including four villagers and two suicide bombers died in Kolofata on Tuesday. "
     "The two suicide bombers died in the double blast on Tuesday.", 6),
])
def test_toll_of_both_sides_is_not_summed_again(text, best):
    fatal = [e.fatalities.best for e in events(text) if e.fatalities.best]
    assert best in fatal and best + 2 not in fatal


@pytest.mark.parametrize("text, sides", [
    ("12 insurgents were killed", {"attackers"}),
    ("more than forty terrorists have been neutralized", {"attackers"}),
    ("16 militants were killed and 11 others wounded", {"attackers"}),
    ("7 killed", {"others"}),
    ("31 soldiers and three auxiliaries were killed", {"others"}),
    ("two soldiers and two gunmen were killed in the raid", {"attackers", "others"}),
    ("five people, including three villagers and two suicide bombers, died", {"attackers", "others"}),
])
def test_toll_sides(text, sides):
    assert toll_sides(text) == sides
