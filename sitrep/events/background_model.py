"""Background decided by a model learned from the gold, over the rules' own decision.

The rules (``background.is_background``) flag an event as background from one cue list and its
age; on the dev set they confuse the earlier days of one ongoing episode (introduced by "a day
after", "following") with separate earlier incidents, and miss incidents of the past few days
recalled as the cause of the news. This logistic regression re-decides the flag of
every final event from ``background_features`` (the rules' flag is one of them). Its weights
ship as JSON (``data/background_model.json``, rebuilt by ``make train`` with
``background_training``); inference is plain Python over that file.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc

from sitrep.errors import SitrepError
from sitrep.events.background_features import AGE_EDGES, background_features, bucket
from sitrep.model import Event

MODEL_FILE = "data/background_model.json"


class BackgroundModelError(SitrepError):
    code = "E022"


@dataclass(frozen=True, slots=True)
class BackgroundModel:
    """A binary logistic regression over named sparse features, and the probability from which
    an event is background (below the rules' strong cases, see :meth:`decide`)."""

    weights: dict[str, float]
    intercept: float
    threshold: float
    about: dict

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-z))

    def decide(self, features: dict[str, float]) -> bool:
        """Background when the rules flag an event more than a month old, or of an earlier month
        and more than a week old (no model doubt there on the dev set; "Saturday 31 March" told on
        Sunday 1 April is left to the model), else when the model says so. Never an event the
        text itself dates on or after the publication day (what happens that day is the news)
        unless a cue before its trigger recalls it ("followed bombings ...": a misdated past), nor,
        with the same exception, one dated inside the days a periodic report says it covers."""
        if ((features.get("age<=0") or features.get("age<=-1")) and not features.get("cue_before")
                and not features.get("flag=date_from_publication")
                and not any(name.startswith("before=") for name in features)):
            return False
        if features.get("in_report_window") and not features.get("cue_before"):
            return False  # an incident of the days a weekly digest or situation report covers
        if features["rule"] and (features.get("long_past") or (features.get("earlier_month") and not _recent(features))):
            return True
        return self.probability(features) >= self.threshold

    def reclassify(self, events: Sequence[Event], doc: Doc, now: dt.date | None) -> list[Event]:
        """The article's events with their background flag decided by :meth:`decide` (``now``:
        the publication or reference day); every event's features are read before any change."""
        decided = [self.decide(background_features(e, doc, events, now)) for e in events]
        return [e if e.background == bg else replace(e, background=bg) for e, bg in zip(events, decided)]

    def to_dict(self) -> dict:
        return {"about": self.about, "threshold": self.threshold, "intercept": round(self.intercept, 6),
                "weights": {n: round(w, 6) for n, w in sorted(self.weights.items()) if round(w, 6) != 0.0}}

    @classmethod
    def from_dict(cls, data: dict) -> BackgroundModel:
        return cls(weights={str(k): float(v) for k, v in data["weights"].items()},
                   intercept=float(data["intercept"]), threshold=float(data["threshold"]),
                   about=dict(data.get("about") or {}))

    @classmethod
    def load(cls, path: str | Path | None = None) -> BackgroundModel:
        """The model shipped in the package, or one written by ``make train`` at ``path``."""
        try:
            text = (Path(path).read_text(encoding="utf-8") if path is not None
                    else resources.files("sitrep.events").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
            return cls.from_dict(json.loads(text))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            where = path or f"sitrep/events/{MODEL_FILE}"
            raise BackgroundModelError(
                f"{where}: cannot read the background model ({exc}). Rebuild it with `make train`") from exc


#: How many days before publication an event is still recent news when the month has just turned.
RECENT_DAYS = 7
#: The age buckets of an event at most RECENT_DAYS old.
_RECENT_AGES = tuple(f"age{bucket(edge)}" for edge in AGE_EDGES if edge <= RECENT_DAYS)


def _recent(features: dict[str, float]) -> bool:
    """Whether the event is dated at most a week before publication: a day of the month before
    is still recent news when the month has just turned."""
    return any(features.get(name) for name in _RECENT_AGES)
