"""Precision codes of the two major event datasets, derived from sitrep's precisions.

ACLED codes place and time precision 1-3; UCDP GED codes ``where_prec`` 1-7 and ``date_prec``
1-5. The tables live in ``sitrep/data/precision_codes.json`` so that users can check them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

APPROXIMATE_CUES = ("near ", "outskirts", "outside ", "around ")


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, int]]:
    raw = json.loads(resources.files("sitrep").joinpath("data/precision_codes.json").read_text())
    return {k: v for k, v in raw.items() if not k.startswith("_")}


@dataclass(frozen=True, slots=True)
class PrecisionCodes:
    acled_geo_precision: int | None
    acled_time_precision: int | None
    ucdp_where_prec: int | None
    ucdp_date_prec: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "acled_geo_precision": self.acled_geo_precision,
            "acled_time_precision": self.acled_time_precision,
            "ucdp_where_prec": self.ucdp_where_prec,
            "ucdp_date_prec": self.ucdp_date_prec,
        }


def precision_codes(*, place_precision: str | None, date_precision: str | None, mention: str | None = None,
                    approximate: bool = False) -> PrecisionCodes:
    """The four codes for one event (None where sitrep has no place or no date)."""
    tables = _tables()
    near = approximate or any(cue in (mention or "").lower() for cue in APPROXIMATE_CUES)
    geo_key = f"{place_precision}_approximate" if near and place_precision in {"town", "region"} else place_precision

    def code(table: str, key: str | None) -> int | None:
        if key is None:
            return None
        values = tables[table]
        return values.get(key, values.get(key.removesuffix("_approximate")))

    return PrecisionCodes(
        acled_geo_precision=code("acled_geo_precision", geo_key),
        acled_time_precision=code("acled_time_precision", date_precision),
        ucdp_where_prec=code("ucdp_where_prec", geo_key),
        ucdp_date_prec=code("ucdp_date_prec", date_precision),
    )
