"""From merged mentions to the frozen ``Event``s of one article: field evidence, confidence, id."""

from __future__ import annotations

from sitrep.events.confidence import ConfidenceWeights, score_confidence
from sitrep.events.ids import event_ids, identity_key
from sitrep.events.mention import EventMention
from sitrep.model import Event
from sitrep.settings import PIPELINE_VERSION

#: The fields whose evidence an Event keeps, in the order ``field_evidence`` lists them.
EVIDENCED_FIELDS = ("location", "date", "actor1", "actor2", "fatalities", "injured")


def freeze_events(mentions: list[EventMention], *, article_id: str, weights: ConfidenceWeights) -> list[Event]:
    """The article's events, in the mentions' order, each with its id (see ``sitrep.events.ids``)."""
    ids = event_ids([identity_key(article_id, m.event_type, m.location, m.date) for m in mentions])
    return [freeze_event(m, event_id=i, article_id=article_id, weights=weights) for m, i in zip(mentions, ids)]


def freeze_event(mention: EventMention, *, event_id: str, article_id: str, weights: ConfidenceWeights) -> Event:
    """One merged mention as an ``Event``: its evidence sorted by offset, its flags as strings."""
    field_evidence = [("sub_event_type", mention.type_evidence)]
    for name in EVIDENCED_FIELDS:
        ev = getattr(mention, f"{name}_evidence")
        if ev is not None:
            field_evidence.append((name, ev))
    if mention.sources:
        field_evidence.append(("reported_by", mention.sources[0][1]))
    return Event(
        id=event_id,
        article_id=article_id,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        date=mention.date,
        date_precision=mention.date_precision,
        location=mention.location,
        actor1=mention.actor1,
        actor2=mention.actor2,
        fatalities=mention.fatalities,
        injured=mention.injured,
        reported_by=tuple(name for name, _ in mention.sources),
        background=mention.background,
        confidence=score_confidence(mention, weights),
        evidence=tuple(sorted(mention.evidence, key=lambda e: e.start_char)),
        field_evidence=tuple(field_evidence),
        flags=tuple(flag.value for flag in sorted(mention.flags)),
        pipeline_version=PIPELINE_VERSION,
    )
