"""Group anaphora: "the group", "the rebels", "the militia" refer back to a group named earlier.

A definite generic noun with no name of its own, told after the article named one non-state
group of a kind that fits the noun, is that group: "<named group> ... the group attacked a
patrol" codes the named group, not an unidentified one. Where several groups of that kind were
named (gangs or communities fighting each other), the reference stays as it is.

A perpetrator word ("the attackers", "the gunmen"), which the dictionary reads as an unidentified
armed group, refers back to the nearest armed side told before it: it is that side when that
side is a named non-state group, and stays unidentified when it is an unnamed one, or when a
paragraph about another country stands between.

The words are data (``nlp/data/actor_roles.json``: ``group_anaphora``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.nlp.affiliation import GENERIC_DOER_TYPES
from sitrep.nlp.arguments import role_data

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.nlp.actors import ActorDictionary, ActorMention


@dataclass(frozen=True, slots=True)
class AnaphoraCues:
    determiners: frozenset[str]
    modifiers: frozenset[str]
    nouns: dict[str, frozenset[str]]
    window: int
    qualifiers: frozenset[str]
    perpetrators: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def load_anaphora_cues() -> AnaphoraCues:
    spec = role_data()["group_anaphora"]
    return AnaphoraCues(frozenset(spec["determiners"]), frozenset(spec["modifiers"]),
                        {k: frozenset(v) for k, v in spec["nouns"].items()}, int(spec["window"]),
                        frozenset(spec["qualifiers"]),
                        {k: frozenset(v) for k, v in spec["perpetrator_nouns"].items()})


#: Prepositions whose phrase names who a perpetrator word belongs to ("the gunmen of X"): not a
#: reference back, the phrase says who.
_OWNER_PREPS = frozenset({"of", "from"})


def _anaphor(tok: Token, cues: AnaphoraCues) -> frozenset[str] | None:
    """The types a definite generic noun may refer back to, or None when it is not one: it has
    a determiner of the list and no modifier but generic ones ("the armed group", not "the
    rights group", "the Somali militants" or "the group of gunmen")."""
    if tok.lower_ == "group" and tok.tag_ == "NNS":
        return None
    return _definite(tok, cues, cues.nouns, ("prep",))


def _perpetrator(tok: Token, cues: AnaphoraCues) -> frozenset[str] | None:
    """The group types a definite perpetrator word ("the attackers") may refer back to, or None;
    a place or time phrase after it ("the gunmen in a shootout") does not make it another's."""
    kinds = _definite(tok, cues, cues.perpetrators, ())
    if kinds is None or any(c.dep_ == "prep" and c.lower_ in _OWNER_PREPS for c in tok.children):
        return None
    return kinds


def _definite(tok: Token, cues: AnaphoraCues, nouns: dict[str, frozenset[str]],
              extra: tuple[str, ...]) -> frozenset[str] | None:
    """``nouns``' types for ``tok`` when it has a determiner of the list and no modifier but
    generic ones (nor a child of the ``extra`` relations), else None."""
    kinds = nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)
    if kinds is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    det = False
    for c in tok.children:
        if c.dep_ == "det":
            det = c.lower_ in cues.determiners
        elif c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "appos") + extra \
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
    lo = _window_start(tok, window)
    # a group of the noun's own sentence is another party ("fighting between X and the rebels")
    named = [m for m in article if m.end_char <= sent.start_char and not m.generic and not m.target_only
             and m.actor.type in kinds]
    named = [m for m in named if not _qualifies_other(m, named, doc)]
    near = [m for m in named if m.start_char >= lo] or named
    if not near or len({m.actor.name for m in near}) > 1:
        return None
    return near[-1]


