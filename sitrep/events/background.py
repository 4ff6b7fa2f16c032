"""Background: an earlier event the article recalls as context, not news.

These rules flag each mention as it is assembled (merging keeps news and background apart); the
final flag of an event is the learned ``background_model``'s, which reads this one as a feature.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc

from sitrep.events.acts import is_onset
from sitrep.events.learned_features import trigger_span
from sitrep.events.mention import EventMention, Flag
from sitrep.model import Event
from sitrep.nlp.cues import contains_phrase, load_cues

BACKGROUND_AGE_DAYS = 7


def is_background(mention: EventMention, *, text: str, now: dt.date | None) -> bool:
    """An earlier event recalled as context: dated (the middle of its window) more than a week
    before ``now`` (the publication or reference day), in an earlier month, or introduced by a
    cue before its trigger in the sentence of ``text`` ("comes two days after", "last month")."""
    before = text[mention.sentence.start_char:mention.trigger.start_char].lower()
    if contains_phrase(before, load_cues().background_cues):
        return True
    if now is None or mention.date is None or Flag.DATE_FROM_PUBLICATION in mention.flags:
        return False
    event_day = dt.date.fromisoformat(mention.date)
    if mention.date_precision == "year":
        return event_day.year < now.year
    if mention.date_precision == "month" and (event_day.year, event_day.month) < (now.year, now.month):
        return True
    return (now - event_day).days > BACKGROUND_AGE_DAYS  # "between December 6-16" told on the 20th


def without_recalled_onsets(events: Sequence[Event], doc: Doc) -> list[Event]:
    """The events but the background ones whose trigger only began ("the war started on 3 May",
    "began shelling the town in March"): the onset of a campaign recalled as context is not an
    incident of its own (NOTES: campaign launches are not coded). Run on the final flag."""
    return [e for e in events if not (e.background and _told_as_onset(e, doc))]


def without_year_only_history(events: Sequence[Event]) -> list[Event]:
    """The events but the background ones dated only to a year ("earlier this year", "in 2019"):
    year-only history is context, not a codable event (NOTES). Assembly drops those its own rules
    flag; this reads the final, learned flag, which can call background what the rules did not."""
    return [e for e in events if not (e.background and e.date_precision == "year")]


def _told_as_onset(event: Event, doc: Doc) -> bool:
    trigger = trigger_span(event, doc)
    return trigger is not None and is_onset(trigger)
