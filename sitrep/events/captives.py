"""Seizing people is no seizing of ground: "captured three fighters", "two guards were seized".

The territory types of the codebook are told with the verbs of taking ("seize", "capture"),
which are also the verbs of taking prisoners. When what was taken is people, the act is an
arrest (by state forces) or an abduction (by anyone else).
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.kinds import TERRITORY_TYPES
from sitrep.events.mention import EventMention
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import load_cues
from sitrep.nlp.people import is_people


def takes_people(trigger: Span) -> bool:
    """The trigger's verb takes people, not a place: its object (or passive subject) is people
    and no object of it is a place name. An object inside the trigger's own phrase ("oust the
    militants") is what the codebook phrase is about, not a capture."""
    verb = trigger.root
    if any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out") for c in verb.children):
        return False  # "driven out of the town", "dislodged from the hills": ground changed hands
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not trigger.start <= c.i < trigger.end]
    if not taken and verb.dep_ == "acl" and not trigger.start <= verb.head.i < trigger.end:
        taken = [verb.head]  # "eleven soldiers captured by the rebels": the participle's noun was taken
    taken += [c for t in list(taken) for c in t.conjuncts]
    if not taken or any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in taken):
        return False
    return all(is_people(t) for t in taken)


def seized_people(mention: EventMention, trigger: Span) -> None:
    """A territory event whose verb took people becomes an arrest (state forces) or an abduction."""
    if mention.sub_event_type not in TERRITORY_TYPES or not takes_people(trigger):
        return
    by_state = mention.actor1 is not None and mention.actor1.type == "state_forces"
    mention.sub_event_type = "arrests" if by_state else "abduction_forced_disappearance"
    mention.event_type = load_codebook().entry(mention.sub_event_type).event_type


def holds_suspects(trigger: Span) -> bool:
    """The trigger's verb holds people accused of an act ("arrested 12 suspects", "youths accused
    of arson were detained", "the man behind the rumour was held"): an arrest of them is an
    investigation of its own, not the police intervening in the riot or lynching they are accused
    of (``cues.json``: ``suspect_nouns``, ``suspect_modifiers``)."""
    cues = load_cues()
    verb = trigger.root
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not trigger.start <= c.i < trigger.end]
    held += [c for t in list(held) for c in t.conjuncts]
    if any(c.dep_ == "prep" and c.lower_ in cues.suspect_modifiers for c in verb.children):
        return True  # "arrested the man behind the rumour": the parser hangs the phrase on the verb
    return any(t.lemma_.lower() in cues.suspect_nouns or t.lower_ in cues.suspect_nouns
               or any(c.lower_ in cues.suspect_modifiers for c in t.children) for t in held)


def named_as_offence(trigger: Span) -> bool:
    """The trigger follows a word that puts it as what people are accused or held for (cue list
    ``accusation_words``, or 'for': "arrested 31 people suspected of looting")."""
    before = trigger.doc.text[trigger.sent.start_char:trigger.start_char].lower().rstrip()
    return before.endswith(" for") or any(before.endswith(w) for w in load_cues().accusation_words)
