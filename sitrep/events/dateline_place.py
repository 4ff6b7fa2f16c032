"""The dispatch's dateline city as the last-resort place of an act told with no place at all.

The dateline ("TBILISI, Dec 10 (AFP) -") is where the reporter files from, so it is never read
as an event's place (``arguments.in_dateline``). But wire news tells a lead with no place of its
own ("police fired tear gas at protesters outside parliament", "hundreds rallied in the
capital") because it happened where the reporter stands. When the article names no place of
its own for its acts, the city is a better place than the bare country; an article that sets
its acts elsewhere (its most named place, ``context.main_place``) keeps that place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.events.context import ArticleContext, places_in, resolve_span
from sitrep.events.conventions import paragraph_of
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import DATELINE_DASHES, DATELINE_MARKS, in_dateline

#: The dateline opens the dispatch: a city named later in the text is no dateline.
_OPENING_CHARS = 400


def dateline_place(doc: Doc, ctx: ArticleContext) -> tuple[Place, Evidence] | None:
    """The dateline's city, resolved below country level inside the article's home country
    (any country when the article names none); None without such a dateline."""
    key = "sitrep_dateline_place"
    if key not in doc.user_data:
        doc.user_data[key] = _find(doc, ctx)
    return doc.user_data[key]


def _find(doc: Doc, ctx: ArticleContext) -> tuple[Place, Evidence] | None:
    for span in doc.spans["places"]:
        if span.start_char > _OPENING_CHARS:
            break
        if not in_dateline(span) or not _followed_by_mark(span):
            continue
        found = resolve_span(span, ctx)
        if found is None or found[0].precision == "country":
            continue
        home = ctx.home_country(doc)
        if home is not None and found[0].country != home:
            return None  # a foreign bureau ("NAIROBI" for a story in Somalia) says nothing
        return found
    return None


def _followed_by_mark(span: Span) -> bool:
    """A dateline city is followed by a comma, a bracket or a dash ("X, Dec 10", "X (AFP)",
    "X —"), not by running text (an upper-case headline word)."""
    doc = span.doc
    return span.end < len(doc) and (doc[span.end].text in {",", "("} | DATELINE_MARKS | DATELINE_DASHES)


def paragraph_places(sent: Span, ctx: ArticleContext) -> bool:
    """Whether the paragraph of ``sent`` names a place below country level in any sentence."""
    paragraph = sent.doc.char_span(*paragraph_of(sent), alignment_mode="expand")
    return paragraph is not None and any(place.precision != "country" for _, place, _ in places_in(paragraph, ctx))