def _window_start(tok: Token, window: int) -> int:
    """The first character of the ``window``-th sentence before ``tok``'s."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(window):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return doc[start].idx


def nearest_side(tok: Token, kinds: frozenset[str], article: Sequence[ActorMention], cues: AnaphoraCues,
                 actors: ActorDictionary, depth: int = 2) -> ActorMention | None:
    """The named group of ``kinds`` a perpetrator word refers back to: the nearest non-state or
    unidentified armed side (state forces and civilians are skipped, never taken) that the
    ``window`` sentences before ``tok``'s name, when it is a group of ``kinds``. None when that side is unnamed ("gunmen",
    "militants"), unless it is itself a reference back that resolves (up to ``depth`` steps),
    or when a paragraph naming another country lies between."""
    doc = tok.doc
    sent = tok.sent
    lo = _window_start(tok, cues.window)
    named = [m for m in article if m.end_char <= sent.start_char and not m.generic and not m.target_only
             and m.actor.type in kinds]
    before = [m for m in article if lo <= m.start_char and m.end_char <= sent.start_char and not m.target_only
              and m.actor.type in GENERIC_DOER_TYPES]
    for m in reversed(before):
        if m.generic or m.actor.type not in kinds:
            found = _named_just_before(m, named, doc) or _resolved_back(m, kinds, article, cues, actors, doc, depth)
            break
        if not _qualifies_other(m, named, doc):
            found = m
            break
    else:
        return None
    return None if found is None or _other_country_between(found, tok, actors) else found


def _named_just_before(m: ActorMention, named: Sequence[ActorMention], doc) -> ActorMention | None:
    """The named group right before a generic word, only brackets between ("X (ABC) rebels"):
    the word is that group's members."""
    before = [n for n in named if n.end_char <= m.start_char and not doc.text[n.end_char:m.start_char].strip(" ()")]
    return before[-1] if before else None


def _resolved_back(m: ActorMention, kinds: frozenset[str], article: Sequence[ActorMention],
                   cues: AnaphoraCues, actors: ActorDictionary, doc, depth: int) -> ActorMention | None:
    """The named group an unnamed side is a reference back to ("the attackers" told twice), or None."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None or depth <= 0:
        return None
    head = span.root
    own = _perpetrator(head, cues)
    if own is not None:
        return nearest_side(head, kinds & own, article, cues, actors, depth - 1)
    own = _anaphor(head, cues)
    if own is not None:
        group = antecedent(head, own, article, cues.window)
        return group if group is not None and group.actor.type in kinds else None
    return None


def _other_country_between(m: ActorMention, tok: Token, actors: ActorDictionary) -> bool:
    """A paragraph after the one that names ``m``, up to ``tok``, names a country that ``m``'s
    paragraph does not: the story has moved to another country's side."""
    doc = tok.doc
    text = doc.text
    brk = text.find("\n", m.end_char, tok.idx)
    if brk < 0:
        return False
    own = _countries_named(doc, text.rfind("\n", 0, m.start_char) + 1, brk, actors)
    if m.actor.country:
        own.add(m.actor.country)
    return bool(_countries_named(doc, brk, tok.idx, actors) - own)


def _countries_named(doc, lo: int, hi: int, actors: ActorDictionary) -> set[str]:
    """The countries the place and nationality names between two offsets name."""
    words = actors.country_of_word
    return {words[e.text.lower().removeprefix("the ")] for e in doc.ents
            if lo <= e.start_char and e.end_char <= hi and e.label_ in ("GPE", "NORP")
            and e.text.lower().removeprefix("the ") in words}


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
                           article: Sequence[ActorMention], actors: ActorDictionary) -> list[ActorMention]:
    """The sentence's actor mentions with its group anaphors read as the group they refer to:
    a generic mention ("the rebels") takes the group's actor, an anaphor the dictionary does not
    know ("the group") is added as a mention of the group."""
    cues = load_anaphora_cues()
    out = list(found)
    for tok in sent:
        perpetrator = _perpetrator(tok, cues)
        kinds = _anaphor(tok, cues) if perpetrator is None else perpetrator
        if kinds is None:
            continue
        k = _covering(tok, out)
        if k is not None and not (out[k].generic and out[k].actor.type in kinds | {"unknown"}):
            continue  # a name of its own, or a generic word of another kind
        group = antecedent(tok, kinds, article, cues.window) if perpetrator is None \
            else nearest_side(tok, perpetrator, article, cues, actors)
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
