"""What the event rules know of one article beyond a sentence: its day, its countries, its
dateline, its place names as resolved once, its most mentioned place, and the services
(gazetteer, actor dictionary) of the Extractor that reads it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span

from sitrep.events.merge import place_key
from sitrep.events.place_capital import LABEL as CAPITAL_LABEL
from sitrep.events.place_capital import capital_place, capital_spans
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import evidence_of, in_dateline, place_phrase
from sitrep.nlp.cues import load_cues
from sitrep.nlp.places import named_as_unit
from sitrep.nlp.place_reading import ArticlePlaces, own_place_phrases, qualifier_countries
from sitrep.nlp.sentences import sentences

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer
    from sitrep.nlp.actors import ActorDictionary


@dataclass(slots=True)
class ArticleContext:
    """One article's context, filled on first use (a per-article cache, never shared)."""

    published: dt.date | None
    countries: tuple[str, ...]
    dateline: Any | None  # sitrep.nlp.dates.DateMention
    gazetteer: Gazetteer
    actors: ActorDictionary | None = None
    resolved: dict = field(default_factory=dict)
    main_place: tuple[Place, Evidence] | None = None
    places: ArticlePlaces | None = None  # the place layer's reading of the article (on first use)
    located: frozenset | None = None  # context countries that the article's own places are in
    reference: dt.date | None = None  # the day the article speaks from, when not ``published``
    actor_mentions: dict = field(default_factory=dict)  # country -> the article's actor mentions

    def article_actor_mentions(self, doc, country: str | None) -> list:
        """Every actor mention of the article (the parties it names anywhere), read once per
        country."""
        if country not in self.actor_mentions:
            self.actor_mentions[country] = self.actors.find(doc, country=country) if self.actors else []
        return self.actor_mentions[country]

    def place_reader(self, doc: Doc) -> ArticlePlaces:
        """The place layer's reading of the article, made on first use."""
        if self.places is None:
            self.places = ArticlePlaces(doc, self.countries)
        return self.places

    def country_place(self, iso2: str) -> Place | None:
        """The whole country as a place (its gazetteer point, no words of the text)."""
        from sitrep.geo.resolver import resolve_place

        entry = self.gazetteer.country_by_code(iso2)
        if entry is None:
            return None
        place = resolve_place(entry.name, context_countries=(iso2,), gazetteer=self.gazetteer)
        return replace(place, mention=None) if place is not None else None

    def is_capital(self, place: Place) -> bool:
        country = self.gazetteer.country_by_code(place.country) if place.country else None
        return country is not None and country.lat is not None and place.lat is not None and (
            abs(country.lat - place.lat) < 0.05 and abs(country.lon - place.lon) < 0.05)

    def home_country(self, doc: Doc) -> str | None:
        """The country the article's events happen in when nothing nearer says: the first context
        country in which the article names towns or admin units of its own, else the first
        context country. A story told through a foreign force or mediator ("Belgian troops
        leave their base in X", "talks hosted in Y on the fighting in Z") names that force's or
        mediator's country most, but its places are in another."""
        located = self.located_countries(doc)
        return next((c for c in self.countries if c in located), self.countries[0] if self.countries else None)

    def located_countries(self, doc: Doc) -> frozenset:
        """The context countries in which the article names towns or admin units of its own."""
        from sitrep.geo.resolver import resolve_place

        if self.located is None:
            found = set()
            for _, phrase in own_place_phrases(doc):
                hit = resolve_place(phrase, context_countries=self.countries, gazetteer=self.gazetteer)
                if hit is not None and hit.precision != "country" and hit.country in self.countries:
                    found.add(hit.country)
            self.located = frozenset(found)
        return self.located


