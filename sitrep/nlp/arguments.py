"""Argument linking: which place, date, actors and sources belong to a trigger.

Each function looks at one sentence and the trigger inside it, uses the dependency parse where
it helps (subject vs object, "by" agents, speech verbs) and falls back to distance in tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.model import Actor, Evidence
from sitrep.nlp.cues import load_cues

PRECISION_RANK = {"town": 0, "region": 1, "admin1": 2, "country": 3}
PATIENT_PREPS = frozenset({"on", "against", "targeting", "at", "into"})


EDGE_JUNK = " \t\r\n,;:-–—"


def evidence_of(span: Span) -> Evidence:
    """The span's words without the whitespace and dangling punctuation at its edges."""
    text = span.text
    left = len(text) - len(text.lstrip(EDGE_JUNK))
    right = len(text.rstrip())
    if left >= right:
        return Evidence(span.start_char, span.end_char, text)
    return Evidence(span.start_char + left, span.start_char + right, text[left:right])


def token_distance(a: Span, b: Span) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def place_phrase(place: Span) -> Span:
    """Widen a place name to the words that qualify it: "southern Idlib Province", "the
    outskirts of Aleppo", "Mudiyah district"."""
    cues = load_cues()
    doc = place.doc
    start, end = place.start, place.end
    sent_start, sent_end = place.sent.start, place.sent.end
    if end < sent_end and doc[end].lower_ in cues.admin_words:
        end += 1
    while start > sent_start:
        prev = doc[start - 1]
        if prev.lower_ in cues.direction_words or prev.lower_ in {"of", "the"} and start - 2 >= sent_start \
                and doc[start - 2].lower_ in cues.direction_words | cues.admin_words:
            start -= 1
            continue
        if prev.lower_ in cues.admin_words and start - 2 >= sent_start and doc[start - 2].lower_ in {"of", "the"}:
            start -= 1
            continue
        break
    if start > sent_start and doc[start - 1].lower_ in {"near", "outside"}:
        start -= 1
    return doc[start:end]


DATELINE_MARKS = frozenset({"(", "--", "—", "–", "-", ":"})


def in_dateline(span: Span) -> bool:
    """True for the city of a dateline ("SANAA, June 16 (Xinhua) --", "Bangkok, May 12 (AP)"):
    the reporter's location, not the event's."""
    if span.text.isupper() and len(span.text) > 2:
        return True
    sent = span.sent
    if span.start - sent.start > 2 or span.end >= sent.end or span.doc[span.end].text not in {",", "("}:
        return False
    window = span.doc[span.end:min(span.end + 8, sent.end)]
    return any(t.text in DATELINE_MARKS or t.ent_type_ == "DATE" for t in window)


@dataclass(frozen=True, slots=True)
class LinkedActors:
    actor1: Actor | None
    actor2: Actor | None
    actor1_evidence: Evidence | None
    actor2_evidence: Evidence | None


def _phrase_head(token: Token) -> Token:
    """Climb from a modifier ("police" in "a police vehicle") to the head of its noun phrase."""
    while token.dep_ in {"compound", "amod", "nmod", "poss", "det", "nummod", "case"} and token.head.i != token.i:
        token = token.head
    return token


def _role(mention_tokens: Sequence[Token], trigger: Span) -> str:
    """'agent', 'patient' or 'other' for an actor mention, from its syntactic head."""
    head = max(mention_tokens, key=lambda t: len(list(t.subtree)))
    trigger_ids = range(trigger.start, trigger.end)
    if any(tok.dep_ == "nsubjpass" for tok in mention_tokens):
        return "patient"
    if head.dep_ in {"compound", "amod", "poss", "npadvmod", "nmod"} and head.head.i in trigger_ids:
        return "agent"  # "coalition airstrike", "Russian jets", "the army's assault"
    phrase = _phrase_head(head)
    if phrase.dep_ == "nsubjpass":
        return "patient"
    if phrase.dep_ == "nsubj":
        return "agent"
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "by":
        return "agent"
    if phrase.dep_ == "pobj" and phrase.head.lower_ in PATIENT_PREPS:
        return "patient"
    if phrase.dep_ in {"dobj", "attr"}:
        return "patient"
    return "other"


CLAIM_OBJECTS = frozenset({"responsibility", "credit"})
ARMED_TYPES = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia", "unknown",
                         "external_other"})


