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
from sitrep.model import Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sitrep.nlp.actors import ActorMention

#: How many words above a group's mention an attribution word may stand ("claimed" <- "responsibility").
REACH = 3


@dataclass(frozen=True, slots=True)
class AttributionCues:
    lemmas: frozenset[str]
    denials: frozenset[str]
    types: frozenset[str]
    event_types: frozenset[str]


@lru_cache(maxsize=1)
def load_attribution_cues() -> AttributionCues:
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/actor_roles.json").read_text(encoding="utf-8"))
    spec = raw["attribution"]
    return AttributionCues(*(frozenset(spec[k]) for k in ("lemmas", "denials", "types", "event_types")))


def _near_words(head: Token) -> list[Token]:
    """The words above the mention (up to ``REACH``) and their other dependents."""
    out: list[Token] = list(head.children)
    tok = head
    for _ in range(REACH):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok)
        out.extend(c for c in tok.children if c.i != head.i)
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


def perpetrators_by_attribution(mentions: list[EventMention], group: ActorMention | None) -> None:
    """Violence whose perpetrator the sentences leave unnamed or call only gunmen or attackers
    (type ``unknown``) was done by the group the article attributes it to, unless it is told
    as a separate incident ("separately", "in another attack")."""
    if group is None:
        return
    cues = load_attribution_cues()
    for mention in mentions:
        a1 = mention.actor1
        if mention.event_type not in cues.event_types or (a1 is not None and a1.type != "unknown"):
            continue
        if Flag.TOLD_SEPARATELY in mention.flags:
            continue  # "in a separate attack, gunmen ...": not the act the article lays at the group's door
        if mention.actor2 is not None and mention.actor2.name == group.actor.name:
            continue
        mention.actor1 = group.actor
        mention.actor1_evidence = Evidence(group.start_char, group.end_char, group.text)
        mention.flags.discard(Flag.ACTOR1_UNNAMED)
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)