def resolve_span(place: Span, ctx: ArticleContext) -> tuple[Place, Evidence] | None:
    """The place of an event told at one place mention: the place layer's reading
    (:class:`~sitrep.nlp.place_reading.ArticlePlaces`), unless it is a namesake abroad, when
    the place of that name inside the article's countries (if any) is taken; cached per article."""
    key = (place.start, place.end)
    if key not in ctx.resolved and place.label_ == CAPITAL_LABEL:
        found = capital_place(place, ctx)
        ctx.resolved[key] = (found, evidence_of(place_phrase(place))) if found is not None else None
    if key not in ctx.resolved:
        found = ctx.place_reader(place.doc).read(place)
        if found is not None and ctx.countries and found.country not in ctx.countries \
                and found.country not in qualifier_countries(place) and (
                place.label_ == "GAZ" or found.precision not in ("country", "admin1") and not ctx.is_capital(found)) and (
                place.label_ == "GAZ" or ctx.located_countries(place.doc)):
            # a namesake abroad ("Mons", "Basrah" in a Somali story told with Somali towns; not
            # a place the sentence itself puts in that country, "X, in Mali") is
            # not where this article's events happen (a whole province or state abroad,
            # "Florida", is kept); when the context countries come only from country names and
            # demonyms ("an American soldier was shot in Fallujah"), a major place abroad
            # stays. The place layer keeps the reading; the event takes the namesake at home if
            # there is one.
            found = _namesake_at_home(place, ctx)
        if found is not None and _lone_namesake_abroad(place, found, ctx):
            found = _namesake_at_home(place, ctx, without=found.country)
        if found is not None and _namesake_of_a_part(place, found, ctx):
            found = None  # "Bara X" read as a town X hundreds of km from the story: a village unknown
        if found is not None and stray_variant(place, found, ctx):
            found = None  # "X" read as a small town spelt otherwise far from the story: unknown
        if found is not None:
            found = near_its_landmark(place, found, ctx)
        ctx.resolved[key] = (found, evidence_of(place_phrase(place))) if found is not None else None
    return ctx.resolved[key]


def _namesake_of_a_part(place: Span, found: Place, ctx: ArticleContext) -> bool:
    """A longer name the gazetteer lacks, read as a town or district named by only part of it
    ("Upper X", "X Camp" for some X), that lies far from every other place the article names
    below country level: a village of that name near the story is likelier than a namesake
    across the country. A unit word beside the name ("X province", "X Local Government Area")
    leaves it the unit's own name."""
    from sitrep.geo.distance import haversine_km
    from sitrep.geo.normalize import norm_key
    from sitrep.geo.resolver import SUPPORT_KM

    if found.precision not in {"town", "region"} or found.lat is None:
        return False
    unit_words = load_cues().admin_words | load_cues().settlement_nouns
    words = [t for t in place if t.is_title and t.lower_ not in unit_words and t.lower_ != "the"]
    name, whole = norm_key(found.name), norm_key(" ".join(t.text for t in words))
    if len(words) < 2 or name == whole or f" {name} " not in f" {whole} " or ctx.gazetteer.is_known(place.text) \
            or named_as_unit([t.lower_ for t in place]):
        return False
    others = [ctx.places.read(p) for p in place.doc.spans["places"] if p.text != place.text and not in_dateline(p)]
    points = [(o.lat, o.lon) for o in others if o is not None and o.precision != "country" and o.lat is not None]
    return bool(points) and all(haversine_km(found.lat, found.lon, lat, lon) > SUPPORT_KM for lat, lon in points)


def _spelt_as_told(place: Span, found: Place, ctx: ArticleContext) -> bool:
    """Whether the gazetteer knows ``found`` by the name the text gives it (one of its own or
    alternate names; unit and settlement words, "the" and a possessive owner aside), not only
    by a transliteration key, a fuzzy match or a part of the name ("X Gyi" read as "X")."""
    skip = load_cues().admin_words | load_cues().settlement_nouns | {"the"}
    words = list(place)
    owned = [i for i, t in enumerate(words) if t.lower_ in ("'s", "’s")]
    words = words[owned[-1] + 1:] if owned else words
    told = {" ".join(t.text for t in words), " ".join(t.text for t in words if t.lower_ not in skip)}
    return any(e.id == found.geonames_id for name in told if name for e in ctx.gazetteer.lookup(name))


