"""RFC 7946 GeoJSON: a FeatureCollection, one Feature per record, coordinates [lon, lat] in
WGS 84. A record with no coordinates keeps its Feature with a null geometry (RFC 7946 3.2),
so a map loses no row; ``unlocated`` (a foreign member) counts them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from sitrep.dataset.cells import coord


def point(place: Any) -> dict[str, Any] | None:
    """A GeoJSON Point of a Place, None when it has no coordinates."""
    if place is None or place.lat is None or place.lon is None:
        return None
    return {"type": "Point", "coordinates": [coord(place.lon), coord(place.lat)]}


def write_geojson(records: Iterable[Any], out: TextIO) -> int:
    """Write records (anything with ``id``, ``location`` and ``to_dict()``: events, incidents
    and their export records) as one FeatureCollection; the number of features."""
    features = [{"type": "Feature", "id": r.id, "geometry": point(r.location), "properties": r.to_dict()}
                for r in records]
    unlocated = sum(f["geometry"] is None for f in features)
    json.dump({"type": "FeatureCollection", "features": features, "unlocated": unlocated}, out,
              ensure_ascii=False)
    out.write("\n")
    return len(features)
