"""An attack whose one weapon a later sentence says was intercepted ("A drone targeted the
airport late on Thursday. The drone was shot down before it reached the perimeter"): the weapon
never struck, so the happening is the interception (``disrupted_weapons_use``), not also a strike.
Only a definite, whole reference ("the drone", "the missile") takes the attack over; "most of
the rockets were intercepted" leaves the attack standing, and so does any toll of its own."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.events.acts import DISRUPTED_OBJECT_DEPS
from sitrep.events.mention import EventMention
from sitrep.model import Evidence
from sitrep.nlp.cues import load_cues

#: Attacks that an interception can stand for: the weapon is launched and may be stopped in flight.
INTERCEPTABLE = frozenset({"air_drone_strike", "shelling_artillery_missile_attack"})
#: How many sentences after the attack the interception may be told.
REACH = 2


def _whole_reference(doc: Doc, trigger: Evidence) -> bool:
    """Whether the interception acts on a definite noun ("the drone", "the two missiles"), not
    on a part ("most of the rockets", "several drones")."""
    span = doc.char_span(trigger.start_char, trigger.end_char, alignment_mode="expand")
    if span is None:
        return False
    definite = load_cues().anaphoric_determiners
    verb = span.root
    return any(c.dep_ in DISRUPTED_OBJECT_DEPS and c.pos_ == "NOUN"
               and any(k.dep_ == "det" and k.lower_ in definite for k in c.children)
               for c in verb.children)


def _sentence_index(doc: Doc, start_char: int) -> int:
    tok = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return tok.sent.start if tok is not None else -1


Interception = tuple[int, Evidence, str | None]  # sentence start, trigger, day


def interceptions(told: list[EventMention]) -> list[Interception]:
    """The interceptions as told, sentence by sentence, taken before repeats are merged (a
    headline's interception merged with the body's keeps only the headline's words)."""
    return [(m.sentence.start_char, m.trigger, m.date) for m in told
            if m.sub_event_type == "disrupted_weapons_use" and not m.background]


def without_intercepted_attacks(mentions: list[EventMention], disruptions: list[Interception], doc: Doc
                                ) -> list[EventMention]:
    """``mentions`` without the tollless strikes whose weapon a following sentence says was
    intercepted on the same day (see the module docstring); ``disruptions`` from :func:`interceptions`."""
    if not disruptions:
        return mentions
    sents = [s.start for s in doc.sents]
    order = {start: i for i, start in enumerate(sents)}

    def index(start_char: int) -> int:
        return order.get(_sentence_index(doc, start_char), -1)

    def taken_over(m: EventMention) -> bool:
        if m.sub_event_type not in INTERCEPTABLE or m.background or m.injured or m.fatalities.best \
                or m.fatalities.low or m.fatalities.high:
            return False
        at = index(m.sentence.start_char)
        return any(0 < index(start) - at <= REACH and (m.date is None or day is None or m.date == day)
                   and _whole_reference(doc, trigger) for start, trigger, day in disruptions)

    return [m for m in mentions if not taken_over(m)]


__all__ = ["INTERCEPTABLE", "REACH", "Interception", "interceptions", "without_intercepted_attacks"]