def _claims(head: Token) -> bool:
    """ "X claimed responsibility": the claimant is the perpetrator, not a mere source."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() == "claim" and any(
        c.lower_ in CLAIM_OBJECTS for c in verb.children)


def _is_speaker(tokens: Sequence[Token]) -> bool:
    """The mention names who reports ("a police spokesman said", "according to the army")."""
    speech = load_cues().speech_verbs
    head = _phrase_head(max(tokens, key=lambda t: len(list(t.subtree))))
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in speech and not _claims(head):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lower_ == "according":
        return True
    return head.lemma_.lower() in {"spokesman", "spokeswoman", "spokesperson", "source", "official"}


def link_actors(mentions: Sequence, trigger: Span, *, event_type: str = "", sub_event_type: str = "") -> LinkedActors:
    """Choose actor1 (who acted) and actor2 (on whom) from dictionary mentions in the sentence.

    Conventions follow ACLED: in protests and riots actor1 is the crowd and actor2 the force
    that intervened; in agreements actor1 is the government side and actor2 its opponent.
    """
    doc = trigger.doc
    scored = []
    for m in mentions:
        toks = [t for t in doc[trigger.sent.start:trigger.sent.end] if m.start_char <= t.idx < m.end_char]
        if not toks or _is_speaker(toks):
            continue
        head = _phrase_head(max(toks, key=lambda t: len(list(t.subtree))))
        role = "agent" if _claims(head) else _role(toks, trigger)
        distance = abs(toks[0].i - trigger.start)
        scored.append((m, role, distance))
    scored.sort(key=lambda s: s[2])

    def ev(m) -> Evidence | None:
        return Evidence(m.start_char, m.end_char, m.text) if m is not None else None

    def first(kinds: set[str], exclude=None):
        return next((s[0] for s in scored if s[0].actor.type in kinds
                     and (exclude is None or s[0].actor.name != exclude.actor.name)), None)

    if event_type in {"protests", "riots"}:
        crowd = first({"protesters", "rioters", "civilians"})
        force = first({"state_forces"}, exclude=crowd)
        return LinkedActors(crowd.actor if crowd else None, force.actor if force else None, ev(crowd), ev(force))
    if sub_event_type == "agreement":
        government = first({"state_forces"})
        opponent = first(ARMED_TYPES - {"state_forces"}, exclude=government) or first(ARMED_TYPES, exclude=government)
        return LinkedActors(government.actor if government else None, opponent.actor if opponent else None,
                            ev(government), ev(opponent))

    agents = [s for s in scored if s[1] == "agent" and s[0].actor.type != "civilians"]
    others = [s for s in scored if s[1] == "other" and s[0].actor.type != "civilians"]
    patients = [s for s in scored if s[1] == "patient" or s[0].actor.type == "civilians"]
    patient_names = {s[0].actor.name for s in patients if s[1] == "patient"}
    candidates = agents or [s for s in others if s[0].actor.name not in patient_names]
    actor1 = candidates[0][0] if candidates else None
    rest = [s for s in patients if actor1 is None or s[0].actor.name != actor1.actor.name]
    if not rest:
        rest = [s for s in others + agents if actor1 is not None and s[0].actor.name != actor1.actor.name]
    actor2 = rest[0][0] if rest else None
    return LinkedActors(actor1.actor if actor1 else None, actor2.actor if actor2 else None, ev(actor1), ev(actor2))


def find_sources(sent: Span) -> list[tuple[str, Evidence]]:
    """Who reports the event: subjects of speech verbs and "according to X"."""
    cues = load_cues()
    found: list[tuple[str, Evidence]] = []
    for tok in sent:
        if tok.lemma_.lower() not in cues.speech_verbs or tok.pos_ != "VERB":
            continue
        for child in tok.children:
            if child.dep_ == "nsubj" and child.pos_ in {"NOUN", "PROPN"}:
                sub = sent.doc[child.left_edge.i:child.i + 1]
                if len(sub) <= 8:
                    found.append((sub.text, evidence_of(sub)))
    lowered = sent.text.lower()
    for phrase in cues.attribution_phrases:
        at = lowered.find(phrase)
        if at < 0:
            continue
        start_char = sent.start_char + at + len(phrase) + 1
        span = sent.doc.char_span(start_char, sent.end_char, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span[0]
        stop = head.i
        while stop < sent.end and sent.doc[stop].dep_ not in {"punct", "cc"} and stop - head.i < 8:
            stop += 1
        sub = sent.doc[head.i:stop]
        if len(sub):
            found.append((sub.text, evidence_of(sub)))
    seen: set[str] = set()
    unique = []
    for name, ev in found:
        key = name.lower().removeprefix("the ")
        if key not in seen and key not in {"he", "she", "they", "it", "we", "i", "who"}:
            seen.add(key)
            unique.append((name, ev))
    return unique


def is_irrealis(trigger: Span) -> bool:
    """A threat, plan, forecast or negated action rather than something that happened."""
    cues = load_cues()
    root = trigger.root
    chain = [root] + list(root.ancestors)[:2]
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "neg":
                return True
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in cues.irrealis_markers:
                if child.lower_ == "to" and tok.head.lemma_.lower() in {"manage", "succeed", "begin", "start"}:
                    continue  # "managed to seize" happened
                return True
        if tok.lemma_.lower() in cues.irrealis_markers and tok.pos_ == "VERB":
            return True
    return False
