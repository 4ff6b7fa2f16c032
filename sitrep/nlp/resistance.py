"""Sentences that tell the people attacked fought back: an attack that met armed resistance from
residents or a local defence group is a battle against them (NOTES: attacks that meet
resistance), not a one-sided attack on civilians."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.nlp.arguments import shared_subject
from sitrep.nlp.cues import contains_phrase, load_cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def resisting(verb: Token) -> bool:
    """A resistance verb whose subject is the attacked people, a local defence group or a
    pronoun for them (``cues.json``: ``resistance_verbs``, ``resisting_subject_nouns``); never
    a passive ("the attack was repelled by troops" is the army's defence)."""
    cues = load_cues()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.resistance_verbs \
            or any(c.dep_ in {"auxpass", "agent"} for c in verb.children):
        return False
    subject = shared_subject(verb)
    if subject is None or subject.dep_ == "nsubjpass":
        return False
    people = cues.unarmed_victim_nouns | cues.resisting_subject_nouns
    # the whole subject phrase ("scores of farmers", "many of them"): a parse may head it elsewhere
    return any(t.pos_ in {"NOUN", "PRON"} and (t.lemma_.lower() in people or t.lower_ in people)
               for t in subject.subtree)


def resistance_statements(doc: Doc) -> list[Span]:
    """The sentences in which the people attacked fought back."""
    cues = load_cues()
    return [sent for sent in doc.sents
            if contains_phrase(sent.text, cues.resistance_phrases) or any(resisting(t) for t in sent)]
