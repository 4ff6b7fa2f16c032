"""Protests told across a whole country ("nationwide", "in the capital and other cities",
"across Chile"): one event of the country, beside the protest at a town the sentence may name.

The country-wide event keeps apart from the town-level events of the article (``Flag.NATIONWIDE``
in :func:`sitrep.events.merge.compatible`): a march in every city is not the tear-gassed rally
in the capital, though both are told of one day.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from sitrep.events.context import ArticleContext
from sitrep.events.mention import LOCATION_FLAGS, EventMention, Flag
from sitrep.nlp.cues import contains_phrase, load_cues


def spreads_over_country(sent: Span, country_name: str | None) -> bool:
    """The sentence spreads its act over a country: a nationwide phrase, or "across"/"throughout"
    before the country's own name."""
    cues = load_cues()
    if contains_phrase(sent.text, cues.nationwide_phrases):
        return True
    if not country_name:
        return False
    name = country_name.lower()
    return any(t.lower_ in cues.nationwide_prepositions and sent.doc[t.i + 1:].text.lower().startswith(name)
               for t in sent[:-1])


def with_nationwide_events(mentions: list[EventMention], sent: Span, ctx: ArticleContext) -> list[EventMention]:
    """``mentions`` of one sentence, with a country-wide event added for each protest type the
    sentence spreads over the country (or the mention flagged, when it has no town: the article's
    country fallback places it later)."""
    types = load_cues().nationwide_types
    found: list[EventMention] = []
    added: set[tuple[str, str]] = set()
    for mention in mentions:
        found.append(mention)
        place = mention.location
        iso = place.country if place is not None else (ctx.countries[0] if ctx.countries else None)
        if mention.sub_event_type not in types or not iso:
            continue
        entry = ctx.gazetteer.country_by_code(iso)
        if not spreads_over_country(sent, entry.name if entry is not None else None):
            continue
        if place is None or place.precision == "country":  # no town: the country-wide event itself
            mention.flags.add(Flag.NATIONWIDE)
            mention.weak = False  # the country is a place of its own, not a bare mention
            continue
        country = ctx.country_place(iso)
        if country is None or (mention.sub_event_type, iso) in added:
            continue
        added.add((mention.sub_event_type, iso))
        flags = (mention.flags - LOCATION_FLAGS - {Flag.LOCATION_LANDMARK, Flag.LOCATION_FROM_ARTICLE}) | {Flag.NATIONWIDE}
        found.append(replace(mention, location=country, location_evidence=None, flags=flags, weak=False,
                             evidence=list(mention.evidence), sources=list(mention.sources)))
    return found
