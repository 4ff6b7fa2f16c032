"""A document's place names resolved together: each name with the others as its context.

A toponym alone is often ambiguous ("Paris", "Georgia", "Alexandria"); the other places of the
same document say which one is meant. :func:`resolve_names` reads a document's names in three
steps, each an explainable use of the resolver (:func:`sitrep.geo.resolver.resolve_place`):

1. every name without context;
2. every name again, with the countries and admin1 units of the *other* names' first readings
   as context (:func:`country_contexts`, :func:`admin1_contexts`), the countries they name
   (:func:`named_countries`: their capitals are preferred) and the spatial support of the
   other names (:func:`sitrep.geo.resolver.document_support`);
3. once more, with the contexts recomputed from the contextual readings of step 2: a name
   misread without context ("Virginia" as the South African town) no longer misleads the
   others. (Further rounds do not converge: a few documents flip between two readings.)

The geoparsing benchmark's given-names regime (:mod:`sitrep.eval.geo_bench`) scores exactly this;
the place layer and the event extractor read an article's place spans this way too
(:class:`sitrep.nlp.place_reading.ArticlePlaces`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sitrep.geo.resolver import name_key


@dataclass(frozen=True, slots=True)
class NameReading:
    """One name of the document, as read with the others: its place (None when nothing fits)
    and the context it was read in."""

    place: Any
    context: tuple[str, ...]
    context_admin1: tuple[str, ...]


#: The weight of another mention of the same name in the country context (see below).
SAME_NAME_DISCOUNT = 0.5


def country_contexts(names: Sequence[str], first_pass: Sequence[Any]) -> list[tuple[str, ...]]:
    """For each name, the countries of the *other* names' readings, most
    frequent first (a name that is a country counts twice; ties: first mentioned first). Other
    mentions of the same name count at :data:`SAME_NAME_DISCOUNT` when they resolved below
    country level: in a Toronto story they are evidence for Canada, but two "Athens" beside one
    Tennessee park repeat one reading rather than outvote the park. Country resolutions of the
    same name do not count: five "Georgia" read as the country are no evidence
    that the sixth is the country rather than the US state."""
    keys = [name_key(n) for n in names]
    weights = []
    for place in first_pass:
        if place is None or not place.country:
            weights.append(None)
        else:
            weights.append((place.country, 2 if place.precision == "country" else 1))
    total: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for i, w in enumerate(weights):
        if w:
            total[w[0]] += w[1]
            first_seen.setdefault(w[0], i)
    out = []
    for i, w in enumerate(weights):
        c = total.copy()
        if w:
            c[w[0]] -= w[1]
        for j, w2 in enumerate(weights):
            if j != i and w2 and keys[j] == keys[i]:
                c[w2[0]] -= w2[1] if first_pass[j].precision == "country" else SAME_NAME_DISCOUNT * w2[1]
        ranked = sorted((cc for cc, k in c.items() if k > 0), key=lambda cc: (-c[cc], first_seen[cc]))
        out.append(tuple(ranked))
    return out


def other_name_countries(names: Sequence[str], readings: Sequence[Any]) -> list[tuple[str, ...]]:
    """For each name, the countries of the readings of the document's *other* names (first
    mentioned first): its own readings and those of its repetitions left out, and the
    article's countries at large too, which count the name's own first reading. A unit abroad
    that the name may mean must be of a country that something else in the story names
    (:func:`sitrep.geo.resolver._namesake_abroad`): "Beni" read alone as Beni Department
    makes Bolivia no story country for "Beni" told beside "Bunia"."""
    keys = [name_key(n) for n in names]
    countries = [p.country if p is not None and p.country else None for p in readings]
    return [tuple(dict.fromkeys(c for k, c in zip(keys, countries, strict=True) if c and k != key))
            for key in keys]


def named_countries(first_pass: Sequence[Any]) -> list[tuple[str, ...]]:
    """For each name, the countries that the *other* names are (readings at country precision,
    first mentioned first): a country the document names makes its capital the likely reading of
    a capital's name ("Paris" told with "France")."""
    countries = [p.country if p is not None and p.precision == "country" and p.country else None
                 for p in first_pass]
    return [tuple(dict.fromkeys(c for j, c in enumerate(countries) if c and j != i))
            for i in range(len(countries))]


