"""Acts whose perpetrator the text states unknown: "No group claimed the bombing", "no one has
claimed responsibility", "unknown assailants hurled a grenade". The rules that lend an act with
an unidentified perpetrator a group from elsewhere in the article (the group that claimed
another act, a same-day peer's group, the article's main party) must not overrule the text's
own word that no one is known to have done it (NOTES.md, actors: "unidentified" actors are
"Unidentified Armed Group (X)"). A group that the act's own sentences name (a claim merged into
the act: "IS later claimed the church attack") still stands.

The words are data (``nlp/data/actor_roles.json``: ``stated_unknown``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.events.mention import EventMention, Flag
from sitrep.model import Actor, Evidence
from sitrep.nlp.arguments import context_only, role_data
from sitrep.nlp.codebook import load_codebook

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from sitrep.nlp.actors import ActorDictionary

#: Actor types a borrowing rule lends ("the group that claimed another attack").
LENT_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})
#: Flags the borrowing rules change on actor1.
ACTOR1_FLAGS = (Flag.ACTOR1_UNNAMED, Flag.ACTOR_FROM_CONTEXT)


@dataclass(frozen=True, slots=True)
class StatedUnknownCues:
    claim_verbs: frozenset[str]
    responsibility_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    negators: frozenset[str]
    unclaimed: frozenset[str]
    unknown_modifiers: frozenset[str]
    reach: int


@lru_cache(maxsize=1)
def load_stated_unknown_cues() -> StatedUnknownCues:
    spec = role_data()["stated_unknown"]
    keys = ("claim_verbs", "responsibility_verbs", "responsibility_nouns", "claim_nouns", "negators",
            "unclaimed", "unknown_modifiers")
    return StatedUnknownCues(*(frozenset(spec[k]) for k in keys), reach=int(spec["reach"]))


@dataclass(slots=True)
class Held:
    """A stated-unknown act and its perpetrator as its own sentences left it."""
    mention: EventMention
    actor1: Actor | None
    evidence: Evidence | None
    flags: frozenset[Flag]


def _denied(tok: Token, cues: StatedUnknownCues) -> bool:
    """The word is negated, or its subject is no one ("No group claimed", "Nobody has claimed",
    "the attack has not been claimed"), or it is still to come ("has yet to claim")."""
    if any(c.dep_ == "neg" or c.lower_ in cues.negators and c.dep_ in ("det", "advmod") for c in tok.children):
        return True
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in cues.negators or any(c.lower_ in cues.negators for c in subj.children):
            return True
    return tok.dep_ == "xcomp" and any(c.lower_ == "yet" for c in tok.head.children)


def no_claim(sent: Span) -> bool:
    """The sentence says no one claimed an act ("No group claimed the bombing", "there was no
    immediate claim of responsibility", "the blast went unclaimed")."""
    cues = load_stated_unknown_cues()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.lower_ in cues.unclaimed:
            return True
        if tok.pos_ in ("VERB", "AUX") and (lemma in cues.claim_verbs or lemma in cues.responsibility_verbs and any(
                c.lemma_.lower() in cues.responsibility_nouns for c in tok.children)) and _denied(tok, cues):
            return True
        if tok.pos_ == "NOUN" and lemma in cues.claim_nouns and any(
                c.lower_ in cues.negators and c.dep_ == "det" for c in tok.children):
            return True
    return False


def _spans(mention: EventMention) -> list[Evidence]:
    return [mention.sentence, *mention.evidence]


def _within(ev: Evidence | None, mention: EventMention) -> bool:
    """The span lies in one of the act's own sentences."""
    return ev is not None and any(s.start_char <= ev.start_char and ev.end_char <= s.end_char for s in _spans(mention))


def _names_group(sent: Span, actors: ActorDictionary, country: str | None) -> bool:
    """The sentence names a group of the kind a claim is laid on ("no one claimed it, but police
    blamed X"): an attribution the sentence itself gives; not a group named only as the usual
    doer of such acts ("but X has carried out similar attacks": :func:`context_only`)."""
    return any(not m.generic and m.actor.type in LENT_TYPES and not context_only(m, sent.doc)
               for m in actors.find(sent, country=country))


def _told_in(mentions: Sequence[EventMention], sent: Span) -> list[EventMention]:
    return [m for m in mentions if any(s.start_char < sent.end_char and sent.start_char < s.end_char
                                       for s in _spans(m))]


def unclaimed_acts(doc: Doc, mentions: Sequence[EventMention], actors: ActorDictionary,
                   country: str | None = None) -> list[EventMention]:
    """The acts a no-claim sentence is about: those told in it (its "the bombing" merged into
    an act), and those of the nearest sentence before it, within ``reach``, that tells any (a
    generic "the bombing" may be merged into another act of the article than the one just told)."""
    cues = load_stated_unknown_cues()
    sents = list(doc.sents)
    out: list[EventMention] = []
    for i, sent in enumerate(sents):
        if not no_claim(sent) or _names_group(sent, actors, country):
            continue
        told = _told_in(mentions, sent)
        for back in range(1, cues.reach + 1):
            before = _told_in(mentions, sents[i - back]) if i - back >= 0 else []
            if before or i - back < 0:
                told += before
                break
        out.extend(m for m in told if m not in out)
    return out


def unknown_by_name(mention: EventMention) -> bool:
    """The act's own words call its perpetrator unknown ("unknown assailants", "unidentified
    gunmen")."""
    a1 = mention.actor1
    if a1 is None or a1.type != "unknown" or not a1.mention or not _within(mention.actor1_evidence, mention):
        return False
    words = {w.strip(".,;:'\"").lower() for w in a1.mention.split()}
    return bool(words & load_stated_unknown_cues().unknown_modifiers)


def hold_stated_unknown(doc: Doc, mentions: Sequence[EventMention], actors: ActorDictionary,
                        country: str | None = None) -> list[Held]:
    """The acts whose perpetrator the text states unknown, with actor1 as read so far: call
    before the rules that lend a perpetrator from the article, then :func:`keep_stated_unknown`."""
    acts = unclaimed_acts(doc, mentions, actors, country)
    acts += [m for m in mentions if m not in acts and unknown_by_name(m)]
    return [Held(m, m.actor1, m.actor1_evidence, frozenset(f for f in m.flags if f in ACTOR1_FLAGS)) for m in acts]


def keep_stated_unknown(held: Sequence[Held], actors: ActorDictionary) -> None:
    """Undo a group lent to a stated-unknown act from outside its own sentences: actor1 goes
    back to what those sentences gave, or to its type's unnamed perpetrator when they gave none."""
    for h in held:
        m, a1 = h.mention, h.mention.actor1
        if a1 is None or a1.type not in LENT_TYPES or _within(m.actor1_evidence, m):
            continue
        if h.actor1 is not None and h.actor1.name == a1.name:
            continue
        actor, evidence, flags = h.actor1, h.evidence, h.flags
        if actor is None or actor.type in LENT_TYPES:
            unnamed = load_codebook().entry(m.sub_event_type).unnamed_actor1
            if not unnamed:
                continue
            country = a1.country or (m.location.country if m.location else None)
            actor, evidence, flags = actors.normalise(unnamed, country=country), None, {Flag.ACTOR1_UNNAMED}
        m.actor1, m.actor1_evidence = actor, evidence
        for flag in ACTOR1_FLAGS:
            m.flags.discard(flag)
        m.flags.update(flags)
