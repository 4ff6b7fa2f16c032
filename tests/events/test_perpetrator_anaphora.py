"""A definite perpetrator word ("the attackers", "the assailants", "the gunmen") refers back to
the nearest armed side the article told of before it, when that side is a named non-state
group; the nearest being an unnamed one ("gunmen"), or another country's story in between,
leaves it unidentified (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sides(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    import sitrep

    out = []
    for e in sitrep.extract(text, published="2024-06-11"):
        for a in (e.actor1, e.actor2):
            if a is not None:
                out.append((a.name, a.type, (a.mention or "").lower(), e.sub_event_type))
    return out


def _named(text: str, word: str) -> set[str]:
    return {name for name, _, mention, _ in _sides(text) if mention.endswith(word)}


@pytest.mark.parametrize(("text", "word", "group"), [
    ("Fighters of the Allied Democratic Forces raided a village in Beni territory overnight, killing "
     "eleven farmers, officials said.\n\n"
     "Soldiers later exchanged fire with the assailants near the village of Kasinga on Thursday.",
     "assailants", "ADF: Allied Democratic Forces"),
    ("Al-Shabaab fighters stormed a hotel in Kismayo on Friday evening, police said.\n\n"
     "Two days later the attackers ambushed a police convoy near Afmadow, killing four officers.",
     "attackers", "Al Shabaab"),
    ("Members of the Boko Haram sect raided a market in Gwoza town in Borno State on Monday.\n\n"
     "Police said they later engaged the gunmen in a shootout near Pulka on Tuesday, killing four.",
     "gunmen", "Boko Haram"),
])
def test_a_perpetrator_word_takes_the_nearest_named_group(text, word, group):
    found = _named(text, word)
    assert found == {group}, _sides(text)


@pytest.mark.parametrize("text", [
    # the nearest armed side is an unnamed one
    ("Al-Shabaab has waged an insurgency in Somalia for years.\n\n"
     "On Monday unidentified gunmen shot dead a trader in a market in Baidoa.\n\n"
     "The attackers fled on motorbikes after killing two shoppers, police said."),
    # the named group is another country's, told in a paragraph before this one
    ("Boko Haram fighters attacked a base in Borno State last week.\n\n"
     "In neighbouring Chad, the attackers killed six herders near Bol on Monday, officials said."),
    # a communal militia is nearer than the named group: the gunmen are not the group
    ("Boko Haram fighters raided a village near Gwoza in Borno State last month.\n\n"
     "On Saturday Fulani herdsmen attacked farmers near Konduga, residents said. "
     "The gunmen killed four farmers and burned their crops on Sunday, police said."),
    # a state force is no antecedent of an attacker word
    ("Russian troops shelled a village near Kupiansk on Monday.\n\n"
     "The attackers killed three civilians in the village of Kivsharivka on Tuesday, officials said."),
])
def test_no_named_group_nearest_leaves_it_unidentified(text):
    for name, kind, mention, _ in _sides(text):
        if mention.endswith("attackers") or mention.endswith("gunmen"):
            assert kind not in ("rebel_group", "political_militia"), _sides(text)


def test_state_force_word_never_takes_a_group():
    """ "the troops", "the soldiers" are no perpetrator words: they stay a state force."""
    text = ("Fighters of the Arakan Army seized a police outpost in Maungdaw on Sunday.\n\n"
            "The soldiers killed four civilians in a nearby village on Monday, residents said.")
    for name, kind, mention, _ in _sides(text):
        if mention.endswith("soldiers"):
            assert kind == "state_forces", _sides(text)


def test_a_name_in_brackets_before_a_generic_word_is_the_side():
    """ "X (ABC) rebels ... the attackers": the generic word right after the name is its members."""
    from sitrep.events.anaphora import _perpetrator, load_anaphora_cues, nearest_side
    from sitrep.nlp.actors import ActorDictionary
    from sitrep.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Suspected Allied Democratic Forces (ADF) rebels raided a farm near Eringeti on "
                          "Monday night, officials said.\n\nThe next day the attackers ambushed a minibus "
                          "near Mavivi, killing five passengers.")
    actors = ActorDictionary.load()
    article = actors.find(doc, country="CD")
    cues = load_anaphora_cues()
    tok = next(t for t in doc if t.lower_ == "attackers")
    side = nearest_side(tok, _perpetrator(tok, cues), article, cues, actors)
    assert side is not None and side.actor.name == "ADF: Allied Democratic Forces"
