"""The city news means by "the capital" of a country.

The index marks each country's official capital (``capital``, from the packaged country table,
GeoNames' PPLC). For a few countries the seat of government, the city reporters call "the
capital", is another one (Bujumbura rather than Gitega, La Paz rather than Sucre, Abidjan
rather than Yamoussoukro): ``data/seat_capitals.tsv`` lists them. Kept outside
:mod:`sitrep.geo.gazetteer` on purpose: the index is named after that module's code, and this
reads the index without changing it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.geo.gazetteer import Gazetteer, GazetteerEntry


@lru_cache(maxsize=1)
def seat_capitals() -> dict[str, str]:
    """ISO-2 -> the city news calls the capital where the official capital differs."""
    out: dict[str, str] = {}
    text = resources.files("sitrep.geo").joinpath("data/seat_capitals.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            cc, name = line.split("\t")[:2]
            out[cc.strip().upper()] = name.strip()
    return out


def capital_of(iso2: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The country's capital as news means it: its seat of government where listed, else the
    national capital the index marks (the most populous, should it mark several); None for a
    country without one."""
    cc = iso2.upper()
    seat = seat_capitals().get(cc)
    if seat is not None:
        found = gazetteer.lookup(seat, country=cc, kinds=("city",))
        if found:
            return found[0]
    found = _capitals(cc, gazetteer)
    return found[0] if found else None


def _capitals(cc: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The index's national capitals of one country, most populous first."""
    db = gazetteer._db()
    with gazetteer._lock:
        rows = db.execute(f"SELECT p.rid, {gazetteer._COLS}, p.name FROM places p WHERE p.capital=1 AND p.country=?",
                          (cc,)).fetchall()
    return list(gazetteer._rows_to_entries(rows, "exact"))


__all__ = ["capital_of", "seat_capitals"]
