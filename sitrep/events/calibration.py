"""Event confidence learned from the gold: how often an event like this one is right.

The rules give every event a hand-weighted score; on articles the rules were not written for,
events scored >= 0.8 were right only about half the time. This model replaces that score with a
probability: a logistic regression over the event's features (``learned_features``) trained on
whether rule-made events matched a gold event, mapped through an isotonic calibration fitted on
cross-validated (article-level) predictions, so that "0.8" means "right about 8 times in 10" on
articles the model was not trained on. Inference is plain numpy over a small JSON file; training
lives in ``confidence_training`` and needs scikit-learn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from sitrep.errors import SitrepError
from sitrep.events.learned_features import EventFeatures, event_features
from sitrep.model import Event

MODEL_FILE = "data/confidence_model.json"


class ConfidenceModelError(SitrepError):
    code = "E020"


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """A binary logistic regression (sparse named features + a dense vector) and the isotonic
    map from its raw probability to a calibrated one."""

    feature_index: dict[str, int]
    weights: np.ndarray  # one weight per named feature
    vector_weights: np.ndarray  # weights of the dense sentence vector (may be all zero)
    vector_scale: float
    intercept: float
    calibration_x: np.ndarray  # increasing raw probabilities
    calibration_y: np.ndarray  # calibrated probability at each x (non-decreasing)
    about: dict

    def raw_probability(self, features: EventFeatures) -> float:
        z = self.intercept
        for name, value in features.sparse.items():
            col = self.feature_index.get(name)
            if col is not None:
                z += self.weights[col] * value
        if self.vector_scale and features.vector.shape == self.vector_weights.shape:
            z += float(self.vector_weights @ features.vector) * self.vector_scale
        return float(1.0 / (1.0 + np.exp(-z)))

    def probability(self, features: EventFeatures) -> float:
        raw = self.raw_probability(features)
        if not len(self.calibration_x):
            return raw
        return float(np.interp(raw, self.calibration_x, self.calibration_y))

    def rescore(self, events: list[Event], doc: Doc) -> list[Event]:
        """The events with their confidence replaced by the calibrated probability."""
        return [replace(e, confidence=round(self.probability(event_features(e, doc, events)), 3)) for e in events]

    def to_dict(self) -> dict:
        names = sorted(self.feature_index, key=self.feature_index.get)
        return {
            "about": self.about,
            "intercept": self.intercept,
            "weights": {n: round(float(self.weights[self.feature_index[n]]), 6) for n in names
                        if self.weights[self.feature_index[n]] != 0.0},
            "vector_scale": self.vector_scale,
            "vector_weights": [round(float(w), 6) for w in self.vector_weights],
            "calibration": {"x": [round(float(x), 6) for x in self.calibration_x],
                            "y": [round(float(y), 6) for y in self.calibration_y]},
        }

    @classmethod
    def from_dict(cls, data: dict) -> ConfidenceModel:
        weights = data["weights"]
        index = {name: i for i, name in enumerate(weights)}
        return cls(
            feature_index=index,
            weights=np.array([weights[n] for n in index], dtype=np.float64),
            vector_weights=np.array(data.get("vector_weights") or [], dtype=np.float32),
            vector_scale=float(data.get("vector_scale", 0.0)),
            intercept=float(data["intercept"]),
            calibration_x=np.array(data["calibration"]["x"], dtype=np.float64),
            calibration_y=np.array(data["calibration"]["y"], dtype=np.float64),
            about=dict(data.get("about") or {}),
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> ConfidenceModel:
        """The model shipped in the package, or one written by ``make train`` at ``path``."""
        try:
            text = (Path(path).read_text(encoding="utf-8") if path is not None
                    else resources.files("sitrep.events").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
            return cls.from_dict(json.loads(text))
        except (OSError, ValueError, KeyError) as exc:
            where = path or f"sitrep/events/{MODEL_FILE}"
            raise ConfidenceModelError(
                f"{where}: cannot read the confidence model ({exc}). Rebuild it with `make train`") from exc
