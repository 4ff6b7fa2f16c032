"""The place layer's reading of one article: which countries it is about, and its place names
resolved together. The event extractor (:mod:`sitrep.nlp.extractor`) and the place layer on its
own (:mod:`sitrep.nlp.place_mentions`) both start from it, so an event is placed where the
place layer reads its place (the extractor only declines a namesake abroad).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from sitrep.model import Place
from sitrep.nlp.arguments import in_dateline, place_phrase

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer

log = logging.getLogger(__name__)

#: Distinct place names of one country that make it one of the article's countries, whatever
#: countries the article names.
OWN_PLACES_TO_COUNT = 3


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process's gazetteer (opened on first lookup, built if missing)."""
    from sitrep.geo.gazetteer import Gazetteer

    return Gazetteer()


def own_place_phrases(doc: Doc) -> list[tuple[Span, str]]:
    """The article's place names from the statistical NER (not gazetteer-only spans, not the
    dateline), each with its widened phrase: the evidence of which countries it is about."""
    return [(p, place_phrase(p).text) for p in doc.spans["places"] if p.label_ != "GAZ" and not in_dateline(p)]


def article_countries(doc: Doc) -> tuple[str, ...]:
    """Countries the article is about, most mentioned first: country names and demonyms, then
    the countries of its place names (resolved without context, statistical NER only).

    A country name that is also the name of a state elsewhere ("Georgia") counts for the
    country only when the article's towns do not lie in that other country rather than in it."""
    from sitrep.geo.resolver import admin1_namesakes, resolve_place

    gaz = gazetteer()
    counts: Counter[str] = Counter()
    undecided: Counter[str] = Counter()  # "Georgia": the country or the US state, as the towns say
    namesakes: dict[str, frozenset[str]] = {}
    named = [e for e in doc.ents if e.label_ == "NORP"] + [p for p in doc.spans["places"] if p.label_ != "GAZ"]
    for ent in named:
        hit = gaz.country(ent.text)
        if hit is None:
            continue
        others = admin1_namesakes(ent.text, gazetteer=gaz) if ent.label_ != "NORP" else frozenset()
        if others:
            undecided[hit.country] += 2
            namesakes[hit.country] = namesakes.get(hit.country, frozenset()) | others
        else:
            counts[hit.country] += 2
    mentioned = tuple(c for c, _ in counts.most_common())
    names: dict[str, set[str]] = {}
    own: dict[str, set[str]] = {}  # read without any context: a country's own place names
    for place, phrase in own_place_phrases(doc):
        alone = resolve_place(phrase, context_countries=(), gazetteer=gaz)
        if alone is not None and alone.country and alone.precision != "country":
            own.setdefault(alone.country, set()).add(place.text.casefold())
        for context in (mentioned, *((*mentioned, cc) for cc in undecided)):
            found = resolve_place(phrase, context_countries=context, gazetteer=gaz)
            if found is not None and found.country and found.precision != "country" and (
                    context is mentioned or found.country == context[-1]):
                names.setdefault(found.country, set()).add(place.text.casefold())  # names, not units
    for country, k in undecided.items():
        elsewhere = max((len(names.get(cc, ())) for cc in namesakes[country]), default=0)
        if len(names.get(country, ())) >= elsewhere:
            counts[country] += k
    if names:
        # towns confirm the countries named; with none named, the best attested country, and
        # another only with as many place names of its own (two namesakes abroad, "Basra" and
        # "Balad", do not put a Somali story with three Somali places in Iraq); a country with
        # OWN_PLACES_TO_COUNT place names of its own counts even when the story names others
        # (Philippine farms in a story that recalls Ebola in Sudan)
        top = max(len(v) for v in names.values())
        named_countries = set(counts)
        for country, found_names in names.items():
            if country in named_countries or (not named_countries and len(found_names) == top):
                counts[country] += len(found_names)
    for country, found_names in own.items():
        if country not in counts and len(found_names) >= OWN_PLACES_TO_COUNT:
            counts[country] += len(found_names)
    return tuple(c for c, _ in counts.most_common())


def site_country(url: str | None) -> tuple[str, ...]:
    """The country of a news site's country-code domain ("adaderana.lk" -> LK): the place of
    last resort for a local story that never names its country."""
    from urllib.parse import urlparse

    if not url:
        return ()
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    tld = host.rsplit(".", 1)[-1].upper()
    code = {"UK": "GB"}.get(tld, tld)
    return (code,) if len(code) == 2 and gazetteer().country_by_code(code) is not None else ()


def name_of(place: Span) -> str:
    """The text a place span is resolved by: widened to "southern X", "X district" for a place
    proper; the bare name for one inside an organisation's name (the "Department" of "U.S.
    Department of Labor" is no French département)."""
    return place.text if place.label_ == "EMB" else place_phrase(place).text


@dataclass(slots=True)
class ArticlePlaces:
    """One article's place names as the place layer reads them (computed once, on first use)."""

    doc: Doc
    countries: tuple[str, ...]
    _readings: dict | None = field(default=None, init=False, repr=False)

    @classmethod
    def of(cls, doc: Doc, url: str | None = None) -> ArticlePlaces:
        """With the article's countries (:func:`article_countries`, else the site's domain)."""
        return cls(doc, article_countries(doc) or site_country(url))

    def readings(self) -> dict[tuple[int, int], Place | None]:
        """(start, end) of each place span -> its reading: the article's place names, the
        dateline's and the embedded ones included, read together
        (:func:`sitrep.geo.document.resolve_names`: each with the others' countries, states and
        positions as context, then the article's countries). The dateline's place says which
        Paris the story means ("GEORGETOWN, Ky."; end-to-end acc@161 on TR-News 0.816 without
        it, 0.831 with it). When the reading fails, names are read one by one (:meth:`read`)."""
        from sitrep.geo.document import resolve_names

        if self._readings is None:
            doc = self.doc
            spans = [*doc.spans["places"], *(doc.spans["place_embedded"] if "place_embedded" in doc.spans else ())]
            try:
                readings = resolve_names([name_of(p) for p in spans], gazetteer=gazetteer(),
                                         countries=self.countries)
                self._readings = {(p.start, p.end): r.place for p, r in zip(spans, readings, strict=True)}
            except Exception:  # one bad name never costs the others their places
                log.warning("place names of the article could not be read together", exc_info=True)
                self._readings = {}
        return self._readings

    def read(self, place: Span) -> Place | None:
        """The reading of one place span; a span outside the article's place spans (a
        settlement name the tagger missed), or any span when the reading together failed, is
        read with the article's countries only."""
        from sitrep.geo.resolver import resolve_place

        readings = self.readings()
        key = (place.start, place.end)
        if key in readings:
            return readings[key]
        return resolve_place(name_of(place), context_countries=self.countries, gazetteer=gazetteer())


__all__ = ["OWN_PLACES_TO_COUNT", "ArticlePlaces", "article_countries", "gazetteer", "name_of",
           "own_place_phrases", "site_country"]
