"""A demonstration told in one sentence and the force used on it in another ("two students died
during demonstrations on Wednesday" ... "police fired on the demonstrators"): one protest event,
coded by what the force made of it, not also a peaceful protest of its own. ``merge_mentions``
folds a mention into a kept event only, so two acts kept from one sentence (the killing and the
demonstration) never meet the force told later as one; this joins the demonstration to it."""

from __future__ import annotations

from sitrep.events.mention import EventMention, Flag
from sitrep.events.merge import merge_into, other_phase, same_day, same_place
from sitrep.nlp.codebook import load_codebook

PEACEFUL = "peaceful_protest"


def protests_into_force(mentions: list[EventMention]) -> list[EventMention]:
    """The events with each peaceful protest that a protest of an absorbing type (codebook
    ``absorbs``: force used on it, a riot) tells at its place and day folded into that one."""
    kept = []
    for mention in mentions:
        whole = _absorbing_protest(mention, mentions) if mention.sub_event_type == PEACEFUL else None
        if whole is None:
            kept.append(mention)
        else:
            merge_into(whole, mention)
    return kept


def _absorbing_protest(peaceful: EventMention, mentions: list[EventMention]) -> EventMention | None:
    """The first other event whose type absorbs a peaceful protest, told of the same day and place
    (or an area holding it), as news or background alike, and across the country or not alike.
    Neither told as a separate act ("Separately, police fired tear gas"), and both placed: an
    unplaced protest is not yet known to be at the other's place."""
    book = load_codebook()
    for other in mentions:
        if other is peaceful or PEACEFUL not in book.entry(other.sub_event_type).absorbs:
            continue
        if other.background != peaceful.background or not _joinable(other, peaceful):
            continue
        if same_day(other, peaceful) and same_place(other, peaceful) and not other_phase(other, peaceful):
            return other
    return None


def _joinable(a: EventMention, b: EventMention) -> bool:
    """The guards merging shares: neither told as a separate act, both placed, both told across
    the country or neither."""
    return Flag.TOLD_SEPARATELY not in a.flags | b.flags and a.location is not None and b.location is not None \
        and (Flag.NATIONWIDE in a.flags) == (Flag.NATIONWIDE in b.flags)
