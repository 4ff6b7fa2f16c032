"""War materiel lost in a fight: "two army vehicles were torched", "the militants burned the
patrol's trucks", told beside an ambush or a battle, are part of that fight (NOTES: destruction
carried out during an attack is part of it), not a looting or destruction event of its own.
Homes, shops, buses and other civilian property stay acts of their own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.nlp.cues import load_cues


def destroys_materiel(trigger: Span) -> bool:
    """Whether everything the destruction verb of ``trigger`` acts on is fighting materiel: a
    noun of ``materiel_nouns`` ("tanks"), or a vehicle noun (``materiel_vehicle_nouns``: "army
    trucks", "two vehicles") that no modifier of ``civilian_vehicle_modifiers`` marks as
    civilians' ("aid trucks", "passenger vehicles")."""
    verb = trigger.root
    hit = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not trigger.start <= c.i < trigger.end]
    hit += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on")
            for p in c.children if p.dep_ == "pobj"]  # "set fire to two military trucks"
    for tok in list(trigger):  # "set fire to ...": the phrase's own preposition
        if tok.dep_ == "prep" and tok.lower_ in ("to", "on"):
            hit += [p for p in tok.children if p.dep_ == "pobj"]
    hit += [c for t in list(hit) for c in t.conjuncts]
    return bool(hit) and all(_materiel(t) for t in hit)


def _materiel(noun: Token) -> bool:
    cues = load_cues()
    lemma = noun.lemma_.lower()
    if lemma in cues.materiel_nouns:
        return True
    if lemma not in cues.materiel_vehicle_nouns:
        return False
    return not any(c.dep_ in ("compound", "amod", "poss") and c.lemma_.lower() in cues.civilian_vehicle_modifiers
                   for c in noun.children)
