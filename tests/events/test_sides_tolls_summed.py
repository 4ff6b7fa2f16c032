"""One battle told in two sentences, each with the dead of one side ("three guards died ... the
raiders lost eight men"): NOTES sums the tolls of all sides of an event, so the merged event
counts both, not only the toll told last."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article
from sitrep.nlp.casualties import toll_sides

pytestmark = pytest.mark.model


def events(text: str) -> list:
    return default_extractor().extract(Article(id="t", text=text, published="2025-11-05"))


@pytest.mark.parametrize("text, best", [
    ("Three border guards were killed on Tuesday when armed men raided their post outside Gao. "
     "The army said six attackers were killed in the firefight that followed on Tuesday.", 9),
    ("At least two customs officers were killed when militants attacked a depot in Tillaberi region, an official said. "
     "Four other officers were injured, he said. "
     "He said 17 militants were killed in fighting that went on until dawn on Sunday.", 19),
    ("Gunmen stormed a police post in Zamfara state on Wednesday, killing five constables, a police statement said. "
     "The officers fought back. The statement said ten gunmen were killed in the shootout on Wednesday.", 15),
])
def test_dead_of_both_sides_are_summed(text, best):
    fatal = [e.fatalities.best for e in events(text) if e.fatalities.best]
    assert best in fatal


@pytest.mark.parametrize("text, best", [
    ("Nine were killed at the cattle market of Maroua on Friday, seven traders and both of the two "
     "suicide bombers. Police said the two suicide bombers had hidden the charges under their robes "
     "and blew themselves up on Friday.", 9),
    ("Eight people died in a double suicide bombing at a checkpoint in Mora on Friday, the three "
     "suicide bombers among them. According to the army the three suicide bombers died in the "
     "explosions they set off on Friday.", 8),
])
def test_toll_of_both_sides_is_not_summed_again(text, best):
    fatal = [e.fatalities.best for e in events(text) if e.fatalities.best]
    assert best in fatal and best + 2 not in fatal


@pytest.mark.parametrize("text, sides", [
    ("eight militants died", {"attackers"}),
    ("some thirty gunmen were shot dead", {"attackers"}),
    ("nine fighters were killed and four others injured", {"attackers"}),
    ("3 dead", {"others"}),
    ("22 policemen and two village guards lost their lives", {"others"}),
    ("four villagers and three raiders were killed in the clash", {"attackers", "others"}),
    ("eleven people, among them eight traders and three bombers, were killed", {"attackers", "others"}),
])
def test_toll_sides(text, sides):
    assert toll_sides(text) == sides


@pytest.mark.parametrize("text, best", [
    ("Bandits attacked a farming village in Katsina state on Saturday, killing four vigilantes, police said. "
     "Police said 11 bandits were killed in the gunfight on Saturday.", 15),
    ("Rebels overran a checkpoint outside Beni on Thursday, killing six soldiers, the army said. "
     "The army said 13 rebels were killed when troops retook the checkpoint on Thursday.", 19),
])
def test_dead_of_both_sides_are_summed_any_armed_group(text, best):
    fatal = [e.fatalities.best for e in events(text) if e.fatalities.best]
    assert best in fatal


@pytest.mark.parametrize("text, sides", [
    ("14 rebels were killed", {"attackers"}),
    ("seven bandits were shot dead", {"attackers"}),
    ("twenty-one mercenaries died", {"attackers"}),
    ("nine insurgents were killed on Jan. 5", {"attackers"}),
    ("the 14 March clash killed 6 gunmen", {"attackers"}),
    ("On 2 June, eight villagers died", {"others"}),
])
def test_toll_sides_any_armed_group_and_no_dates(text, sides):
    assert toll_sides(text) == sides
