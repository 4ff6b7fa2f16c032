"""Death verbs used in the sense of carrying something out ("executing a search warrant")
tell no death: the casualty reader takes the codebook's object senses, as the trigger reader does."""

from __future__ import annotations

import pytest

from sitrep.nlp.casualties import find_casualties


@pytest.mark.parametrize(
    "text",
    [
        "Supporters have stopped officers from executing an arrest warrant against the former leader.",
        "Detectives executed a search warrant at the house of the suspect on Friday.",
        "The unit executed the order to withdraw from the hill before dawn.",
        "Commanders said the brigade had executed the plan without delay.",
    ],
)
def test_carrying_out_is_no_death(nlp, text):
    c = find_casualties(nlp(text))
    assert c.killed.best is None


@pytest.mark.parametrize(
    "text, killed",
    [
        ("The militants executed two hostages in the town square.", 2),
        ("Gunmen executed a farmer in front of his family on Sunday.", 1),
    ],
)
def test_killings_still_count(nlp, text, killed):
    assert find_casualties(nlp(text)).killed.best == killed
