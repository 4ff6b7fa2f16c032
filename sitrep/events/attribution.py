"""Who an article says did it: a named armed group that any sentence of the article holds
responsible ("X claimed responsibility", "attributed to X", "suspected X fighters", "blamed on
X"). An event whose own sentences name no perpetrator, or only gunmen, takes that group: the
gold codes an attack by the group the text attributes it to (NOTES.md, actors).

The words are data (``nlp/data/actor_roles.json``: ``attribution``)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from sitrep.events.anaphora import qualifier_follows
from sitrep.events.mention import EventMention, Flag
from sitrep.nlp.arguments import context_only
from sitrep.model import Actor, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.nlp.actors import ActorDictionary, ActorMention

#: How many words above a group's mention an attribution word may stand ("claimed" <- "responsibility").
REACH = 3


@dataclass(frozen=True, slots=True)
class AttributionCues:
    lemmas: frozenset[str]
    denials: frozenset[str]
    types: frozenset[str]
    event_types: frozenset[str]
    pass_through: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_attribution_cues() -> AttributionCues:
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/actor_roles.json").read_text(encoding="utf-8"))
    spec = raw["attribution"]
    return AttributionCues(*(frozenset(spec[k]) for k in ("lemmas", "denials", "types", "event_types", "pass_through")))


def _near_words(head: Token) -> list[Token]:
    """The words above the mention (up to ``REACH``, not counting pass-through words such as
    "members of": "described the attackers as members of X") and their other dependents."""
    passing = load_attribution_cues().pass_through
    out: list[Token] = list(head.children)
    tok, steps = head, 0
    while steps < REACH and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
        out.extend(c for c in tok.children if c.i != head.i)
        if tok.lemma_.lower() not in passing and not (tok.lower_ == "of" and tok.head.lemma_.lower() in passing):
            steps += 1
    return out


def attributed(doc: Doc, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The named non-state group the article holds responsible most often (first on ties), or None.
    A name that only qualifies another group ("X-linked militants whom the government blames") is
    not the one blamed."""
    cues = load_attribution_cues()
    counts: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    for m in mentions:
        if m.generic or m.actor.type not in cues.types:
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None or qualifier_follows(span) or context_only(m, doc):
            continue  # "X-linked militants", "the violence pinned on X": not this act's author
        near = _near_words(span.root) + [t for t in span if t.i != span.root.i]
        lemmas = {t.lemma_.lower() for t in near} | {t.lower_ for t in near}
        if lemmas & cues.lemmas and not lemmas & cues.denials:
            counts[m.actor.name] += 1
            first.setdefault(m.actor.name, m)
    if not counts:
        return None
    return first[max(counts, key=lambda n: counts[n])]  # max keeps the earliest of equal counts


def generic_actor(actor: Actor, actors: ActorDictionary) -> bool:
    """The actor is what a generic word of its kind names ("militants", "the rebels"), not a
    group the text names (nor one a generic word was read as by anaphora: its name differs)."""
    if not actor.mention:
        return False
    found = actors.find(actor.mention, country=actor.country)
    return bool(found) and all(m.generic for m in found) \
        and actors.normalise(actor.mention, country=actor.country).name == actor.name


def _described_only(actor: Actor | None, group: ActorMention, actors: ActorDictionary | None) -> bool:
    """The perpetrator the sentences give is no one, gunmen or attackers (type ``unknown``), or
    only a generic word of the attributed group's own kind ("jihadist fighters", "militants",
    "rebels" where the article says JNIM claimed the attack)."""
    if actor is None or actor.type == "unknown":
        return True
    return actors is not None and actor.type == group.actor.type and generic_actor(actor, actors)


def perpetrators_by_attribution(mentions: list[EventMention], group: ActorMention | None,
                                actors: ActorDictionary | None = None) -> None:
    """Violence whose perpetrator the sentences leave unnamed, call only gunmen or attackers
    (type ``unknown``) or, given ``actors``, describe only by a generic word of the group's kind
    was done by the group the article attributes it to, unless it is told as a separate incident
    ("separately", "in another attack")."""
    if group is None:
        return
    cues = load_attribution_cues()
    owners = _told_in(group, mentions)
    for mention in mentions:
        a1 = mention.actor1
        if mention.event_type not in cues.event_types or not _described_only(a1, group, actors):
            continue
        if Flag.TOLD_SEPARATELY in mention.flags:
            continue  # "in a separate attack, gunmen ...": not the act the article lays at the group's door
        if mention.actor2 is not None and mention.actor2.name == group.actor.name:
            continue
        if owners and all(owner is not mention and _apart(mention, owner) and not _names_place_of(told, mention)
                          for owner, told in owners):
            continue  # blamed for another act of a roundup ("Elsewhere, gunmen killed...")
        mention.actor1 = group.actor
        mention.actor1_evidence = Evidence(group.start_char, group.end_char, group.text)
        mention.flags.discard(Flag.ACTOR1_UNNAMED)
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def _told_in(group: ActorMention, mentions: Sequence[EventMention]) -> list[tuple[EventMention, Evidence]]:
    """The events whose own sentences hold the blaming words ("a bomb blamed on X killed 12 in
    A last month"), each with that sentence: the group is named as the author of those acts."""
    def holds(ev: Evidence) -> bool:
        return ev.start_char <= group.start_char and group.end_char <= ev.end_char
    out: list[tuple[EventMention, Evidence]] = []
    for m in mentions:
        if m.anaphoric:
            continue
        told = next((e for e in (m.sentence, *m.evidence) if holds(e)), None)
        if told is not None:
            out.append((m, told))
    return out


def _names_place_of(told: Evidence, mention: EventMention) -> bool:
    """The blaming sentence names the event's own place too ("blasts at A and at B blamed on X")."""
    ev = mention.location_evidence
    return ev is not None and told.start_char <= ev.start_char and ev.end_char <= told.end_char \
        or ev is not None and ev.text.lower() in told.text.lower()


def _apart(mention: EventMention, other: EventMention) -> bool:
    """Two events that their own words place apart: another place (days of one episode at one
    place share their author)."""
    a, b = mention.location, other.location
    return (a is not None and b is not None and mention.location_evidence is not None
            and other.location_evidence is not None and a.name != b.name)
