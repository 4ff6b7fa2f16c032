"""Group anaphora: "the group", "the rebels", "the militia" refer back to a group named earlier.

A definite generic noun with no name of its own, told after the article named one non-state
group of a kind that fits the noun, is that group: "<named group> ... the group attacked a
patrol" codes the named group, not an unidentified one. Where several groups of that kind were
named (gangs or communities fighting each other), the reference stays as it is.

The words are data (``nlp/data/actor_roles.json``: ``group_anaphora``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.nlp.arguments import role_data

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.nlp.actors import ActorMention


@dataclass(frozen=True, slots=True)
class AnaphoraCues:
    determiners: frozenset[str]
    modifiers: frozenset[str]
    nouns: dict[str, frozenset[str]]
    window: int
    qualifiers: frozenset[str]


@lru_cache(maxsize=1)
def load_anaphora_cues() -> AnaphoraCues:
    spec = role_data()["group_anaphora"]
    return AnaphoraCues(frozenset(spec["determiners"]), frozenset(spec["modifiers"]),
                        {k: frozenset(v) for k, v in spec["nouns"].items()}, int(spec["window"]),
                        frozenset(spec["qualifiers"]))


def _anaphor(tok: Token, cues: AnaphoraCues) -> frozenset[str] | None:
    """The types a definite generic noun may refer back to, or None when it is not one: it has
    a determiner of the list and no modifier but generic ones ("the armed group", not "the
    rights group", "the Somali militants" or "the group of gunmen")."""
    kinds = cues.nouns.get(tok.lemma_.lower()) or cues.nouns.get(tok.lower_)
    if kinds is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.lower_ == "group" and tok.tag_ == "NNS":
        return None
    det = False
    for c in tok.children:
        if c.dep_ == "det":
            det = c.lower_ in cues.determiners
        elif c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "prep", "appos") \
                and c.lower_ not in cues.modifiers:
            return None
    return kinds if det else None


def _covering(tok: Token, found: Sequence[ActorMention]) -> int | None:
    return next((k for k, m in enumerate(found) if m.start_char <= tok.idx < m.end_char), None)


def antecedent(tok: Token, kinds: frozenset[str], article: Sequence[ActorMention],
               window: int) -> ActorMention | None:
    """The one named group of ``kinds`` the article names before ``tok``'s sentence: in the
    ``window`` sentences before it if any is there, else in the whole article before it; None when two
    or more different groups fit."""
    doc = tok.doc
    sent = tok.sent
    start = sent.start
    for _ in range(window):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    lo = doc[start].idx
    # a group of the noun's own sentence is another party ("fighting between X and the rebels")
    named = [m for m in article if m.end_char <= sent.start_char and not m.generic and not m.target_only
             and m.actor.type in kinds]
    named = [m for m in named if not _qualifies_other(m, named, doc)]
    near = [m for m in named if m.start_char >= lo] or named
    if not near or len({m.actor.name for m in near}) > 1:
        return None
    return near[-1]


def qualifier_follows(span: Span) -> bool:
    """A qualifier word follows the group's name ("al-Qaeda-linked", "IS affiliated"): the name
    describes another group, which the words after it name."""
    after = [t for t in span.doc[span.end:span.end + 2] if t.text != "-"]
    return bool(after) and after[0].lower_ in load_anaphora_cues().qualifiers


def _qualifies_other(m: ActorMention, named: Sequence[ActorMention], doc) -> bool:
    """The mention only qualifies another group's name ("the al-Qaeda-linked X group", "an
    IS-affiliated cell"): a qualifier word follows it, or a word up to three steps above it
    lies in the other mention."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    if qualifier_follows(span):
        return True
    others = [o for o in named if o.actor.name != m.actor.name]
    tok = span.root
    for _ in range(3):
        if tok.head.i == tok.i or tok.dep_ in ("conj", "appos"):
            return False  # "between X and Y": coordinated groups are peers, not qualifiers
        tok = tok.head
        if any(o.start_char <= tok.idx < o.end_char for o in others):
            return True
    return False


def resolve_group_anaphora(found: Sequence[ActorMention], sent: Span,
                           article: Sequence[ActorMention]) -> list[ActorMention]:
    """The sentence's actor mentions with its group anaphors read as the group they refer to:
    a generic mention ("the rebels") takes the group's actor, an anaphor the dictionary does not
    know ("the group") is added as a mention of the group."""
    cues = load_anaphora_cues()
    out = list(found)
    for tok in sent:
        kinds = _anaphor(tok, cues)
        if kinds is None:
            continue
        k = _covering(tok, out)
        if k is not None and not (out[k].generic and out[k].actor.type in kinds | {"unknown"}):
            continue  # a name of its own, or a generic word of another kind
        group = antecedent(tok, kinds, article, cues.window)
        if group is None:
            continue
        if k is not None:
            m = out[k]
            out[k] = replace(m, actor=replace(group.actor, mention=m.text), generic=False)
            continue
        phrase = tok.doc[tok.left_edge.i:tok.i + 1]
        out.append(replace(group, start_char=phrase.start_char, end_char=phrase.end_char, text=phrase.text,
                           actor=replace(group.actor, mention=phrase.text)))
    out.sort(key=lambda m: m.start_char)
    return out
