"""Adding a larger GeoNames extract to the index: ``sitrep gazetteer add SY.zip``.

The packaged data stops at populated places of 500 people and admin units; villages, rivers,
wadis, mountains, camps and airports are missing. GeoNames publishes every country as one
dump (``https://download.geonames.org/export/dump/SY.zip``, tab-separated, 19 columns; the
file ``allCountries.zip`` has them all). A user who has such a file adds it to the index here;
nothing is downloaded. Populated places (feature class P) become towns (kind ``city``); the
other classes a user asks for (default: H water, T relief, L areas, S spots, V vegetation)
become ``feature`` places, which the resolver places at precision ``region``. Places already
in the index (same GeoNames id) are left alone, so adding the same dump twice changes nothing.
A rebuild (``sitrep gazetteer build --force``) starts again from the packaged data.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sitrep.geo.gazetteer import _good_alt, _key_variants, default_path
from sitrep.geo.normalize import is_latin, loose_from_norm, norm_key

#: GeoNames feature classes added as ``feature`` places by default (P is always added).
DEFAULT_CLASSES = "HTLSV"


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``add_geonames_dump`` did: rows read, towns and features added, rows skipped."""

    read: int
    towns: int
    features: int
    skipped: int


class DumpError(ValueError):
    """The file is not a GeoNames dump."""


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not names:
                raise DumpError(f"{path}: no .txt dump inside the zip file")
            with z.open(names[0]) as f:
                yield from io.TextIOWrapper(f, encoding="utf-8-sig")
    else:
        with open(path, encoding="utf-8-sig") as f:
            yield from f


def add_geonames_dump(dump: str | Path, index: str | Path | None = None, *,
                      classes: str = DEFAULT_CLASSES) -> AddResult:
    """Add the places of a GeoNames dump file (``.txt`` or ``.zip``) to the index at ``index``
    (default: the cache index, which must exist). Raises DumpError on a file that is not a
    GeoNames dump (checked on its first line)."""
    dump = Path(dump)
    target = Path(index) if index is not None else default_path()
    if not target.exists():
        raise FileNotFoundError(f"{target}: no gazetteer index (run `sitrep gazetteer build` first)")
    wanted = set("P") | set(classes.upper())
    con = sqlite3.connect(target)
    try:
        return _add(dump, con, wanted)
    except UnicodeDecodeError as exc:
        raise DumpError(f"{dump}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except zipfile.BadZipFile as exc:
        raise DumpError(f"{dump}: not a zip file ({exc})") from exc
    finally:
        con.close()


#: Rows inserted per batch (allCountries has ~12 million).
BATCH = 50_000


def _add(dump: Path, con: sqlite3.Connection, wanted: set[str]) -> AddResult:
    """Insert the dump's new places (one transaction; rows of known ids are skipped)."""
    known = {r[0] for r in con.execute("SELECT gid FROM places WHERE gid IS NOT NULL")}
    admin1 = dict(con.execute("SELECT admin1_code, name FROM places WHERE kind='admin1'"))
    next_rid = (con.execute("SELECT MAX(rid) FROM places").fetchone()[0] or 0) + 1
    read = towns = features = skipped = 0
    place_rows, name_rows = [], []
    for lineno, line in enumerate(_lines(dump), 1):
        cols = line.rstrip("\n").split("\t")
        row = _parse(cols)
        if row is None:
            if lineno == 1:
                raise DumpError(f"{dump}: line 1 is not a GeoNames dump row (19 tab-separated columns)")
            skipped += 1
            continue
        read += 1
        gid, name, alts, lat, lon, fclass, cc, a1code, pop = row
        if gid in known or fclass not in wanted:
            skipped += 1
            continue
        kind = "city" if fclass == "P" else "feature"
        code = f"{cc}.{a1code}" if a1code else None
        place_rows.append((next_rid, gid, name, kind, cc, admin1.get(code), None, lat, lon, pop, code,
                           None, None, 0))
        keys = {v for n in [name, *(a for a in alts.split(",") if a and _good_alt(a, name))]
                if is_latin(n) for v in _key_variants(norm_key(n)) if v}
        name_rows += [(k, loose_from_norm(k), next_rid, cc) for k in keys]
        known.add(gid)
        next_rid += 1
        towns += kind == "city"
        features += kind == "feature"
        if len(place_rows) >= BATCH:
            _insert(con, place_rows, name_rows)
    if not read:
        raise DumpError(f"{dump}: no GeoNames rows in the file")
    _insert(con, place_rows, name_rows)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('places', (SELECT COUNT(*) FROM places))")
    prev = con.execute("SELECT v FROM meta WHERE k='added'").fetchone()
    added = ((prev[0] + "\n") if prev else "") + f"{dump.name}\t{towns}\t{features}"
    con.execute("INSERT OR REPLACE INTO meta VALUES ('added', ?)", (added,))
    con.commit()
    return AddResult(read, towns, features, skipped)


def _parse(cols: list[str]) -> tuple | None:
    """(gid, name, alternate names, lat, lon, feature class, country, admin1 code, population)
    of one dump row, or None when it is not one (wrong columns, bad numbers)."""
    if len(cols) < 19 or not cols[0].isdigit():
        return None
    try:
        lat, lon, pop = float(cols[4]), float(cols[5]), int(cols[14] or 0)
    except ValueError:
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return int(cols[0]), cols[1], cols[3], lat, lon, cols[6], cols[8], cols[10], pop


def _insert(con: sqlite3.Connection, place_rows: list, name_rows: list) -> None:
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", place_rows)
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?)", name_rows)
    place_rows.clear()
    name_rows.clear()


__all__ = ["AddResult", "DEFAULT_CLASSES", "DumpError", "add_geonames_dump"]
