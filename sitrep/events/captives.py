"""Seizing people is no seizing of ground: "captured three fighters", "two guards were seized".

The territory types of the codebook are told with the verbs of taking ("seize", "capture"),
which are also the verbs of taking prisoners. When what was taken is people, the act is an
arrest (by state forces) or an abduction (by anyone else).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.events.kinds import TERRITORY_TYPES
from sitrep.events.mention import EventMention
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import load_cues

#: Words that stand for an unnamed quantity of people ("some of the guards", "two of them").
QUANTITY_HEADS = frozenset({"some", "many", "dozens", "scores", "hundreds", "one", "all", "several", "total"})


def _people_nouns() -> frozenset[str]:
    cues = load_cues()
    return cues.unarmed_victim_nouns | cues.armed_victim_nouns | cues.member_nouns | cues.person_nouns


def _is_people(noun: Token) -> bool:
    """A noun phrase head that names people: a person noun, a nationality in the plural, or a
    number of them ("eleven", "two of the guards"). A name the NER calls a person is not enough:
    it takes many villages for people."""
    head = noun
    if noun.lemma_.lower() in QUANTITY_HEADS or noun.like_num:
        head = next((c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children), noun)
    if head.ent_type_ == "NORP" and head.tag_ in {"NNS", "NNPS"}:
        return True
    if head.lower_ in {"he", "she", "they", "him", "her", "them"}:
        return True
    return head.lemma_.lower() in _people_nouns() or head.like_num and head is noun and head.dep_ == "nsubjpass"


def takes_people(trigger: Span) -> bool:
    """The trigger's verb takes people, not a place: its object (or passive subject) is people
    and no object of it is a place name. An object inside the trigger's own phrase ("oust the
    militants") is what the codebook phrase is about, not a capture."""
    verb = trigger.root
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not trigger.start <= c.i < trigger.end]
    taken += [c for t in list(taken) for c in t.conjuncts]
    if not taken or any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in taken):
        return False
    return all(_is_people(t) for t in taken)


def seized_people(mention: EventMention, trigger: Span) -> None:
    """A territory event whose verb took people becomes an arrest (state forces) or an abduction."""
    if mention.sub_event_type not in TERRITORY_TYPES or not takes_people(trigger):
        return
    by_state = mention.actor1 is not None and mention.actor1.type == "state_forces"
    mention.sub_event_type = "arrests" if by_state else "abduction_forced_disappearance"
    mention.event_type = load_codebook().entry(mention.sub_event_type).event_type
