"""A battle or strike read with a named group on one side and a generic word of the same kind on
the other ("the terrorists" beside "ISWAP") tells one side twice: the generic one gives way to the
article's main state force (conventions.one_side_told_twice). Real actor dictionary; sentences
written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitrep.events.conventions import one_side_told_twice
from sitrep.events.mention import EventMention
from sitrep.model import Evidence
from sitrep.nlp.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _battle(actors, a1: str, a2: str, country: str, sub_type: str = "armed_clash",
            event_type: str = "battles") -> EventMention:
    ev = Evidence(0, 8, "fighting")
    return EventMention(sub_type, event_type, sentence=ev, trigger=ev, type_evidence=ev,
                        actor1=actors.normalise(a1, country=country), actor2=actors.normalise(a2, country=country))


def _article(actors, text: str):
    return lambda country: actors.find(text, country=country)


@pytest.mark.parametrize(("a1", "a2", "country", "article", "state"), [
    ("the terrorists", "ISWAP fighters", "NG",
     "Nigerian troops cleared two camps near Monguno, the Nigerian army said. ISWAP fighters fled.",
     "Military Forces of Nigeria"),
    ("rebels", "MILF", "PH",
     "Philippine army units pressed on near Pikit while MILF guerrillas withdrew, the army said.",
     "Military Forces of the Philippines"),
    ("the militants", "al-Shabaab", "SO",
     "Somali troops fought al-Shabaab near Jowhar; the Somali army lost four men.",
     "Military Forces of Somalia"),
])
def test_a_generic_actor1_beside_a_named_group_of_its_kind_gives_way_to_the_state(actors, a1, a2, country,
                                                                                  article, state):
    mention = _battle(actors, a1, a2, country)
    assert mention.actor1.type == mention.actor2.type  # the reading these tests start from
    one_side_told_twice([mention], actors, _article(actors, article))
    assert mention.actor1.name == state and mention.actor1.type == "state_forces"
    assert mention.actor2.name == actors.normalise(a2, country=country).name


def test_a_generic_actor2_gives_way_too(actors):
    mention = _battle(actors, "ISWAP fighters", "the jihadists", "NG", "shelling_artillery_missile_attack",
                      "explosions_remote_violence")
    one_side_told_twice([mention], actors, _article(actors, "The Nigerian army said its base was shelled."))
    assert mention.actor2.type == "state_forces" and mention.actor1.type == "rebel_group"


def test_two_named_groups_a_group_read_by_anaphora_and_no_state_force_stay_as_read(actors):
    article = "Syrian government forces watched as the rival groups fought."
    named = _battle(actors, "Islamic State fighters", "the Free Syrian Army", "SY")
    milf = actors.normalise("MILF", country="PH")
    anaphora = _battle(actors, "MILF", "the rebels", "PH")
    anaphora.actor2 = replace(milf, mention="the rebels")  # "the rebels" read as the group named before
    no_state = _battle(actors, "the terrorists", "ISWAP fighters", "NG")
    before = [(m.actor1, m.actor2) for m in (named, anaphora, no_state)]
    one_side_told_twice([named], actors, _article(actors, article))
    one_side_told_twice([anaphora], actors, _article(actors, "Philippine army units pressed on near Pikit."))
    one_side_told_twice([no_state], actors, _article(actors, "ISWAP fighters raided the town at dawn."))
    assert [(m.actor1, m.actor2) for m in (named, anaphora, no_state)] == before
