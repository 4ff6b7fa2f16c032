"""Events as columns: what the pair score reads of each event, once, in numpy arrays.

Scoring a million events pair by pair in Python takes hours; scoring arrays of candidate pairs
takes seconds. Each event is read once here with the scalar functions of ``score`` (its day,
its loose date, its named actors, its content words), strings are interned to integers, and
``sitrep.incidents.fastscore`` then compares whole arrays of pairs. The table only grows
(``extend``), which is what incremental linking needs.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence

import numpy as np

from sitrep.events.merge import place_key, same_kind
from sitrep.incidents.score import (
    COARSE,
    Weights,
    content_words,
    country_of,
    event_day,
    load_weights,
    loosely_dated,
    named_actor,
    type_level,
)
from sitrep.model import Actor, Event

NONE = -1  # an interned field the event does not have


class Interner:
    """Strings (or tuples) to dense integers, in order of first sight."""

    def __init__(self) -> None:
        self.index: dict[object, int] = {}
        self.values: list[object] = []

    def __call__(self, value: object) -> int:
        if value is None:
            return NONE
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.values)
            self.values.append(value)
        return found


_INT = ("article", "country", "day", "admin1", "place", "kind", "actor1", "actor2")
_BOOL = ("loose", "located", "coarse")
_FLOAT = ("lat", "lon", "fatalities")
_DTYPES = {"q": np.int64, "b": np.bool_, "d": np.float64, "i": np.int32}


class EventTable:
    """The scored fields of events, one row per event, appended in batches.

    ``kind`` interns (sub-type, event type, actor2 type): the type comparison and the
    same-article conflict of clustering depend on nothing else, so they are looked up in
    small tables (``type_weights``, ``same_kind``) computed with the scalar functions.
    """

    def __init__(self, weights: Weights | None = None) -> None:
        self.weights = weights or load_weights()
        self.ids: list[str] = []
        self.articles, self.countries, self.admin1s = Interner(), Interner(), Interner()
        self.places, self.kinds, self.actors, self.words = Interner(), Interner(), Interner(), Interner()
        self._cols: dict[str, array] = {name: array("q") for name in _INT}
        self._cols.update({name: array("b") for name in _BOOL})
        self._cols.update({name: array("d") for name in _FLOAT})
        self._word_ids = array("i")
        self._word_offsets = array("q", [0])
        self._kind_tables: tuple[np.ndarray, np.ndarray] | None = None
        self.cols: dict[str, np.ndarray] = {}
        self.word_ids = np.zeros(0, dtype=np.int32)
        self.word_offsets = np.zeros(1, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    def __getattr__(self, name: str) -> np.ndarray:
        cols = self.__dict__.get("cols")
        if cols is not None and name in cols:
            return cols[name]
        raise AttributeError(name)

    def extend(self, events: Iterable[Event]) -> range:
        """Append events (read once, not kept); returns their row numbers."""
        start = len(self.ids)
        self.cols, self.word_ids, self.word_offsets = {}, np.zeros(0, np.int32), np.zeros(1, np.int64)  # release the views
        c, w = self._cols, self.weights
        nan = float("nan")
        for e in events:
            self.ids.append(e.id)
            c["article"].append(self.articles(e.article_id))
            c["country"].append(self.countries(country_of(e)))
            day = event_day(e)
            c["day"].append(day.toordinal() if day is not None else NONE)
            c["loose"].append(loosely_dated(e))
            place = e.location
            c["located"].append(place is not None)
            c["coarse"].append(place is not None and place.precision in COARSE)
            c["admin1"].append(self.admin1s(place.admin1 or None) if place is not None else NONE)
            c["place"].append(self.places(place_key(place)) if place is not None else NONE)
            has_point = place is not None and place.lat is not None and place.lon is not None
            c["lat"].append(place.lat if has_point else nan)  # type: ignore[union-attr,arg-type]
            c["lon"].append(place.lon if has_point else nan)  # type: ignore[union-attr,arg-type]
            c["kind"].append(self.kinds(kind_key(e)))
            c["actor1"].append(self.actors(named_actor(e, "actor1", w)))
            c["actor2"].append(self.actors(named_actor(e, "actor2", w)))
            c["fatalities"].append(nan if e.fatalities.best is None else float(e.fatalities.best))
            self._word_ids.extend(sorted(self.words(x) for x in content_words(e, w.stopwords)))
            self._word_offsets.append(len(self._word_ids))
        # views on the growing buffers, not copies: a million rows are ~100 MB
        self.cols = {name: np.frombuffer(col, dtype=_DTYPES[col.typecode]) for name, col in c.items()}
        self.word_ids = np.frombuffer(self._word_ids, dtype=np.int32)
        self.word_offsets = np.frombuffer(self._word_offsets, dtype=np.int64)
        self._kind_tables = None
        return range(start, len(self.ids))

    def precise(self) -> np.ndarray:
        """Which rows are points (``score.precisely_placed``): a town place with coordinates."""
        return self.located & ~self.coarse & ~np.isnan(self.lat) & ~np.isnan(self.lon)

    def kind_tables(self) -> tuple[np.ndarray, np.ndarray]:
        """(type weight, same kind) for every two interned kinds (see ``kind_tables``)."""
        if self._kind_tables is None:
            self._kind_tables = kind_tables(self.kinds.values, self.weights)  # type: ignore[arg-type]
        return self._kind_tables


def kind_key(event: Event) -> tuple[str, str, str | None]:
    """What the type comparison and ``same_kind`` read of an event."""
    return (event.sub_event_type, event.event_type, event.actor2.type if event.actor2 else None)


def kind_tables(keys: Sequence[tuple[str, str, str | None]], weights: Weights
                ) -> tuple[np.ndarray, np.ndarray]:
    """The type weight and ``merge.same_kind`` of every two kind keys, from the scalar
    functions on stand-in events."""
    stand_ins = [Event(id="", article_id="", event_type=etype, sub_event_type=sub,  # type: ignore[arg-type]
                       date=None, date_precision="day", location=None,
                       actor2=Actor("-", a2type) if a2type else None)  # type: ignore[arg-type]
                 for sub, etype, a2type in keys]
    k = len(stand_ins)
    weight, kin = np.zeros((k, k)), np.zeros((k, k), dtype=bool)
    for i, a in enumerate(stand_ins):
        for j, b in enumerate(stand_ins):
            weight[i, j] = weights.weight("type", type_level(a, b))
            kin[i, j] = same_kind(a, b)
    return weight, kin
