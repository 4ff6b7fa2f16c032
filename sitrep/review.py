"""Human review of extracted events, kept as records beside the machine's values.

A review never changes an event, an incident or an earlier record: ``add_review`` appends one
record (who, when, action, field, value before and after) in the ``reviews`` table and one
``reviewed`` entry in the change feed, in one transaction. What a reader sees — the status and
the corrected values — is derived from the records (``review_state``), so every step can be
traced and undone by a later record.

Actions: ``accept``, ``reject``, ``correct`` (one of ``FIELDS``) and ``move`` (to another
incident). The status after a record: ``rejected`` after a reject; after an accept,
``corrected`` if the event has corrections, else ``accepted``; ``corrected`` after a correction
or a move.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sitrep.model import ACTOR_TYPES, PLACE_PRECISIONS, SUB_EVENT_TYPES, SUB_EVENT_TYPES_BY_TYPE
from sitrep.store.sql import SQLStore

ACTIONS = ("accept", "reject", "correct", "move")
FIELDS = ("sub_event_type", "date", "location", "actor1", "actor2", "fatalities")
STATUSES = ("unreviewed", "accepted", "rejected", "corrected")
CHUNK = 400
MAX_NOTE = 2000


class ReviewError(ValueError):
    """A review that cannot be recorded (the message names the field and the problem)."""

    def __init__(self, message: str, *, field: str = "value", not_found: bool = False) -> None:
        super().__init__(message)
        self.field = field
        self.not_found = not_found


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    id: int
    event_id: str
    action: str
    field: str | None
    before: Any
    after: Any
    reviewer: str
    at: str
    note: str | None
    version: int | None
    status: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "event_id": self.event_id, "action": self.action,
                "field": self.field, "before": self.before, "after": self.after,
                "reviewer": self.reviewer, "at": self.at, "note": self.note,
                "version": self.version, "status": self.status}


@dataclass(frozen=True, slots=True)
class ReviewState:
    """What the records of one event add up to."""

    status: str = "unreviewed"
    corrected: dict[str, Any] = field(default_factory=dict)
    records: tuple[ReviewRecord, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "corrected": dict(self.corrected),
                "records": [r.to_dict() for r in self.records]}


_COLUMNS = "id, event_id, action, field, before, after, reviewer, at, note, version, status"


def _record(row: Any) -> ReviewRecord:
    values = list(row)
    values[4] = json.loads(values[4]) if values[4] is not None else None
    values[5] = json.loads(values[5]) if values[5] is not None else None
    return ReviewRecord(*values)


def records_for(store: SQLStore, event_ids: Iterable[str]) -> dict[str, list[ReviewRecord]]:
    """Every review record of these events, oldest first, by event id."""
    out: dict[str, list[ReviewRecord]] = {}
    ids = sorted(set(event_ids))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        rows = store._exec(f"SELECT {_COLUMNS} FROM reviews WHERE event_id IN "
                           f"({', '.join('?' for _ in chunk)}) ORDER BY id", chunk).fetchall()
        for row in rows:
            record = _record(row)
            out.setdefault(record.event_id, []).append(record)
    return out


def review_state(records: Iterable[ReviewRecord]) -> ReviewState:
    """The status and corrected values the records (oldest first) add up to."""
    records = tuple(records)
    corrected: dict[str, Any] = {}
    for record in records:
        if record.action == "correct" and record.field:
            corrected[record.field] = record.after
            if record.field == "sub_event_type":
                corrected["event_type"] = event_type_of(record.after)
        elif record.action == "move":
            corrected["incident_id"] = record.after
    status = records[-1].status if records else "unreviewed"
    return ReviewState(status, corrected, records)


def event_type_of(sub_event_type: str) -> str:
    return next(t for t, subs in SUB_EVENT_TYPES_BY_TYPE.items() if sub_event_type in subs)


def machine_value(event: Mapping[str, Any], name: str, incident_id: str | None = None) -> Any:
    """The machine's value of a reviewable field, in the shape a correction gives it."""
    if name in ("actor1", "actor2"):
        return {"name": event[name], "type": event[f"{name}_type"]} if event.get(name) else None
    if name == "incident_id":
        return incident_id
    return event.get(name)


def apply_corrections(event: Mapping[str, Any], corrected: Mapping[str, Any]) -> dict[str, Any]:
    """The event dict (``Event.to_dict()`` shape) with the corrected values in place."""
    out = dict(event)
    for name, value in corrected.items():
        if name in ("actor1", "actor2"):
            out[name] = value["name"] if value else None
            out[f"{name}_type"] = value["type"] if value else None
        elif name != "incident_id":
            out[name] = value
    return out


# -- validating a correction -------------------------------------------------------------------

def _text(name: str, value: Any, *, required: bool = True, limit: int = 200) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise ReviewError(f"{name}: a non-empty string of at most {limit} characters")
    return value.strip()


