"""A definite generic noun ("the group", "the rebels", "the militia") refers back to the one
named group of its kind the article told of before it (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actors1(text: str) -> list[tuple[str | None, str | None, str | None]]:
    import sitrep

    return [(e.actor1.name if e.actor1 else None, e.actor1.type if e.actor1 else None,
             e.actor1.mention if e.actor1 else None)
            for e in sitrep.extract(text, published="2024-06-11")]


def _by_mention(text: str, mention: str) -> list[tuple[str | None, str | None]]:
    return [(name, kind) for name, kind, m in _actors1(text) if m and m.lower() == mention]


@pytest.mark.parametrize(("text", "mention", "group"), [
    ("Boko Haram fighters raided Gwoza on Monday, residents said.\n\n"
     "On Wednesday the group ambushed an army convoy near Bama, killing three soldiers.",
     "the group", "Boko Haram"),
    ("The Islamic State-linked ADF has long been active in Beni territory.\n\n"
     "On Friday the militants killed 14 farmers in a village near Oicha.",
     "militants", "ADF: Allied Democratic Forces"),
    ("Anti-Balaka fighters were blamed for the unrest in Bria last month.\n\n"
     "On Sunday the rebels attacked the town of Ippy, killing nine civilians, a local official said.",
     "rebels", "Anti-Balaka"),
])
def test_a_generic_noun_takes_the_group_named_before(text, mention, group):
    found = _by_mention(text, mention)
    assert found, _actors1(text)
    assert all(name == group for name, _ in found), found


def test_a_group_named_only_as_a_qualifier_does_not_compete():
    text = ("The army shelled positions of the al-Qaeda-linked al-Shabaab group near Jilib.\n\n"
            "On Sunday the group attacked a police post in Marka, killing two officers.")
    found = _by_mention(text, "the group")
    assert found and all(name == "Al Shabaab" for name, _ in found), _actors1(text)


@pytest.mark.parametrize("text", [
    # two groups of the kind: the noun could be either
    ("Fighting between Boko Haram and ISWAP left dozens dead around Lake Chad last week.\n\n"
     "On Monday the group attacked a military base near Monguno, killing four soldiers."),
    # a group of the noun's own sentence is the other side
    "Fighting between the Arakan Army and the rebels killed six civilians near Paletwa on Monday.",
    # a group of another kind than the noun
    ("Police arrested two members of the Sinaloa Cartel in Culiacan.\n\n"
     "On Friday the rebels killed five villagers near Navolato."),
])
def test_no_single_fitting_group_leaves_the_reference_alone(text):
    for name, _, mention in _actors1(text):
        if mention and mention.lower() in ("the group", "rebels"):
            assert name not in ("Boko Haram", "Islamic State (West Africa)", "Sinaloa Cartel",
                                "AA: Arakan Army"), _actors1(text)


def test_a_named_modifier_keeps_its_own_reading():
    """ "the rights group", "the group of gunmen": not a reference to the armed group."""
    from sitrep.events.anaphora import _anaphor, load_anaphora_cues
    from sitrep.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    cues = load_anaphora_cues()
    doc = nlp("The rights group said the armed group had fled, and the group of gunmen left.")
    reads = {t.i: _anaphor(t, cues) is not None for t in doc if t.lower_ == "group"}
    assert list(reads.values()) == [False, True, False]
