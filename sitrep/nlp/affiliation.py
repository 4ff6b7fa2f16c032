"""A generic doer tied to the named group it belongs to ("gunmen from X", "fighters loyal to
X", "the gangs, part of the X coalition") is that group: ACLED names the group, not
"Unidentified Armed Group". The tie is read from the parse (the group's phrase hangs under the
generic noun by one of ``affiliation_prepositions`` or through one of ``affiliation_words``,
``data/cues.json``), so the generic mention takes the named actor and the name is dropped as a
second party of the same act."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.nlp.actors import ActorMention
from sitrep.nlp.cues import load_cues

#: actor types of a generic doer that a named group can stand for, and of such named groups
GENERIC_DOER_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia", "unknown"})
NAMED_GROUP_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})


def _head(doc: Doc, m: ActorMention) -> Token | None:
    """The syntactic head of the mention's words, climbing a name used as a modifier ("the X
    gang", "the X coalition") to the noun it names."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    return head


def _owner_noun(group: Token) -> Token | None:
    """The noun the group's phrase ties to ("gunmen" of "gunmen from X" / "gunmen loyal to X")."""
    cues = load_cues()
    if group.dep_ != "pobj" or group.head.dep_ != "prep":
        return None
    prep = group.head
    gov = prep.head
    if prep.lower_ in cues.affiliation_prepositions and gov.pos_ in {"NOUN", "PROPN"} \
            and gov.lower_ not in cues.affiliation_words:
        return gov
    if gov.lower_ in cues.affiliation_words and gov.head.i != gov.i \
            and gov.dep_ in {"amod", "acl", "appos", "relcl", "advcl", "prep"}:
        return gov.head
    return None


def link_affiliated(mentions: Sequence[ActorMention], doc: Doc) -> list[ActorMention]:
    """The mentions with each generic doer tied to a named group replaced by that group (at the
    generic words' place) and the group's own mention removed."""
    by_head: dict[int, ActorMention] = {}
    for m in mentions:
        if m.generic and m.actor.type in GENERIC_DOER_TYPES and not m.target_only:
            head = _head(doc, m)
            if head is not None:
                by_head[head.i] = m
    if not by_head:
        return list(mentions)
    named_for: dict[int, ActorMention] = {}  # id of a generic mention -> its group
    dropped: set[int] = set()
    for m in mentions:
        if m.generic or m.target_only or m.actor.type not in NAMED_GROUP_TYPES:
            continue
        head = _head(doc, m)
        owner = _owner_noun(head) if head is not None else None
        generic = by_head.get(owner.i) if owner is not None else None
        if generic is not None and id(generic) not in named_for:
            named_for[id(generic)] = m
            dropped.add(id(m))
    out = []
    for m in mentions:
        if id(m) in dropped:
            continue
        group = named_for.get(id(m))
        out.append(replace(m, actor=group.actor, generic=False) if group is not None else m)
    return out
