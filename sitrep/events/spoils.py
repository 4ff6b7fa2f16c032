"""Arms recovered after a fight ("weapons were recovered from the killed militants", "the bodies,
with two rifles, were recovered from the spot"), told in the fight's sentence or just after it,
are that battle's spoils: part of it (NOTES: what is done during an attack is part of it), not an
arms seizure (``disrupted_weapons_use``) of their own. A cache found on another day, or at a
place its own sentence names apart from the fight, stays an event."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.events.mention import EventMention
from sitrep.events.merge import UNSTATED_PLACE_FLAGS, same_place
from sitrep.nlp.cues import load_cues

#: How many sentences after the battle the recovery may be told.
REACH = 2


def _recovery(doc: Doc, m: EventMention) -> bool:
    """Whether the mention is an arms seizure whose trigger holds a verb of recovering spoils
    (cue ``spoils_verbs``: "recovered"), not a find or an interception."""
    if m.sub_event_type != "disrupted_weapons_use" or m.background:
        return False
    span = doc.char_span(m.trigger.start_char, m.trigger.end_char, alignment_mode="expand")
    verbs = load_cues().spoils_verbs
    return span is not None and any(t.lemma_.lower() in verbs for t in span)


def _fight(m: EventMention) -> bool:
    """A battle, whatever its first background reading: a recovery of arms told after
    a firefight may be read as background before the learned model."""
    return m.event_type == "battles"


def without_spoils_of_fights(told: list[EventMention], doc: Doc) -> list[EventMention]:
    """``told`` without the recoveries of arms that follow a battle of their day within
    ``REACH`` sentences, at its place or at none of their own (see the module docstring)."""
    fights = [m for m in told if _fight(m)]
    if not fights:
        return told
    order = {s.start_char: i for i, s in enumerate(doc.sents)}

    def index(m: EventMention) -> int:
        span = doc.char_span(m.sentence.start_char, m.sentence.start_char + 1, alignment_mode="expand")
        return order.get(span.sent.start_char, -1) if span is not None else -1

    def spoils(m: EventMention) -> bool:
        if not _recovery(doc, m):
            return False
        at = index(m)
        if at < 0:  # a sentence not found in the document: no order to judge by
            return False
        return any(index(f) >= 0 and 0 <= at - index(f) <= REACH and (m.date is None or f.date is None or m.date == f.date)
                   and (bool(UNSTATED_PLACE_FLAGS & m.flags) or same_place(f, m)) for f in fights)

    return [m for m in told if not spoils(m)]


__all__ = ["REACH", "without_spoils_of_fights"]
