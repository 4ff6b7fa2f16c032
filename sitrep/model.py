"""The typed data model: what sitrep reads (Article) and what it produces (Event).

Field names and vocabularies follow ``shared/eval/FORMAT.md`` so that an Event's ``to_dict()`` is
directly comparable with the hand-annotated gold. Every extracted value can carry an Evidence
span (half-open character offsets into ``Article.text``), because provenance is the product.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, get_args

EventType = Literal[
    "battles",
    "explosions_remote_violence",
    "violence_against_civilians",
    "protests",
    "riots",
    "strategic_developments",
]

SubEventType = Literal[
    "armed_clash",
    "government_regains_territory",
    "non_state_actor_overtakes_territory",
    "chemical_weapon",
    "air_drone_strike",
    "suicide_bomb",
    "shelling_artillery_missile_attack",
    "remote_explosive_landmine_ied",
    "grenade",
    "sexual_violence",
    "attack",
    "abduction_forced_disappearance",
    "excessive_force_against_protesters",
    "protest_with_intervention",
    "peaceful_protest",
    "violent_demonstration",
    "mob_violence",
    "agreement",
    "arrests",
    "change_to_group_activity",
    "disrupted_weapons_use",
    "headquarters_or_base_established",
    "looting_property_destruction",
    "non_violent_transfer_of_territory",
    "other",
]

ActorType = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_other",
    "unknown",
]

DatePrecision = Literal["day", "week", "month", "year"]
PlacePrecision = Literal["town", "region", "admin1", "country"]

#: The typology of FORMAT.md: event_type -> allowed sub_event_types.
SUB_EVENT_TYPES_BY_TYPE: dict[str, tuple[str, ...]] = {
    "battles": ("armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"),
    "explosions_remote_violence": (
        "chemical_weapon",
        "air_drone_strike",
        "suicide_bomb",
        "shelling_artillery_missile_attack",
        "remote_explosive_landmine_ied",
        "grenade",
    ),
    "violence_against_civilians": ("sexual_violence", "attack", "abduction_forced_disappearance"),
    "protests": ("excessive_force_against_protesters", "protest_with_intervention", "peaceful_protest"),
    "riots": ("violent_demonstration", "mob_violence"),
    "strategic_developments": (
        "agreement",
        "arrests",
        "change_to_group_activity",
        "disrupted_weapons_use",
        "headquarters_or_base_established",
        "looting_property_destruction",
        "non_violent_transfer_of_territory",
        "other",
    ),
}

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
SUB_EVENT_TYPES: tuple[str, ...] = get_args(SubEventType)
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)
DATE_PRECISIONS: tuple[str, ...] = get_args(DatePrecision)
PLACE_PRECISIONS: tuple[str, ...] = get_args(PlacePrecision)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A half-open character span of the article text that supports a value."""

    start_char: int
    end_char: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start_char": self.start_char, "end_char": self.end_char, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(int(data["start_char"]), int(data["end_char"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved (or, with lat/lon None, unresolved) place."""

    name: str
    mention: str | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = "town"
    geonames_id: int | None = None
    admin2: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["lat"] is not None:
            data["lat"] = round(data["lat"], 4)
        if data["lon"] is not None:
            data["lon"] = round(data["lon"], 4)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Actor:
    """A normalised actor; ``mention`` keeps the raw words when no dictionary entry matched."""

    name: str
    type: ActorType = "unknown"
    mention: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Fatalities:
    best: int | None = None
    low: int | None = None
    high: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"best": self.best, "low": self.low, "high": self.high}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Fatalities:
        data = data or {}
        return cls(data.get("best"), data.get("low"), data.get("high"))


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. ``id`` is a content hash so that re-ingesting is idempotent."""

    id: str
    text: str
    published: str | None = None  # ISO date YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str = "en"

    @staticmethod
    def make_id(*, text: str, url: str | None = None) -> str:
        """Stable id: hash of the normalised URL when there is one, else of the text."""
        key = (url or "").strip().lower().rstrip("/") or " ".join(text.split())
        return "a" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class Event:
    """One event: one type of action, at one place, on one day, by the same actors.

    ``evidence`` holds the span(s) of the sentence(s) stating the event; ``field_evidence`` maps
    a field name (``sub_event_type``, ``date``, ``location``, ``actor1``, ``actor2``,
    ``fatalities``, ``injured``, ``reported_by``, ``background``) to the span supporting it.
    """

    id: str
    article_id: str
    event_type: EventType
    sub_event_type: SubEventType
    date: str | None
    date_precision: DatePrecision
    location: Place | None
    actor1: Actor | None = None
    actor2: Actor | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    injured: int | None = None
    reported_by: tuple[str, ...] = ()
    background: bool = False
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()
    field_evidence: tuple[tuple[str, Evidence], ...] = ()
    flags: tuple[str, ...] = ()
    pipeline_version: str = ""

    def precision_codes(self):
        """ACLED and UCDP precision codes of this event (see ``sitrep.precision``)."""
        from sitrep.precision import precision_codes

        return precision_codes(
            place_precision=self.location.precision if self.location else None,
            date_precision=self.date_precision if self.date else None,
            mention=self.location.mention if self.location else None,
            approximate="location_approximate" in self.flags,
        )

    def to_dict(self) -> dict[str, Any]:
        """The FORMAT.md shape (``evidence`` is the joined sentence text) plus provenance."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "actor1": self.actor1.name if self.actor1 else None,
            "actor1_type": self.actor1.type if self.actor1 else None,
            "actor2": self.actor2.name if self.actor2 else None,
            "actor2_type": self.actor2.type if self.actor2 else None,
            "actor1_mention": self.actor1.mention if self.actor1 else None,
            "actor1_country": self.actor1.country if self.actor1 else None,
            "actor2_mention": self.actor2.mention if self.actor2 else None,
            "actor2_country": self.actor2.country if self.actor2 else None,
            "fatalities": self.fatalities.to_dict(),
            "injured": self.injured,
            "reported_by": list(self.reported_by),
            "evidence": " ".join(e.text for e in self.evidence),
            "background": self.background,
            "confidence": round(self.confidence, 3),
            "evidence_spans": [e.to_dict() for e in self.evidence],
            "field_evidence": {name: ev.to_dict() for name, ev in self.field_evidence},
            "flags": list(self.flags),
            "precision_codes": self.precision_codes().to_dict(),
            "pipeline_version": self.pipeline_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        def actor(prefix: str) -> Actor | None:
            name = data.get(prefix)
            if not name:
                return None
            return Actor(name, data.get(f"{prefix}_type") or "unknown",
                         data.get(f"{prefix}_mention"), data.get(f"{prefix}_country"))

        return cls(
            id=data.get("id", ""),
            article_id=data.get("article_id", ""),
            event_type=data["event_type"],
            sub_event_type=data["sub_event_type"],
            date=data.get("date"),
            date_precision=data.get("date_precision") or "day",
            location=Place.from_dict(data["location"]) if data.get("location") else None,
            actor1=actor("actor1"),
            actor2=actor("actor2"),
            fatalities=Fatalities.from_dict(data.get("fatalities")),
            injured=data.get("injured"),
            reported_by=tuple(data.get("reported_by") or ()),
            background=bool(data.get("background", False)),
            confidence=float(data.get("confidence", 0.5)),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence_spans") or ()),
            field_evidence=tuple(
                (k, Evidence.from_dict(v)) for k, v in (data.get("field_evidence") or {}).items()
            ),
            flags=tuple(data.get("flags") or ()),
            pipeline_version=data.get("pipeline_version", ""),
        )
