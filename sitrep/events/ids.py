"""Event ids derived from what the event is — its article, its type family, its place and its
day — not from the wording around it, so that an id survives a change of an unrelated rule or
sentence. Events of one article that share all four are told apart by their order in the text.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence

from sitrep.model import Place

#: Decimal places of the coordinates that stand for a place without a GeoNames id (about 1 km).
COORD_DIGITS = 2


def place_identity(place: Place | None) -> str:
    """A place as an id part: its GeoNames id, else its rounded point, else its name."""
    if place is None:
        return "-"
    if place.geonames_id is not None:
        return f"g{place.geonames_id}"
    if place.lat is not None and place.lon is not None:
        return f"{place.lat:.{COORD_DIGITS}f},{place.lon:.{COORD_DIGITS}f}"
    return f"{place.country or ''}:{' '.join(place.name.casefold().split())}"


def identity_key(article_id: str, event_type: str, place: Place | None, date: str | None) -> str:
    """What an event is: its article, event type (the sub-type's family), place and day."""
    return "|".join((article_id, event_type, place_identity(place), date or "-"))


def event_ids(keys: Sequence[str]) -> list[str]:
    """One id per identity key (:func:`identity_key`, in the events' text order): the key's
    hash, and for the n-th event of a key already taken in the article, the key with ``#n``."""
    seen: Counter[str] = Counter()
    out = []
    for key in keys:
        n = seen[key]
        seen[key] += 1
        text = key if n == 0 else f"{key}#{n}"
        out.append("e" + hashlib.sha1(text.encode()).hexdigest()[:15])
    return out
