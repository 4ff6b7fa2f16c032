"""The event's day: the date phrase nearest the trigger in its own clause (a statement date only
bounds it), else the publication or dateline date, flagged; and the publication date itself,
checked."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from sitrep.errors import PublishedDateError
from sitrep.events.clauses import clause_verb, other_actions
from sitrep.events.context import ArticleContext
from sitrep.events.mention import EventMention, Flag
from sitrep.model import Evidence
from sitrep.nlp.arguments import in_dateline, token_distance


def parse_published(published: str | None) -> dt.date | None:
    """The publication day of ``published`` (YYYY-MM-DD, or an ISO timestamp read to its day);
    None when it is empty. Anything else raises :class:`~sitrep.errors.PublishedDateError`."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except (TypeError, ValueError):
        raise PublishedDateError(published) from None


def choose_date(trigger: Span, ctx: ArticleContext) -> tuple[str | None, str, Evidence | None, bool]:
    """The date nearest the trigger, in its own words rather than in a clause aside, and in its
    clause rather than outside it ("Saturday's attack occurred where a bomber killed 28 last
    month"), never in a clause about another action elsewhere (see ``other_actions``); a
    statement date ("said Tuesday") only bounds the event, so it is used with week precision
    when nothing better is in the sentence."""
    from sitrep.nlp.dates import anchor_relative, find_dates, relative_anchor

    best = None
    elsewhere, aside = other_actions(trigger)
    clause = {t.i for t in clause_verb(trigger).subtree}
    dateline = ctx.dateline
    dateline_ends = [p.end_char for p in trigger.doc.spans["places"]
                     if trigger.sent.start <= p.start < trigger.sent.end and in_dateline(p)]
    for m in find_dates(trigger.sent, ctx.published):
        if dateline is not None and m.start_char < dateline.end_char and dateline.start_char < m.end_char:
            continue  # "SANAA, June 16 --" dates the dispatch, not the event
        if any(0 <= m.start_char - end <= 3 for end in dateline_ends):
            continue  # "Bangkok, May 12 (AP)"
        span = trigger.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None or span.root.i in elsewhere:
            continue
        if m.relative and m.offset_days is not None and span.root.i not in clause:
            continue  # "hit ..., the government said, two weeks after it was closed": the closure's
        key = (m.is_statement, span.root.i not in clause, span.root.i in aside, m.relative,
               token_distance(span, trigger))
        if best is None or key < best[0]:
            best = (key, m)
    if best is None:
        return None, "week", None, False
    m = best[1]
    if m.relative and m.offset_days is not None:  # "one day after ...": count from the lede's day
        anchor = relative_anchor(trigger.doc, ctx.published, trigger.sent.start_char)
        if anchor is not None:
            m = anchor_relative(m, anchor)
    precision = "week" if m.is_statement and m.precision == "day" else m.precision
    return m.date, precision, Evidence(m.start_char, m.end_char, m.text), m.is_statement


def fallback_date(mention: EventMention, ctx: ArticleContext) -> None:
    """No date in the sentence: the publication (or dateline) date, flagged, precision week;
    without either, the article's latest explicit date (the day its report speaks from)."""
    day = ctx.published or ctx.reference
    anchor = ctx.dateline.date if ctx.dateline is not None else (day.isoformat() if day else None)
    mention.date = anchor
    mention.date_precision = "week"
    mention.flags.add(Flag.DATE_FROM_PUBLICATION)