def admin1_contexts(names: Sequence[str], first_pass: Sequence[Any]) -> list[tuple[str, ...]]:
    """For each name, the admin1 units of the *other* names' readings
    (countries excluded), most frequent first (ties: first mentioned first). Unlike the country
    context, all mentions of the same name are left out: the admin1 context is there to pick
    among namesakes, and five "Gainesville" resolved to Florida are no evidence that the sixth
    is Floridian."""
    keys = [name_key(n) for n in names]
    a1 = [
        None if p is None or getattr(p, "precision", None) == "country" else getattr(p, "admin1", None)
        for p in first_pass
    ]
    total: Counter[str] = Counter(a for a in a1 if a)
    first_seen: dict[str, int] = {}
    for i, a in enumerate(a1):
        if a:
            first_seen.setdefault(a, i)
    out = []
    for key in keys:
        c = total.copy()
        for k2, a in zip(keys, a1, strict=True):
            if a and k2 == key:
                c[a] -= 1
        out.append(tuple(sorted((x for x, k in c.items() if k > 0), key=lambda x: (-c[x], first_seen[x]))))
    return out



def resolve_names(
    names: Sequence[str], *, gazetteer: Any, resolve: Callable | None = None,
    countries: Sequence[str] = (), within: Sequence[Sequence[str]] | None = None,
    owners: Sequence[int | None] | None = None, neighbours: Sequence[bool] | None = None,
    town_owners: Sequence[bool] | None = None, **options: Any,
) -> list[NameReading]:
    """Resolve a document's place names together (module docstring). ``countries``: the
    document's countries known from outside its names (the event extractor's article
    countries, from demonyms and the site's domain too), appended after the names' own
    countries in the contextual rounds (not in the first reading, nor as spatial support: as
    the first context they cost 0.8 points of end-to-end acc@161 on LGL; appended, the event
    place of the Halterman sentences gains 1.6 points). ``resolve`` replaces sitrep's resolver
    (for tests and other resolvers: then without spatial support and the refinement round,
    which are sitrep's own); ``within``: for each name, the countries its sentence places it
    in ("the Malian town of X", "X, Syria"; empty when none), handed to every reading of that
    name (:func:`sitrep.geo.resolver.resolve_place`); ``owners``: for each name, the index of the
    name that owns it by a possessive ("Kaduna's Sabon Gari"; None when none): in the contextual
    rounds a name is read inside its owner's reading (:func:`owner_area`); ``options`` go to every
    call; ``neighbours``: for each name, whether the text names it as the country across a
    border ("near the border with X"): its reading gives the other names no country context
    (the story is told on this side of the border); ``town_owners``: for each name, whether the
    text calls its owner a town ("the village of X in Y town"): the name lies near that town, not
    anywhere in its first-level unit (:func:`owner_area`)."""
    from sitrep.geo.resolver import document_support

    own = resolve is None
    if resolve is None:
        from sitrep.geo.resolver import resolve_place as resolve
    inside = [tuple(w) for w in within] if within is not None else [()] * len(names)

    owner_of = list(owners) if owners is not None and own else [None] * len(names)

    def where(i: int, previous: Sequence[Any] = ()) -> dict[str, Any]:
        found: dict[str, Any] = {"within": inside[i]} if inside[i] else {}
        j = owner_of[i]
        town = bool(town_owners[i]) if town_owners is not None else False
        area = owner_area(previous[j], town=town) if j is not None and previous and j != i else None
        if area is not None:
            found["within"] = (area[0],)
            found["owner"] = area
        return found

    readings = [resolve(n, context_countries=(), gazetteer=gazetteer, **where(i), **options)
                for i, n in enumerate(names)]
    first = readings
    # a name's own country is no evidence for it (as in country_contexts): "Palestine" told with
    # Anderson County, Texas, may be the Texan town although the article counts Palestine among
    # its countries
    seeds = [tuple(c for c in countries if not (p is not None and p.precision == "country" and p.country == c))
             for p in readings]
    supports = document_support(names, gazetteer=gazetteer) if own else [()] * len(names)
    # sitrep's resolver reads a name the same way whenever its context is the same: a name told
    # again, or a round that changed no context, is read once (the memo lives for this call)
    memo: dict[tuple, Any] | None = {} if own else None
    for _ in range(2 if own else 1):
        told = [None if neighbours is not None and neighbours[i] else p for i, p in enumerate(readings)]
        contexts = [(*ctx, *(c for c in seed if c not in ctx))
                    for ctx, seed in zip(country_contexts(names, told), seeds, strict=True)]
        a1_contexts = admin1_contexts(names, readings)
        named = named_countries(told) if own else [()] * len(names)
        others = other_name_countries(names, told)
        previous = readings
        readings = [
            _read(resolve, memo, n, context_countries=ctx, gazetteer=gazetteer, context_admin1=a1, support=sup,
                  **({"named_countries": nc, "other_countries": oc} if own else {}), **where(i, previous), **options)
            for i, (n, ctx, a1, sup, nc, oc) in enumerate(
                zip(names, contexts, a1_contexts, supports, named, others, strict=True))
        ]
    if own:
        readings = [_kept_sole_place(n, p0, p, ctx, gazetteer)
                    for n, p0, p, ctx in zip(names, first, readings, contexts, strict=True)]
    return [NameReading(p, c, a) for p, c, a in zip(readings, contexts, a1_contexts, strict=True)]


