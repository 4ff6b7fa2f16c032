"""The learned place ranker: the shipped model, its decision rule, inference on parsed
sentences, and training on a tiny synthetic set."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from sitrep.events.place_ranker import PlaceRanker, PlaceRankerError, pick


def test_shipped_model_loads():
    ranker = PlaceRanker.load()
    assert ranker.feature_index and len(ranker.weights) == len(ranker.feature_index)
    assert 0.0 < ranker.threshold < 1.0 and ranker.margin >= 0.0
    assert ranker.about.get("trained_on")
    assert 0.0 <= ranker.score({"bias": 1.0, "prec=town": 1.0}) <= 1.0


def test_round_trip_and_bad_file(tmp_path):
    ranker = PlaceRanker.load()
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(ranker.to_dict()), encoding="utf-8")
    again = PlaceRanker.load(path)
    feats = {"bias": 1.0, "linked": 1.0, "head_prep=in": 1.0}
    assert again.score(feats) == pytest.approx(ranker.score(feats), abs=1e-5)
    path.write_text("{oops", encoding="utf-8")
    with pytest.raises(PlaceRankerError, match="cannot read the place ranker"):
        PlaceRanker.load(path)


def test_pick_threshold_and_margin():
    items = ["a", "b"]
    # full replacement (margin 0): the best above the threshold, else nothing
    assert pick([0.2, 0.9], [True, False], 0.5, 0.0, items) == "b"
    assert pick([0.2, 0.3], [True, False], 0.5, 0.0, items) is None
    # rules first: the rules' "a" stands unless "b" beats it by more than the margin
    assert pick([0.6, 0.7], [True, False], 0.5, 0.2, items) == "a"
    assert pick([0.3, 0.9], [True, False], 0.5, 0.2, items) == "b"
    # rules chose nothing: their "no place" scores the threshold
    assert pick([0.6, 0.65], [False, False], 0.5, 0.2, items) is None
    assert pick([0.6, 0.8], [False, False], 0.5, 0.2, items) == "b"


@pytest.mark.model
def test_ranker_on_parsed_sentences(nlp):
    from sitrep.events.context import places_in
    from sitrep.events.extractor import default_extractor
    from sitrep.events.place_choice import choose_place
    from sitrep.events.place_ranker import candidate_features, choose, heading_preposition

    ranker = PlaceRanker.load()
    text = ("Gunmen from Kandahar opened fire on a wedding party in the village of Sangin on Sunday, "
            "killing four guests.")
    doc = nlp(text)
    ctx = default_extractor().context(doc)
    start = text.index("opened")
    trigger = doc.char_span(start, start + len("opened"))
    candidates = places_in(trigger.sent, ctx)
    names = [span.text for span, _, _ in candidates]
    assert "Sangin" in names and "Kandahar" in names
    feats = dict(zip(names, candidate_features(candidates, trigger)))
    assert feats["Kandahar"].get("head_prep=from") == 1.0
    sangin = next(span for span, _, _ in candidates if span.text == "Sangin")
    assert heading_preposition(sangin) == "in"
    _, rules_pick = choose_place(trigger, ctx)
    chosen = choose(candidates, trigger, rules_pick, ranker)
    assert chosen is not None and chosen[1].text.endswith("Sangin")
    # rerank: where the rules choose no place, neither does the ranker
    assert choose(candidates, trigger, None, replace(ranker, mode="rerank")) is None
    chosen = choose(candidates, trigger, None, replace(ranker, mode="replace"), threshold=0.0, margin=0.0)
    assert chosen is not None and chosen[1].text.endswith("Sangin")

    quiet = nlp("The ministry said the talks would resume next week.")
    trig = quiet[3:4]
    assert choose(places_in(trig.sent, default_extractor().context(quiet)), trig, None, ranker) is None


def test_training_on_a_tiny_synthetic_set():
    pytest.importorskip("sklearn")
    from sitrep.events.place_ranker_training import Example, _fit, _scores, accuracy, rules_accuracy, to_ranker

    rng = np.random.default_rng(0)
    examples = []
    for i in range(60):
        good = int(rng.integers(0, 2))
        feats = [{"bias": 1.0, "head_prep=in": float(j == good), "head_prep=from": float(j != good)}
                 for j in range(2)]
        examples.append(Example(str(i), feats, [j == good for j in range(2)], 0, False))
    vec, model = _fit(examples)
    scores = _scores(vec, model, examples)
    assert accuracy(examples, scores, 0.5, 0.0) == 1.0
    assert rules_accuracy(examples) < 1.0
    ranker = to_ranker(vec, model, 0.5, 0.0, {"trained_on": "synthetic"})
    assert ranker.score({"bias": 1.0, "head_prep=in": 1.0}) > 0.5 > ranker.score({"bias": 1.0, "head_prep=from": 1.0})
