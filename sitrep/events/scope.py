"""Protests told across a whole country ("nationwide", "in the capital and other cities",
"across Chile"): one event of the country, beside the protest at a town the sentence may name.

The country-wide event keeps apart from the town-level events of the article (``Flag.NATIONWIDE``
in :func:`sitrep.events.merge.compatible`): a march in every city is not the tear-gassed rally
in the capital, though both are told of one day. The country-wide words count only in the
protest's own clause: police "deployed across the country" as a march begins in the capital
spread the police, not the march.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from sitrep.events.clauses import CLAUSE_BREAKS
from sitrep.events.context import ArticleContext
from sitrep.events.mention import LOCATION_FLAGS, EventMention, Flag
from sitrep.nlp.cues import find_phrases, load_cues


def spreads_over_country(sent: Span, country_name: str | None, trigger: Span | None = None) -> bool:
    """The sentence spreads its act over a country: a nationwide phrase, or "across"/"throughout"
    before the country's own name; with a ``trigger``, only such words of the trigger's own clause
    (or of a clause that qualifies the trigger: "protests that spread nationwide")."""
    cues = load_cues()
    start = sent.start_char
    cue_tokens = [sent.doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
                  for m in find_phrases(sent.text, cues.nationwide_phrases)]
    found = [span[0] for span in cue_tokens if span is not None and len(span)]
    if country_name:
        name = country_name.lower()
        found += [t for t in sent[:-1]
                  if t.lower_ in cues.nationwide_prepositions and sent.doc[t.i + 1:].text.lower().startswith(name)]
    return any(trigger is None or _in_trigger_clause(t, trigger) for t in found)


def spread_over_unit(trigger: Span) -> bool:
    """The trigger's clause spreads its act over the area the story is about ("arrested 31
    suspects across the state", "detained 40 people throughout the city"): a place of its own,
    the story's, for the types of cue list ``spread_unit_types``, not a bare mention."""
    cues = load_cues()
    if trigger.label_ not in cues.spread_unit_types:
        return False
    return any(t.lower_ in cues.nationwide_prepositions and _in_trigger_clause(t, trigger)
               and any(o.dep_ == "pobj" and o.lemma_.lower() in cues.spread_unit_nouns for o in t.children)
               for t in trigger.sent)


def _clause_root(tok: Token) -> Token:
    """The head of the clause ``tok`` stands in: the first subordinate clause's verb above it, or
    the sentence's root."""
    while tok.dep_ not in CLAUSE_BREAKS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _in_trigger_clause(cue: Token, trigger: Span) -> bool:
    """The cue word belongs to the trigger's clause, or to a clause that qualifies the trigger's
    noun; a cue in another clause tells where another act spread ("after officials deployed
    police throughout the country")."""
    clause = _clause_root(cue)
    if clause.i == _clause_root(trigger.root).i:
        return True
    return clause.dep_ in {"relcl", "acl"} and trigger.start <= clause.head.i < trigger.end


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
        trigger = sent.doc.char_span(mention.trigger.start_char, mention.trigger.end_char)
        if not spreads_over_country(sent, entry.name if entry is not None else None, trigger):
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