def _count(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10_000_000:
        raise ReviewError(f"{name}: an integer from 0 to 10,000,000, or null")
    return value


def _number(name: str, value: Any, bound: float) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not -bound <= value <= bound:
        raise ReviewError(f"{name}: a number from -{bound:g} to {bound:g}, or null")
    return round(float(value), 4)


def _only(name: str, value: Any, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReviewError(f"{name}: an object")
    extra = sorted(set(value) - keys)
    if extra:
        raise ReviewError(f"{name}: unknown key(s) {', '.join(extra)}; allowed: "
                          f"{', '.join(sorted(keys))}")
    return value


def normalise_value(name: str, value: Any) -> Any:
    """A corrected value in its stored shape; ReviewError saying what the field takes."""
    if name == "sub_event_type":
        if value not in SUB_EVENT_TYPES:
            raise ReviewError(f"value: a sub-event type, one of {', '.join(SUB_EVENT_TYPES)}")
        return value
    if name == "date":
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ReviewError("value: a YYYY-MM-DD date") from None
    if name == "location":
        v = _only("value", value, {"name", "mention", "country", "admin1", "admin2", "lat", "lon",
                                   "precision", "geonames_id"})
        country = _text("value.country", v.get("country"), required=False, limit=2)
        if country is not None and (len(country) != 2 or not country.isalpha()):
            raise ReviewError("value.country: an ISO 3166-1 alpha-2 code")
        precision = v.get("precision", "town")
        if precision not in PLACE_PRECISIONS:
            raise ReviewError(f"value.precision: one of {', '.join(PLACE_PRECISIONS)}")
        lat, lon = _number("value.lat", v.get("lat"), 90), _number("value.lon", v.get("lon"), 180)
        if (lat is None) != (lon is None):
            raise ReviewError("value: lat and lon come together (both or neither)")
        geonames = v.get("geonames_id")
        if geonames is not None and (isinstance(geonames, bool) or not isinstance(geonames, int)):
            raise ReviewError("value.geonames_id: an integer or null")
        return {"name": _text("value.name", v.get("name")),
                "mention": _text("value.mention", v.get("mention"), required=False),
                "admin1": _text("value.admin1", v.get("admin1"), required=False),
                "admin2": _text("value.admin2", v.get("admin2"), required=False),
                "country": country.upper() if country else None, "lat": lat, "lon": lon,
                "precision": precision, "geonames_id": geonames}
    if name in ("actor1", "actor2"):
        if value is None:
            if name == "actor1":
                raise ReviewError("value: actor1 cannot be removed (use actor type 'unknown')")
            return None
        v = _only("value", value, {"name", "type"})
        kind = v.get("type", "unknown")
        if kind not in ACTOR_TYPES:
            raise ReviewError(f"value.type: one of {', '.join(ACTOR_TYPES)}")
        return {"name": _text("value.name", v.get("name")), "type": kind}
    if name == "fatalities":
        v = _only("value", value, {"best", "low", "high"})
        out = {k: _count(f"value.{k}", v.get(k)) for k in ("best", "low", "high")}
        if out["low"] is not None and out["high"] is not None and out["low"] > out["high"]:
            raise ReviewError("value: low is above high")
        return out
    raise ReviewError(f"field: one of {', '.join(FIELDS)}", field="field")


# -- recording ---------------------------------------------------------------------------------

def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def add_review(store: SQLStore, event_id: str, *, action: str, reviewer: str,
               field: str | None = None, value: Any = None, note: str | None = None
               ) -> ReviewRecord:
    """Record one review of a stored event (and its change-feed entry) in one transaction.
    ReviewError when the event is unknown or the review does not make sense."""
    if action not in ACTIONS:
        raise ReviewError(f"action: one of {', '.join(ACTIONS)}", field="action")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
        raise ReviewError(f"note: a string of at most {MAX_NOTE} characters", field="note")
    if action == "correct":
        if field not in FIELDS:
            raise ReviewError(f"field: one of {', '.join(FIELDS)}", field="field")
        value = normalise_value(field, value)
    elif field is not None:
        raise ReviewError(f"field: only a correction names a field, not {action}", field="field")
    with store.transaction():
        # one review of an event at a time: `before` is the value the previous record left
        store._lock_article(f"review:{event_id}")
        row = store._exec("SELECT e.json, l.incident_id FROM events e LEFT JOIN incident_links l "
                          "ON l.event_id = e.id WHERE e.id = ?", (event_id,)).fetchone()
        if row is None:
            raise ReviewError(f"event {event_id}: no such event", not_found=True)
        event, machine_incident = json.loads(row[0]), row[1]
        state = review_state(records_for(store, [event_id]).get(event_id, []))
        if action == "move":
            target = _text("value", value, limit=40)
            if store._exec("SELECT 1 FROM incidents WHERE id = ?", (target,)).fetchone() is None:
                raise ReviewError(f"value: no incident {target!r} to move the event to")
            field, value = "incident_id", target
        if action in ("accept", "reject"):
            before, after = state.status, None
            status = "rejected" if action == "reject" else (
                "corrected" if any(r.action in ("correct", "move") for r in state.records)
                else "accepted")
            after = status
        else:
            assert field is not None
            before = state.corrected.get(field, machine_value(event, field, machine_incident))
            after, status = value, "corrected"
        detail = action if action != "correct" else f"correct {field}"
        incident = state.corrected.get("incident_id", machine_incident)
        version = int(store._exec(
            "INSERT INTO changes (kind, incident_id, event_id, detail, at) VALUES "
            "('reviewed', ?, ?, ?, ?) RETURNING version",
            (incident, event_id, detail, _now())).fetchone()[0])
        stored_field = None if action in ("accept", "reject") else field
        new_id = store._exec(
            "INSERT INTO reviews (event_id, action, field, before, after, reviewer, at, note, "
            "version, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (event_id, action, stored_field, _dump(before), _dump(after), reviewer, _now(), note,
             version, status)).fetchone()[0]
        row = store._exec(f"SELECT {_COLUMNS} FROM reviews WHERE id = ?", (new_id,)).fetchone()
    return _record(row)