#: How far apart the gazetteer's entries of one name may lie and still be one place (a town and
#: the district named after it share a seat).
SOLE_PLACE_KM = 30.0


def sole_place(name: str, gazetteer: Any) -> bool:
    """Whether the gazetteer knows the name (exactly) as one place only: every exact entry in one
    country and, where located, within :data:`SOLE_PLACE_KM` of the others. Countries never."""
    from sitrep.geo.distance import haversine_km

    hits = gazetteer.lookup(name)
    if not hits or any(e.kind == "country" for e in hits) or len({e.country for e in hits}) > 1:
        return False
    located = [e for e in hits if e.lat is not None and e.lon is not None]
    return all(haversine_km(a.lat, a.lon, b.lat, b.lon) <= SOLE_PLACE_KM for a in located for b in located)


def _kept_sole_place(name: str, alone: Any, read: Any, context: Sequence[str], gazetteer: Any) -> Any:
    """The contextual reading, or the context-free one when a context of other countries lost it:
    a name the gazetteer knows as one place only (Zakho, Kfar Kila) is that place even when the
    story's countries (often a foreign attacker's: "a Turkish drone", "an Israeli strike") lie
    elsewhere; the context would otherwise drop it, or swap in a fuzzy namesake of the attacker's
    country. A reading lost inside its own country (to an admin1 or an owner) stays lost."""
    if alone is None or alone.precision == "country" or not alone.country or alone.country in context:
        return read
    if read is not None and read.country == alone.country:
        return read
    return alone if sole_place(name, gazetteer) else read


def owner_area(place: Any, *, town: bool = False) -> tuple[str, str | None, float | None, float | None] | None:
    """(country, admin1, lat, lon) of an owner's reading below country level, the area a name it
    owns lies in; None for a country or an unread owner. An owner the text calls a town (and read
    as one) gives no admin1: a village "in X town" lies near X, not anywhere in its first-level
    unit (a Philippine region spans several provinces, and their namesakes with them)."""
    if place is None or not place.country or place.precision == "country":
        return None
    keep_admin1 = not (town and place.precision == "town")
    return (place.country, place.admin1 if keep_admin1 else None, place.lat, place.lon)


def _read(resolve: Callable, memo: dict[tuple, Any] | None, name: str, **kwargs: Any) -> Any:
    """``resolve(name, **kwargs)``, answered from ``memo`` when asked the same before. Only the
    readings the resolver makes anew on every call are memoised (with spatial support or a
    country the text names), and an answer from the memo is a copy: a reading stays its
    mention's own object, as the event layer tells the article's main place by identity."""
    if memo is None or not (kwargs.get("support") or kwargs.get("within")):
        return resolve(name, **kwargs)
    try:
        key = (name, *sorted(kwargs.items(), key=lambda kv: kv[0]))
        hash(key)
    except TypeError:  # an option that cannot be a key (a list): read anew
        return resolve(name, **kwargs)
    if key not in memo:
        memo[key] = resolve(name, **kwargs)
        return memo[key]
    found = memo[key]
    return replace(found) if found is not None else None


__all__ = ["NameReading", "SAME_NAME_DISCOUNT", "admin1_contexts", "country_contexts", "named_countries",
           "other_name_countries", "owner_area", "resolve_names"]
