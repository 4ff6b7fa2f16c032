"""The place layer on its own: every place an article names, with its span and its resolution.

This is what a geoparser returns (and what the geoparsing benchmark scores): the place spans of
the tagger (``doc.spans["places"]``), the places inside organisation names
(``place_embedded``) and the demonyms (``place_adjectives``). The place spans are read
together (:class:`sitrep.nlp.place_reading.ArticlePlaces`, through
:func:`sitrep.geo.document.resolve_names`: each name with the others' countries, states and
positions, then the article's countries); the event extractor starts from the same readings
and only declines to put an event at a namesake abroad. A name that resolves to nothing is
kept with its span and ``place=None``; a failure on one name never costs the others theirs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from sitrep.model import Place

log = logging.getLogger(__name__)

#: The span group each mention comes from.
GROUPS = {"places": "place", "place_embedded": "embedded", "place_adjectives": "adjective"}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One place name in a text: where it is, which kind of mention, and the place (None when
    the gazetteer has nothing that fits)."""

    start_char: int
    end_char: int
    text: str
    group: str  # 'place' (where things happen) | 'embedded' (in an organisation's name) | 'adjective'
    place: Place | None

    def to_dict(self) -> dict[str, Any]:
        return {"start_char": self.start_char, "end_char": self.end_char, "text": self.text,
                "group": self.group, "place": self.place.to_dict() if self.place else None}


def resolve_adjective(span: Span, gazetteer: Any) -> Place | None:
    """The country a demonym span names ("Syrian" -> Syria), or the area of a continent or
    region adjective ("European" -> Europe): :func:`sitrep.geo.resolver.resolve_demonym`."""
    from sitrep.geo.resolver import resolve_demonym

    return resolve_demonym(span.text, gazetteer=gazetteer)


def _area(span: Span, gazetteer: Any) -> Place | None:
    """A place span the extractor leaves unresolved that names a continent, world region, sea
    or union ("Africa", "Darfur", "the Mediterranean"): the place layer places it; events are
    never placed there, so the extractor does not ask."""
    from sitrep.geo.resolver import resolve_place
    from sitrep.nlp.arguments import place_phrase

    found = resolve_place(place_phrase(span).text, gazetteer=gazetteer, broad=True)
    return found if found is not None and (found.country is None or found.geonames_id is None) else None


def place_mentions(doc: Doc, *, groups: tuple[str, ...] = tuple(GROUPS), url: str | None = None) -> list[PlaceMention]:
    """The place mentions of a processed Doc (a ``build_nlp()`` pipeline), in text order
    (``url``: the page, whose country-code domain is the context of a text naming no country)."""
    from sitrep.nlp.place_reading import ArticlePlaces
    from sitrep.nlp.place_reading import gazetteer as process_gazetteer

    gazetteer = process_gazetteer()
    article = ArticlePlaces.of(doc, url)
    out = []
    for group in groups:
        for span in doc.spans[group] if group in doc.spans else ():
            try:
                if group == "place_adjectives":
                    place = resolve_adjective(span, gazetteer)
                else:
                    place = article.read(span)
                    if place is None:  # a continent, region, sea or union ("Africa", "the EU")
                        place = _area(span, gazetteer)
            except Exception:  # one bad name never empties the article's other places
                log.warning("place %r at %d could not be resolved", span.text, span.start_char, exc_info=True)
                place = None
            out.append(PlaceMention(span.start_char, span.end_char, span.text, GROUPS[group], place))
    out.sort(key=lambda m: (m.start_char, m.end_char))
    return out


__all__ = ["GROUPS", "PlaceMention", "place_mentions", "resolve_adjective"]
