"""The learned event confidence: the shipped model, its calibration, rescoring, training."""

from __future__ import annotations

import json

import numpy as np
import pytest

import sitrep
from sitrep.events.calibration import ConfidenceModel, ConfidenceModelError
from sitrep.events.learned_features import EventFeatures, event_features


def _features(**sparse: float) -> EventFeatures:
    return EventFeatures(sparse={"bias": 1.0, **sparse}, vector=np.zeros(300, dtype=np.float32))


def test_shipped_model_loads_and_its_calibration_is_monotone():
    model = ConfidenceModel.load()
    assert model.feature_index and model.about.get("trained_on")
    assert np.all(np.diff(model.calibration_x) >= 0)
    assert np.all(np.diff(model.calibration_y) >= 0)
    assert 0.0 <= model.probability(_features()) <= 1.0


def test_round_trip_keeps_every_probability(tmp_path):
    model = ConfidenceModel.load()
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    again = ConfidenceModel.load(path)
    for sparse in ({}, {"place=town": 1.0, "date=day": 1.0}, {"place=country": 1.0, "flag=weak": 1.0}):
        assert again.probability(_features(**sparse)) == pytest.approx(model.probability(_features(**sparse)))


def test_unreadable_model_is_one_clear_error(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfidenceModelError, match="model.json: cannot read the confidence model"):
        ConfidenceModel.load(bad)


def test_calibration_maps_raw_scores_through_the_isotonic_points():
    model = ConfidenceModel(feature_index={"strong": 0}, weights=np.array([4.0]),
                            vector_weights=np.zeros(0, dtype=np.float32), vector_scale=0.0,
                            intercept=-2.0, calibration_x=np.array([0.1, 0.5, 0.9]),
                            calibration_y=np.array([0.2, 0.3, 0.6]), about={})
    weak = model.probability(EventFeatures({"bias": 1.0}, np.zeros(0, dtype=np.float32)))
    strong = model.probability(EventFeatures({"strong": 1.0}, np.zeros(0, dtype=np.float32)))
    assert weak == pytest.approx(np.interp(1 / (1 + np.exp(2.0)), [0.1, 0.5, 0.9], [0.2, 0.3, 0.6]))
    assert strong == pytest.approx(np.interp(1 / (1 + np.exp(-2.0)), [0.1, 0.5, 0.9], [0.2, 0.3, 0.6]))
    assert strong > weak


@pytest.mark.model
def test_extracted_events_carry_the_calibrated_confidence(nlp):
    from dataclasses import replace

    from sitrep.events.extractor import Extractor
    from sitrep.model import Article

    text = ("Gunmen kill four farmers in central Mali village\n\n"
            "Armed men on motorbikes shot dead four farmers in the village of Sofara in central Mali "
            "on Sunday, local officials said on Monday.")
    article = Article(id="mali-1", text=text, published="2023-05-08")
    calibrated = Extractor(nlp=nlp).extract(article)
    rules = Extractor(nlp=nlp, calibrated=False).extract(article)
    assert calibrated and len(calibrated) == len(rules)
    model = ConfidenceModel.load()
    doc = nlp(text)
    for mine, raw in zip(calibrated, rules):
        assert mine.confidence == round(model.probability(event_features(raw, doc, rules)), 3)
        assert replace(mine, confidence=raw.confidence) == raw  # only the confidence changes


def test_training_learns_a_separable_feature():
    pytest.importorskip("sklearn")
    from sitrep.events.confidence_training import Example, cross_validate, train_model

    rng = np.random.default_rng(3)
    examples = []
    for k in range(120):
        right = bool(k % 2)
        noise = {"place=town": 1.0} if rng.random() < 0.5 else {"place=country": 1.0}
        feats = {"trigger=airstrike" if right else "trigger=talk": 1.0, **noise}
        examples.append(Example(f"a{k % 30}", _features(**feats), right, 0.5))
    model = train_model(examples)
    good = model.probability(_features(**{"trigger=airstrike": 1.0}))
    bad = model.probability(_features(**{"trigger=talk": 1.0}))
    assert good > 0.8 > 0.2 > bad
    cv = cross_validate(examples, k=3)
    assert len(cv["auc"]) == 3 and min(cv["auc"]) > 0.9


def test_a_calibration_step_learned_from_few_events_claims_less_than_its_share():
    pytest.importorskip("sklearn")
    from sitrep.events.confidence_training import _isotonic, _wilson_lower

    # 5 of 5 right is not "always right"; 95 of 100 is close to its share
    assert _wilson_lower(5, 5) < 0.85 < _wilson_lower(95, 100) < 0.95
    raw = np.array([0.1, 0.2, 0.3, 0.4, 0.8, 0.85, 0.9, 0.95, 0.97])
    labels = np.array([0, 0, 1, 0, 1, 1, 1, 1, 1], dtype=float)
    x, y = _isotonic(raw, labels)
    assert np.all(np.diff(y) >= 0) and y.max() < 1.0  # the top step: 5 right of 5, lowered
