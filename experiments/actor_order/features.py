"""What the tried actor-order decider saw of one event: named sparse features.

The rules decide who acted on whom from the parse (``nlp.arguments``) and the type conventions
(``events.conventions``). The decider re-reads the final ``Event`` with its two actors: where
each actor's words stand against the trigger (grammatical subject, agent of a passive, object,
after "against", "with", "from", "on"; before or after it; in the trigger's sentence or a
neighbour's), the trigger's voice and part of speech, the two actor types and the sub-type.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.events.learned_features import trigger_span
from sitrep.model import Event, Evidence
from sitrep.nlp.cues import load_cues

#: Flags that tell how an actor was found (from the paragraph, unnamed, targeted).
ACTOR_FLAGS = ("actor_from_context", "actor1_unnamed", "actor2_unnamed", "actor2_targeted")


def _evidence(event: Event, name: str) -> Evidence | None:
    return next((ev for field, ev in event.field_evidence if field == name), None)


def _phrase_head(tok: Token) -> Token:
    """The noun phrase the actor's words head, climbing coordination and apposition ("X and Y
    attacked": Y's role is X's) and modifiers of another noun ("police vehicles")."""
    for _ in range(6):
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


def _side(prefix: str, span: Span | None, trigger: Span | None) -> dict[str, float]:
    """The features of one actor's words against the trigger."""
    if span is None or trigger is None:
        return {f"{prefix}:none": 1.0}
    out: dict[str, float] = {}
    if span.sent.start != trigger.sent.start:
        out[f"{prefix}:other_sentence"] = 1.0
        return out
    trig_ids = set(range(trigger.start, trigger.end))
    if any(t.i in trig_ids for t in span):
        out[f"{prefix}:in_trigger"] = 1.0
    out[f"{prefix}:before" if span.start < trigger.start else f"{prefix}:after"] = 1.0
    root = span.root
    if root.dep_ in ("compound", "amod", "poss", "nmod") and root.head.i in trig_ids:
        out[f"{prefix}:modifies_trigger"] = 1.0  # "army shelling", "the rebels' assault"
        return out
    head = _phrase_head(root)
    dep = head.dep_
    out[f"{prefix}:dep={dep}"] = 1.0
    governor = head.head
    if dep == "pobj":
        out[f"{prefix}:prep={governor.lower_}"] = 1.0
        governor = governor.head
    if governor.i in trig_ids:
        out[f"{prefix}:on_trigger"] = 1.0
        out[f"{prefix}:on_trigger:{dep}"] = 1.0
    elif trigger.root.i in {t.i for t in governor.subtree} and governor.i != head.i:
        out[f"{prefix}:above_trigger"] = 1.0  # the subject of a verb the trigger depends on
    if head.i in {t.i for t in trigger.root.subtree}:
        out[f"{prefix}:under_trigger"] = 1.0
    return out


def order_features(event: Event, doc: Doc) -> dict[str, float]:
    """Named features of ``event``'s actor order (both actors present), read with ``doc``."""
    trigger = trigger_span(event, doc)
    spans = {}
    for name in ("actor1", "actor2"):
        ev = _evidence(event, name)
        spans[name] = doc.char_span(ev.start_char, ev.end_char, alignment_mode="expand") if ev else None
    a1, a2 = event.actor1, event.actor2
    features: dict[str, float] = {
        "bias_rules": 1.0,
        f"sub={event.sub_event_type}": 1.0,
        f"type={event.event_type}": 1.0,
        f"a1:type={a1.type if a1 else None}": 1.0,
        f"a2:type={a2.type if a2 else None}": 1.0,
        f"pair={a1.type if a1 else None}>{a2.type if a2 else None}": 1.0,
    }
    features.update(_side("a1", spans["actor1"], trigger))
    features.update(_side("a2", spans["actor2"], trigger))
    first, second = spans["actor1"], spans["actor2"]
    if first is not None and second is not None:
        features["a1_told_first" if first.start < second.start else "a2_told_first"] = 1.0
    if trigger is not None:
        root = trigger.root
        reciprocal = load_cues().reciprocal_triggers
        if root.lemma_.lower() in reciprocal or root.lower_ in reciprocal:
            features["trigger:reciprocal"] = 1.0  # "clashed", "fighting": no side acted on the other
        features[f"trigger:pos={root.pos_}"] = 1.0
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children) or root.tag_ == "VBN" and root.dep_ == "acl":
            features["trigger:passive"] = 1.0
    for flag in ACTOR_FLAGS:
        if flag in event.flags:
            features[f"flag={flag}"] = 1.0
    return features
