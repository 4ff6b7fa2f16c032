"""An agreement whose sentence names one party only (a truce "that took effect", a deal "the
president signed") was made with the article's main party of the other camp."""

from __future__ import annotations

import pytest

from sitrep.events.mention import EventMention
from sitrep.model import Actor, Evidence


def _armed(name: str, actor_type: str, country: str | None) -> Actor:
    return Actor(name, actor_type, mention=name.lower(), country=country)


def _article(*actors: Actor):
    from sitrep.nlp.actors import ActorMention

    out, at = [], 0
    for actor in actors:
        out.append(ActorMention(at, at + len(actor.mention), actor.mention, actor))
        at += len(actor.mention) + 1
    return lambda country: out


def _agreement(actor1: Actor) -> EventMention:
    ev = Evidence(0, 5, "xxxxx")
    return EventMention("agreement", "strategic_developments", sentence=ev, trigger=ev, type_evidence=ev,
                        actor1=actor1)


@pytest.mark.parametrize(("article", "expected"), [
    ((_armed("Lord's Resistance Army", "rebel_group", None), _armed("Government of Uganda", "state_forces", "UG"),
      _armed("Lord's Resistance Army", "rebel_group", None)), "Lord's Resistance Army"),
    ((_armed("Military Forces of Armenia", "state_forces", "AM"), _armed("Government of Azerbaijan", "state_forces", "AZ"),
      _armed("Military Forces of Armenia", "state_forces", "AM")), "Military Forces of Armenia"),
])
def test_an_agreement_with_one_party_named_was_made_with_the_articles_other_camp(article, expected):
    from sitrep.events.conventions import opponents_by_final_type

    government = next(a for a in article if a.name.startswith("Government"))
    mention = _agreement(government)
    opponents_by_final_type([mention], _article(*article))
    assert mention.actor2 is not None and mention.actor2.name == expected


def test_an_agreement_with_both_parties_named_is_left_alone():
    from sitrep.events.conventions import opponents_by_final_type

    mention = _agreement(_armed("Government of Uganda", "state_forces", "UG"))
    mention.actor2 = _armed("ADF: Allied Democratic Forces", "rebel_group", None)
    opponents_by_final_type([mention], _article(_armed("Lord's Resistance Army", "rebel_group", None)))
    assert mention.actor2.name == "ADF: Allied Democratic Forces"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Talks between the Colombian government and the ELN rebels resumed in Havana this month. The ELN said "
    "its fighters had attacked a pipeline last year. The ceasefire that the president signed on Tuesday "
    "will last six months, officials said.",
    "The ELN has fought the Colombian army for decades, and ELN units still hold parts of Arauca. A "
    "ceasefire was signed in Caracas on Tuesday by the government, officials said.",
])
def test_a_truce_told_with_the_government_alone_is_with_the_articles_armed_group(text):
    import sitrep

    deals = [e for e in sitrep.extract(text, published="2024-05-09") if e.sub_event_type == "agreement"]
    assert deals
    assert deals[0].actor2 is not None and deals[0].actor2.type == "rebel_group"
