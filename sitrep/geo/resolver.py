"""Toponym resolution: a place mention ('southern Idlib', 'Saada province') -> ``Place``.

Pipeline for one mention:

1. Clean it: drop possessives, quotes and leading determiners/prepositions; read the **cue
   words** around the name: admin1 words (province, governorate, region, state, prefecture,
   oblast) ask for an admin1 unit; admin2 words (district, township, county, municipality,
   commune) ask for an admin2 unit; settlement words (city, town, village) ask for a town;
   region modifiers (northern/southern/..., outskirts, near, around, outside, countryside,
   suburbs, vicinity) lower the precision to ``region``.
2. Countries first: if the remaining name is a country name ('Syria', 'Georgia'), return the
   country (precision ``country``, capital's coordinates, ``admin1`` None).
3. Otherwise, score every candidate place (see :func:`score_candidate`) for the name, and,
   if the whole name matched nothing, for each capitalised sub-span of the mention
   ('the Houthi stronghold of Saada in northern Yemen' -> 'Houthi', 'Saada', 'Yemen').
   Sub-span candidates are ranked by specificity first (town/district > admin1 > country),
   then by score.
4. Build the ``Place``: admin1 entry -> precision ``admin1`` (coordinates of the admin1 capital);
   admin2 entry -> ``region``; a town -> ``town`` (``region`` with a region modifier or an
   admin2 cue that found no admin2); a country -> ``country``.

Returns None when nothing fits: the caller keeps the mention unresolved.
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from sitrep.geo.gazetteer import Gazetteer, GazetteerEntry
from sitrep.geo.normalize import norm_key, strip_articles
from sitrep.model import Place

ADMIN1_CUES = frozenset(
    "province provinces governorate governorates region regions state states prefecture "
    "oblast wilaya wilayah emirate muhafazah".split()
)
ADMIN2_CUES = frozenset(
    "district districts township townships county counties municipality commune subdistrict "
    "sub-district sub-division subdivision zone department cercle".split()
)
TOWN_CUES = frozenset("city town village villages capital port hamlet neighbourhood neighborhood suburb".split())
REGION_MODIFIERS = frozenset(
    "northern southern eastern western central north south east west northeast northwest "
    "southeast southwest north-east north-west south-east south-west north-eastern "
    "north-western south-eastern south-western northeastern northwestern southeastern "
    "southwestern outskirts near nearby around outside countryside rural suburbs vicinity "
    "environs periphery".split()
)
DETERMINERS = frozenset(
    "the a an this that these those its their his her in at on of from to into near by "
    "around outside across within inside".split()
)
# Capitalised words that are never place names on their own in a mention.
_NOT_PLACES = frozenset(
    "the a an in at on of and or from to by for with near this that its his her their "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
#: A loose-key (transliteration) match must also be this close (rapidfuzz ratio of the exact
#: keys without articles): 'idleb'/'idlib' 80, 'khan sheikhoun'/'khan cheykoun' 81, but 'dioura'/'dire' 60.
LOOSE_MIN_RATIO = 78.0
_CUE_WORDS = ADMIN1_CUES | ADMIN2_CUES | TOWN_CUES
SPECIFICITY = {"city": 3, "admin2": 3, "admin1": 2, "country": 1}

_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’‘ʿʾ\-\.]*\w)?", re.UNICODE)
_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s\b")


@dataclass(frozen=True, slots=True)
class _Cues:
    want: str | None  # 'admin1' | 'admin2' | 'city' | None
    region: bool  # a region modifier lowers precision


def _cues(words: Sequence[str]) -> _Cues:
    lw = [w.casefold() for w in words]
    want = None
    if any(w in ADMIN1_CUES for w in lw):
        want = "admin1"
    elif any(w in ADMIN2_CUES for w in lw):
        want = "admin2"
    elif any(w in TOWN_CUES for w in lw):
        want = "city"
    return _Cues(want, any(w in REGION_MODIFIERS for w in lw))


def _core(words: list[str]) -> list[str]:
    """Drop determiners, cue words and modifiers from both ends ('the Saada province')."""
    drop = DETERMINERS | ADMIN1_CUES | ADMIN2_CUES | TOWN_CUES | REGION_MODIFIERS | {"city's"}
    w = list(words)
    while w and w[0].casefold() in drop:
        w.pop(0)
    while w and w[-1].casefold() in drop:
        w.pop()
    return w


def score_candidate(
    e: GazetteerEntry, *, context_countries: Sequence[str], want: str | None
) -> float:
    """Score one candidate place (higher is better).

    * match quality: exact key +30, loose key +15, fuzzy +5..+15 (rapidfuzz ratio 88..100);
    * context: +40 if the place is in the first (most relevant) context country, 5 less for each
      later one (floor +20); 0 outside the context countries;
    * kind fit with the cue words: a requested kind +20 (an admin1 also gets +10 when an admin2
      is requested, as Kenyan counties are admin1); without cues a town +10, an admin1 +6, an
      admin2 +3; a town also gets +5 under any admin cue (the unit may be named after it);
    * population: +2 * log10(1 + population) (0..~14), so among equals the larger place wins;
    * the query is the place's own name, not one of its alternate names: +15 ("Bihar" is the
      state, not the town Bihar Sharif that also answers to it).

    Exact before loose is also enforced structurally: loose/fuzzy candidates are only computed
    when no exact candidate exists in a context country.
    """
    s = {"exact": 30.0, "loose": 15.0}.get(e.match, 5.0 + 10.0 * max(0.0, e.score - 88.0) / 12.0)
    if e.country in context_countries:
        s += max(20.0, 40.0 - 5.0 * list(context_countries).index(e.country))
    if want is None:
        s += {"city": 10.0, "admin1": 6.0, "admin2": 3.0}.get(e.kind, 0.0)
    elif e.kind == want:
        s += 20.0
    elif want == "admin2" and e.kind == "admin1":
        s += 10.0
    elif e.kind == "city":
        s += 5.0
    s += 2.0 * math.log10(1 + max(e.population, 0))
    if e.matched and norm_key(e.name) == e.matched:
        s += 15.0
    return s


def _candidates(
    name: str, gazetteer: Gazetteer, context: Sequence[str], want: str | None
) -> list[tuple[float, GazetteerEntry]]:
    kinds = ("city", "admin1", "admin2")
    key = norm_key(name)
    found = gazetteer.lookup(name, kinds=kinds)
    in_ctx = [e for e in found if e.country in context]
    if not context and not found and len(key.split()) > 1:
        # no country in context and no exact name: transliteration variants of a multi-word
        # name anywhere (one-word variants are too ambiguous without a country; never fuzzy)
        found = [
            e
            for e in gazetteer.lookup(name, kinds=kinds, loose=True)
            if e.match == "loose"
            and fuzz.ratio(strip_articles(key), strip_articles(e.matched)) >= LOOSE_MIN_RATIO
        ]
    if context and not in_ctx:
        # transliteration variants, then fuzzy matches, only inside the context countries
        for cc in context:
            found += [
                e
                for e in gazetteer.lookup(name, country=cc, kinds=kinds, loose=True)
                if e.match == "loose"
                and fuzz.ratio(strip_articles(key), strip_articles(e.matched)) >= LOOSE_MIN_RATIO
            ]
        if not any(e.country in context for e in found):
            for cc in context:
                found += gazetteer.fuzzy(name, country=cc, kinds=kinds)
    scored = [(score_candidate(e, context_countries=context, want=want), e) for e in found]
    scored.sort(key=lambda t: -t[0])
    return scored


def _place(e: GazetteerEntry, mention: str, cues: _Cues) -> Place:
    if e.kind == "country":
        return Place(e.name, mention, None, e.country, e.lat, e.lon, "country", e.id, None)
    if e.kind == "admin1":
        precision = "region" if cues.region else "admin1"
        return Place(e.name, mention, e.admin1, e.country, e.lat, e.lon, precision, e.id, None)
    if e.kind == "admin2":
        return Place(e.name, mention, e.admin1, e.country, e.lat, e.lon, "region", e.id, e.admin2)
    precision = "region" if cues.region or cues.want == "admin2" else "town"
    return Place(e.name, mention, e.admin1, e.country, e.lat, e.lon, precision, e.id, e.admin2)


def _words(text: str) -> list[str]:
    text = _POSSESSIVE_RE.sub("", text)
    return _TOKEN_RE.findall(text)


def resolve_place(
    mention: str,
    *,
    context_countries: Sequence[str] = (),
    gazetteer: Gazetteer,
) -> Place | None:
    """Resolve a place mention to a GeoNames place, or None when nothing fits.

    ``context_countries``: ISO-2 codes ordered by relevance (first = most relevant), e.g. the
    countries named in the article. Transliteration (loose key) and fuzzy (rapidfuzz ratio >= 88)
    matching are applied only inside these countries. See the module docstring for the rules
    and :func:`score_candidate` for the ranking.
    """
    if not mention or not mention.strip():
        return None
    context = tuple(c.upper() for c in context_countries if c)
    # Resolution depends only on (mention, context) for a given gazetteer: memoise it, as the
    # extractor resolves the same mentions many times (country context, spans, fallbacks).
    try:
        cache = _RESOLVED.get(gazetteer)
        if cache is None:
            cache = _RESOLVED[gazetteer] = {}
    except TypeError:  # a gazetteer stand-in that cannot be weakly referenced
        return _resolve(mention, context, gazetteer)
    key = (mention, context)
    if key in cache:
        return cache[key]
    if len(cache) >= _RESOLVED_MAX:
        cache.clear()
    place = cache[key] = _resolve(mention, context, gazetteer)
    return place


_RESOLVED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_RESOLVED_MAX = 50_000


def _resolve(mention: str, context: tuple[str, ...], gazetteer: Gazetteer) -> Place | None:
    words = _words(mention)
    if not words:
        return None
    cues = _cues(words)
    core = _core(words)
    if not core:
        return None
    core_name = " ".join(core)

    # 1. countries first
    hits = gazetteer.lookup(core_name, kinds=("country",))
    if hits:
        return _place(hits[0], mention, _Cues(None, False))

    # 2. the whole core name
    scored = _candidates(core_name, gazetteer, context, cues.want)
    if scored and _acceptable(scored[0][1], context):
        return _place(scored[0][1], mention, cues)

    # 3. capitalised sub-spans of a longer phrase. Rank: inside a context country, then
    #    specificity (town/district > admin1 > country), then earliest in the phrase (the head
    #    of 'Douma, about 10 miles east of Damascus'), then score. An admin1 named in the
    #    phrase ('... in Bago region') boosts the places inside it.
    runs = set(_runs(words))
    spans = [sp for sp in _spans(words) if norm_key(" ".join(words[sp[0]:sp[1]])) != norm_key(core_name)]
    found: list[tuple[int, _Cues, float, GazetteerEntry]] = []
    for start, end in spans:
        name = " ".join(words[start:end])
        local = _local_cues(words, start, end)
        hits = gazetteer.lookup(name, kinds=("country",))
        if hits:
            sc = 50.0 + (40.0 if hits[0].country in context else 0.0)
            found.append((start, _Cues(None, False), sc, hits[0]))
            continue
        partial = (start, end) not in runs  # a part of a longer capitalised run
        for sc, e in _candidates(name, gazetteer, context, local.want)[:20]:
            if not partial or e.match == "exact":
                found.append((start, local, sc, e))
    named_admin1 = {
        e.admin1 for _, _, _, e in found
        if e.kind == "admin1" and e.match == "exact" and (not context or e.country in context)
    }
    best = None
    for start, local, sc, e in found:
        if not _acceptable(e, context):
            continue
        if e.kind != "admin1" and e.admin1 in named_admin1:
            sc += 15.0
        fits = local.want is not None and e.kind == local.want
        rank = (e.country in context, SPECIFICITY.get(e.kind, 0), fits, -start, sc)
        if best is None or rank > best[0]:
            best = (rank, e, local)
    if best is not None:
        return _place(best[1], mention, best[2])
    return None


def _local_cues(words: list[str], start: int, end: int) -> _Cues:
    """Cue words next to a sub-span: kind cues from the 3 words before and the word after,
    region modifiers only from the 2 words before ('outskirts of X', 'southern X')."""
    kind = _cues(words[max(0, start - 3):start] + words[end:end + 1])
    region = _cues(words[max(0, start - 2):start])
    return _Cues(kind.want, region.region)


def _acceptable(e: GazetteerEntry, context: Sequence[str]) -> bool:
    """With a context, a place outside it must be an exact match of a sizeable place."""
    if not context or e.country in context:
        return True
    return e.match == "exact" and (e.kind == "country" or e.population >= 100_000)


def _is_cap(w: str) -> bool:
    if w[:1].isupper():
        lw = w.casefold()
        return lw not in _NOT_PLACES and lw not in REGION_MODIFIERS and lw not in _CUE_WORDS
    # al-Nu'man, el-Fasher: an article prefix glued to a capitalised name
    m = re.match(r"(?i)(al|el|ad|ash|as|ar|at|az|an)[-‑](\w)", w)
    return bool(m and m.group(2).isupper())


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised words."""
    runs, i = [], 0
    while i < len(words):
        if _is_cap(words[i]):
            j = i
            while j < len(words) and _is_cap(words[j]):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _spans(words: list[str]) -> list[tuple[int, int]]:
    """All sub-spans (up to 4 words) of runs of capitalised words, longest first."""
    spans = []
    for a, b in _runs(words):
        for n in range(min(4, b - a), 0, -1):
            for s in range(a, b - n + 1):
                spans.append((s, s + n))
    return spans


__all__ = ["resolve_place", "score_candidate"]
