"""What the learned event reviewer sees of one rule-made event: named sparse features.

The features describe the event as the rules built it (its sub-type, flags, how precise its
place and date are, which fields it found) and the words of the sentence its trigger sits in
(lemma unigrams and bigrams, the trigger's own lemmas), plus the sentence's word-vector average.
They are read from the final :class:`~sitrep.model.Event` and the spaCy ``Doc`` it came from,
so the reviewer can run after any rule change without touching the rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span

from sitrep.nlp.sentences import sentence_index
from sitrep.model import Event

#: Parts of speech that carry no event kind (function words, punctuation); stop words go too.
_SKIP_POS = frozenset({"PUNCT", "SPACE", "SYM", "X", "DET", "CCONJ", "PART"})


@dataclass(frozen=True, slots=True)
class EventFeatures:
    """Sparse named features (name -> value) and the dense sentence vector of one event."""

    sparse: dict[str, float]
    vector: np.ndarray


def _token_key(token) -> str | None:
    if token.pos_ in _SKIP_POS or token.is_space:
        return None
    if token.like_num:
        return "#num"
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return "#place"
    if token.ent_type_ == "PERSON":
        return "#person"
    if token.ent_type_ == "DATE":
        return "#date"
    lemma = token.lemma_.lower()
    if token.is_stop and lemma not in ("not", "no", "never", "say", "tell"):
        return None
    return lemma


def _sentence_keys(sent: Span) -> list[str]:
    return [k for k in (_token_key(t) for t in sent) if k is not None]


def trigger_span(event: Event, doc: Doc) -> Span | None:
    """The trigger words of the event (the evidence of its sub-type), as a span of ``doc``."""
    for name, ev in event.field_evidence:
        if name == "sub_event_type":
            return doc.char_span(ev.start_char, ev.end_char, alignment_mode="expand")
    return None


def _unit_vector(sent: Span, empty: np.ndarray) -> np.ndarray:
    """The sentence's word-vector average scaled to unit length, computed once per sentence
    (``Span.vector_norm`` and ``has_vector`` would average the vectors again)."""
    cache = sent.doc.user_data.setdefault("sitrep_unit_vectors", {})
    if sent.start not in cache:
        average = np.asarray(sent.vector, dtype=np.float32) if len(sent) else empty
        norm = float(np.linalg.norm(average)) if average.shape == empty.shape else 0.0
        cache[sent.start] = average / norm if norm else empty
    return cache[sent.start]


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _article_features(event: Event, events: Sequence[Event]) -> dict[str, float]:
    """Where the event stands among the article's events: an article that yields many events of
    one type, or an event told late, is more often partly wrong."""
    if not events:
        return {}
    first = min((e.evidence[0].start_char for e in events if e.evidence), default=0)
    own = event.evidence[0].start_char if event.evidence else first
    rank = sum(1 for e in events if e.evidence and e.evidence[0].start_char < own)
    same = sum(1 for e in events if e.event_type == event.event_type)
    return {f"events{_bucket(len(events), (1, 2, 4, 8))}": 1.0,
            f"same_type{_bucket(same, (1, 2, 4))}": 1.0,
            f"rank{_bucket(rank, (0, 1, 3))}": 1.0}


def event_features(event: Event, doc: Doc, events: Sequence[Event] = ()) -> EventFeatures:
    """Features of one event made by the rules from ``doc`` (``events``: all the events of the
    article, the event included)."""
    f: dict[str, float] = {"bias": 1.0}
    f.update(_article_features(event, events))
    f[f"rule={event.sub_event_type}"] = 1.0
    f[f"rule_type={event.event_type}"] = 1.0
    for flag in event.flags:
        f[f"flag={flag}"] = 1.0
    loc = event.location
    f[f"place={loc.precision if loc is not None else 'none'}"] = 1.0
    f[f"date={event.date_precision if event.date else 'none'}"] = 1.0
    f[f"actor1={event.actor1.type if event.actor1 else 'none'}"] = 1.0
    f[f"actor2={event.actor2.type if event.actor2 else 'none'}"] = 1.0
    f["killed"] = 1.0 if event.fatalities.best else 0.0
    f["injured"] = 1.0 if event.injured else 0.0
    f["background"] = 1.0 if event.background else 0.0
    f["reported"] = 1.0 if event.reported_by else 0.0
    f[f"mentions{_bucket(len(event.evidence), (1, 2, 4))}"] = 1.0
    f["rule_confidence"] = float(event.confidence)
    trigger = trigger_span(event, doc)
    vector = np.zeros(doc.vocab.vectors_length or 1, dtype=np.float32)
    if trigger is not None:
        sent = trigger.sent
        position = sentence_index(sent)
        f[f"sentence{_bucket(position, (0, 1, 3, 6))}"] = 1.0
        for tok in trigger:
            f[f"trigger={tok.lemma_.lower()}"] = 1.0
        keys = _sentence_keys(sent)
        for key in set(keys):
            f[f"w={key}"] = 1.0
        for a, b in set(zip(keys, keys[1:])):
            f[f"w2={a}_{b}"] = 1.0
        # the words heading and governing the trigger: what it is said of
        head = trigger.root.head
        f[f"head={head.lemma_.lower()}"] = 1.0
        f[f"dep={trigger.root.dep_}"] = 1.0
        vector = _unit_vector(sent, vector)
    return EventFeatures(sparse=f, vector=vector)
