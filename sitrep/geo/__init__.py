"""The place layer: a GeoNames gazetteer index and a toponym resolver (see docs/geo.md)."""

from sitrep.geo.gazetteer import Gazetteer, GazetteerEntry, build_gazetteer, default_gazetteer
from sitrep.geo.resolver import resolve_place

__all__ = ["Gazetteer", "GazetteerEntry", "build_gazetteer", "default_gazetteer", "resolve_place"]
