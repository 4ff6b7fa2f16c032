"""A capital told without its name ("clashes in the capital", "curfew in capital", "the Armenian
capital") as the place of an act.

News names a country's capital once and then says "the capital", or never names it at all. The
place is the capital of the country the text is about at that point, which is not always the
article's first country (a story that moves from one country to another): a country the words
themselves give ("the Armenian capital", "Burundi's capital"), else the country of the nearest
place named before it in its paragraph, else the article's home country
(:meth:`ArticleContext.home_country`). The capital is the gazetteer's
(:func:`sitrep.geo.capitals.capital_of`: the seat of government where that differs).

Such mentions are spans of label ``CAP`` that only the event layer sees (``context.places_in``):
the place layer and the geoparsing benchmark score names, and "the capital" is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.model import Place
from sitrep.nlp.arguments import in_dateline
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import group_spans, group_tokens

if TYPE_CHECKING:
    from sitrep.events.context import ArticleContext

LABEL = "CAP"
_SPANS = "sitrep_capital_spans"
#: Prepositions after which a bare "capital" (no article: a headline's "curfew in capital") is a place.
_BARE_PREPOSITIONS = frozenset({"in", "into", "across", "around", "near", "outside", "inside", "from", "to",
                                "toward", "towards", "through", "on"})

#: Prepositions that make the capital a landmark of an act told elsewhere.
_LANDMARK_PREPOSITIONS = frozenset({"near", "from", "beyond"})


def capital_spans(doc: Doc) -> list[Span]:
    """The unnamed-capital mentions of a Doc, in text order (listed once per Doc)."""
    found = doc.user_data.get(_SPANS)
    if found is None:
        found = doc.user_data[_SPANS] = _find(doc)
    return found


def _find(doc: Doc) -> list[Span]:
    cues = load_cues()
    placed = group_tokens(doc, "places")
    out = []
    for tok in doc:
        if tok.lower_ not in cues.capital_nouns or tok.i in placed or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        span = _mention(tok, placed)
        if span is not None:
            out.append(span)
    return out


def _mention(tok: Token, placed: frozenset[int]) -> Span | None:
    """The span of one unnamed capital ("the capital", "the Armenian capital", "capital city"),
    or None when the noun names another city, is followed by the capital's name, or is money."""
    cues = load_cues()
    doc = tok.doc
    end = tok.i + 1
    if end < len(doc) and doc[end].lower_ == "city":
        end += 1  # "the capital city"
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN" or nxt.i in placed
                            or nxt.text == "," and end + 1 < len(doc) and (doc[end + 1].i in placed
                                                                          or doc[end + 1].pos_ == "PROPN")):
        return None  # "the capital of X", "the capital Bujumbura", "the capital, X": it is named
    if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i >= end:
        return None  # "capital punishment", "capital markets"
    start = tok.i
    while start > tok.sent.start and doc[start - 1].dep_ in {"amod", "compound", "det", "poss", "case", "nmod"} \
            and doc[start - 1].head.i == tok.i or start > tok.sent.start and doc[start - 1].dep_ == "case" \
            and doc[start - 1].head.head.i == tok.i:
        start -= 1
    words = doc[start:tok.i]
    before = doc[start - 1] if start > tok.sent.start else None
    if before is not None and (before.lower_ in _LANDMARK_PREPOSITIONS or before.lower_ == "of" and start - 2 >= 0
                               and doc[start - 2].lower_ in cues.direction_words | cues.distance_words):
        return None  # "a town near the capital", "40 km from the capital": the act is elsewhere
    if any(t.lower_ in cues.capital_qualifiers for t in words):
        return None
    has_det = any(t.lower_ == "the" for t in words)
    owner = [t for t in words if t.dep_ == "poss" or t.tag_ == "POS"]
    if not has_det and not owner and not (start > tok.sent.start and doc[start - 1].lower_ in _BARE_PREPOSITIONS):
        return None  # "capital" without an article is money or a name, not a place
    if owner:
        start = tok.i  # "Burundi's capital": the owner is a place span of its own; the capital is this
    return Span(doc, start, end, label=LABEL)


def capital_place(span: Span, ctx: ArticleContext) -> Place | None:
    """The capital an unnamed-capital span names (None when the country or its capital is unknown)."""
    from sitrep.geo.capitals import capital_of

    country = told_country(span, ctx) or _nearest_country(span, ctx) or ctx.home_country(span.doc)
    if country is None:
        return None
    entry = capital_of(country, ctx.gazetteer)
    if entry is None or entry.lat is None:
        return None
    return Place(name=entry.name, mention=span.text, admin1=entry.admin1, country=country, lat=entry.lat,
                 lon=entry.lon, precision="town", geonames_id=entry.id, admin2=entry.admin2)


def told_country(span: Span, ctx: ArticleContext) -> str | None:
    """The country the words give: a demonym in the span ("the Armenian capital") or a
    possessive owner just before it that names a country ("Burundi's capital")."""
    for tok in span:
        if tok.pos_ in {"ADJ", "PROPN"} and tok.lower_ not in load_cues().capital_nouns:
            hit = ctx.gazetteer.country(tok.text)
            if hit is not None:
                return hit.country
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].tag_ == "POS":
        k -= 1
    if k >= 0 and doc[k].dep_ == "poss" or k >= 0 and doc[k].head.dep_ == "poss":
        for place in group_spans(doc, "places"):
            if place.start <= k < place.end:
                found = _reading(place, ctx)
                return found.country if found is not None and found.precision == "country" else None
    return None


def _nearest_country(span: Span, ctx: ArticleContext) -> str | None:
    """The country of the nearest place named before the span in its paragraph (a country, or
    a town or unit in one; not a name that only qualifies a noun or names a state party)."""
    from sitrep.events.conventions import paragraph_of
    from sitrep.events.place_choice import is_modifier
    from sitrep.events.state_parties import names_state

    first_char = paragraph_of(span.sent)[0]
    for place in reversed(group_spans(span.doc, "places")):
        if place.start >= span.start or place.start_char < first_char:
            continue
        found = _reading(place, ctx)
        if found is None or found.country is None or is_modifier(place) or names_state(place, found, ctx):
            continue
        return found.country
    return None


def _reading(place: Span, ctx: ArticleContext) -> Place | None:
    from sitrep.events.context import resolve_span

    if in_dateline(place):
        return ctx.place_reader(place.doc).read(place)
    found = resolve_span(place, ctx)
    return found[0] if found is not None else None


__all__ = ["LABEL", "capital_place", "capital_spans", "told_country"]