#: How far (km) a small town matched only by a spelling variant may lie from every place the
#: article names by a known name, outside the first-level units it names (:func:`stray_variant`).
STRAY_VARIANT_KM = 200.0


def stray_variant(place: Span, found: Place, ctx: ArticleContext) -> bool:
    """A small town matched only by a spelling variant of the text's name (a transliteration
    key, a fuzzy match), outside every first-level unit the article names and more than
    STRAY_VARIANT_KM from every town or district it names by a name the gazetteer knows: a
    village the gazetteer lacks matches some village of the country by spelling alone, far from
    the story (and such matches do not vouch for one another). The document reading applies
    the same test (:func:`sitrep.geo.resolver._stray_variant`); the event layer's readings of a
    name inside one country, without the document, need it here. Without such places it stays."""
    from sitrep.geo.distance import haversine_km
    from sitrep.geo.resolver import STRAY_VARIANT_POPULATION

    if found.precision != "town" or found.lat is None or found.geonames_id is None or ctx.is_capital(found) \
            or found.country in qualifier_countries(place) or _spelt_as_told(place, found, ctx):
        return False  # "X in Russia": the text itself says where it is
    hits = ctx.gazetteer.lookup(found.name, country=found.country, kinds=("city",))
    if any(e.id == found.geonames_id and e.population >= STRAY_VARIANT_POPULATION for e in hits):
        return False
    reader = ctx.place_reader(place.doc)
    points, units = [], set()
    for p in place.doc.spans["places"]:
        if p.text == place.text or in_dateline(p):
            continue
        o = reader.read(p)
        if o is None or o.precision == "country":
            continue
        if o.precision == "admin1" or o.name == o.admin1:
            units.add((o.country, o.admin1))
        elif o.lat is not None and _spelt_as_told(p, o, ctx):
            points.append((o.lat, o.lon))
    return (bool(points) and (found.country, found.admin1) not in units
            and all(haversine_km(found.lat, found.lon, lat, lon) > STRAY_VARIANT_KM for lat, lon in points))


#: How far (km) a place told "near Y" may lie from Y, one told only by a compass word ("X, south
#: of Y": a province away, at times), and the slack over a told distance ("X, 15 km east of Y": up
#: to twice 15 km plus this): told distances are rough, namesakes lie far off.
NEAR_LANDMARK_KM = 100.0
COMPASS_LANDMARK_KM = 500.0
LANDMARK_SLACK_KM = 30.0
#: How many words after a name its describing phrase ("X, a village about 15 km east of Y") may run.
_DESCRIPTION_WORDS = 14


def near_its_landmark(place: Span, found: Place, ctx: ArticleContext) -> Place | None:
    """The reading of a town the text itself places near another one ("X, a village about 15 km
    east of Y", "X, a village in Z near Y"): kept when it lies about that far from Y's reading,
    else X placed at Y (precision ``region``: approximate). A village the gazetteer lacks gets
    matched to a namesake far off (across the country, abroad), while the text says where it
    is; Y is the nearest point the text gives. (A namesake of X near Y is what the resolver
    already prefers, the article's other places supporting it.)"""
    from sitrep.geo.distance import haversine_km

    if found.precision not in {"town", "region"} or found.lat is None:
        return found
    told = _told_landmark(place, ctx)
    if told is None:
        return found
    landmark, allowed = told
    if haversine_km(found.lat, found.lon, landmark.lat, landmark.lon) <= allowed:
        return found
    return replace(landmark, name=place.text, mention=found.mention, precision="region", geonames_id=None)


def _told_landmark(place: Span, ctx: ArticleContext) -> tuple[Place, float] | None:
    """The town a phrase right after the name places it by ("X, about 20 km south-west of Y",
    "X, a village near Y"; no verb between, so the phrase still describes X; Y read as a town
    or as the area around one, "north of Y") with how far (km) X may lie from it; None when
    there is no such phrase or Y reads as no town."""
    from sitrep.events.place_choice import is_distance_landmark

    doc, sent = place.doc, place.sent
    end = min(sent.end, place.end + _DESCRIPTION_WORDS)
    if place.end >= end or doc[place.end].text != ",":
        return None
    for other in doc.spans["places"]:
        if not place.end < other.start < end:
            continue
        between = doc[place.end:other.start]
        if any(t.pos_ in {"VERB", "AUX"} for t in between):
            return None
        near = doc[other.start - 1].lower_ == "near"
        if not near and not is_distance_landmark(other):
            continue
        landmark = ctx.places.read(other)
        if landmark is None or landmark.precision not in {"town", "region"} or landmark.lat is None:
            return None
        km = _told_km(between)
        if km is not None:
            return landmark, 2 * km + LANDMARK_SLACK_KM
        return landmark, NEAR_LANDMARK_KM if near else COMPASS_LANDMARK_KM
    return None


def _told_km(words: Span) -> float | None:
    """The distance a phrase tells in km or miles ("about 15 km", "20 miles"), else None."""
    units = load_cues().distance_words
    for t, unit in zip(words, words[1:]):
        if t.like_num and unit.lower_ in units and unit.lower_.startswith(("k", "mile")):
            try:
                value = float(t.text.replace(",", ""))
            except ValueError:
                return None
            return value * 1.609 if unit.lower_.startswith("mile") else value
    return None


#: How many other sub-country places (distinct names) in one country make it the article's home
#: against a lone namesake abroad.
_HOME_PLACES = 2
#: A town abroad this near one of the article's other places may be where the story crossed a
#: border; namesakes abroad lie continents away.
_NEIGHBOUR_KM = 1000.0


def _lone_namesake_abroad(place: Span, found: Place, ctx: ArticleContext) -> bool:
    """A town read in a country where the article names no other place below country level,
    while its other places lie in another country (a village "X" of a story set in Syria read
    as a Russian namesake): the town's own reading, or its country named as a party ("talks
    with Russia"), is what put that country among the article's countries, so the guard of
    :func:`resolve_span` let it pass. A capital, a province or a country, or a place the
    sentence itself puts in that country ("X, in Mali"), or a town near the story's places
    (across a border), stays."""
    from sitrep.geo.distance import haversine_km

    if found.precision not in {"town", "region"} or ctx.is_capital(found) \
            or found.country in qualifier_countries(place):
        return False
    readings = [(p, ctx.places.read(p)) for p in place.doc.spans["places"] if not in_dateline(p)]
    if any(o is not None and o.precision == "country" and o.country == found.country
           and p.sent.start == place.sent.start for p, o in readings):
        return False  # "the X test site in Kazakhstan": the sentence names the country
    others = [o for _, o in readings if o is not None and o.precision != "country" and o.name != found.name]
    if any(o.country == found.country for o in others):
        return False
    if found.lat is not None and any(o.lat is not None and haversine_km(found.lat, found.lon, o.lat, o.lon)
                                     <= _NEIGHBOUR_KM for o in others):
        return False  # a town across the border from the story's places: "shelling hit X" abroad
    home = Counter(country for _, country in {(o.name, o.country) for o in others}).most_common(1)
    return bool(home) and home[0][1] >= _HOME_PLACES


def _namesake_at_home(place: Span, ctx: ArticleContext, without: str | None = None) -> Place | None:
    """The place of that name inside the article's countries (but ``without``), when the place
    layer read a namesake abroad ("north Dublin" in an Irish story read with a namesake in
    Ohio): below country level only, else None."""
    from sitrep.geo.resolver import resolve_place
    from sitrep.nlp.place_reading import name_of

    countries = tuple(c for c in ctx.countries if c != without)
    if not countries:
        return None
    found = resolve_place(name_of(place), context_countries=countries, gazetteer=ctx.gazetteer,
                          within=countries)
    return found if found is not None and found.precision != "country" else None


def _place_spans(doc: Doc) -> list[tuple[int, int, Span]]:
    """(start, end, span) of the Doc's place mentions outside the dateline, in text order, with
    the unnamed capitals (:mod:`sitrep.events.place_capital`); listed once per Doc (a SpanGroup
    makes its Spans anew on each pass)."""
    found = doc.user_data.get(_PLACE_SPANS)
    if found is None:
        found = doc.user_data[_PLACE_SPANS] = sorted(
            [(p.start, p.end, p) for p in doc.spans["places"] if not in_dateline(p)]
            + [(p.start, p.end, p) for p in capital_spans(doc) if not in_dateline(p)], key=lambda t: (t[0], t[1]))
    return found


_PLACE_SPANS = "sitrep_place_spans"


def places_in(sent: Span, ctx: ArticleContext, *, capitals: bool = True) -> list[tuple[Span, Place, Evidence]]:
    """The resolved place mentions of a sentence (the dateline's left out), in text order;
    ``capitals=False`` leaves out the unnamed capitals ("the capital"): a place for an act told
    in the same sentence, too weak to lend an article or a neighbour sentence its place."""
    found = []
    first, last = sent.start, sent.end
    for start, end, place in _place_spans(sent.doc):
        if start < first or end > last or not capitals and place.label_ == CAPITAL_LABEL:
            continue
        if names_group(place, ctx):
            continue
        resolved = resolve_span(place, ctx)
        if resolved is not None:
            found.append((place, *resolved))
    return found


#: Actor types of the named groups whose whole name can also be read as a place.
GROUP_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})


def names_group(span: Span, ctx: ArticleContext) -> bool:
    """The place span is the whole name of a named armed group ("Los Lobos and Los Choneros
    fought ..."): it says who, not where, though a village abroad or the NER reads it as a place."""
    text = span.text.lower().removeprefix("the ")
    country = ctx.countries[0] if ctx.countries else None
    return any(m.start_char <= span.start_char and span.end_char <= m.end_char and not m.generic
               and m.actor.type in GROUP_TYPES and m.text.lower().removeprefix("the ") == text
               for m in ctx.article_actor_mentions(span.doc, country))


def main_place(doc: Doc, ctx: ArticleContext, country: str | None = None) -> tuple[Place, Evidence] | None:
    """The article's most mentioned place below country level (the first mention of it), or
    its most mentioned one in ``country`` (not counting names that only qualify a noun, "Lagos
    residents"); a place named only as a landmark ("200 km from the capital, X") does not
    count. When that is a province, the most mentioned town in it: a story told from a town names its province often ("X town in Y State", "the Y state
    governor") and is still the town's."""
    ranked = _ranked_places(doc, ctx, country)
    if not ranked:
        return None
    best = ranked[0][0]
    if best.precision == "admin1":
        town = next((found for found in ranked if found[0].precision == "town"
                     and found[0].country == best.country and found[0].admin1 == best.admin1), None)
        if town is not None:
            return town
    return ranked[0]


def town_within(doc: Doc, ctx: ArticleContext, area: Place) -> tuple[Place, Evidence] | None:
    """The article's most mentioned town inside ``area`` (a province and what lies in it): where
    an act told only as in "a town in the X region" happened, when the article names the town
    elsewhere."""
    return next((found for found in _ranked_places(doc, ctx, area.country) if found[0].precision == "town"
                 and found[0].admin1 == area.admin1), None)


def _ranked_places(doc: Doc, ctx: ArticleContext, country: str | None) -> list[tuple[Place, Evidence]]:
    """The article's places below country level (in ``country``, if given) by how often it
    names them, most often first, each at its first mention (see :func:`main_place`)."""
    from sitrep.events.place_choice import is_distance_landmark, is_modifier
    from sitrep.events.state_parties import names_state

    counts: Counter[tuple] = Counter()
    first: dict[tuple, tuple[Place, Evidence]] = {}
    for sent in sentences(doc):
        for span, place, ev in places_in(sent, ctx, capitals=False):
            if place.precision == "country" or is_distance_landmark(span) or names_state(span, place, ctx) \
                    or country is not None and (place.country != country or is_modifier(span)):
                continue  # a capital named for its government ("Moscow's forces") is no scene
            key = place_key(place)
            counts[key] += 1
            first.setdefault(key, (place, ev))
    return [first[key] for key, _ in counts.most_common()]
