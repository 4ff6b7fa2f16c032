"""Train the event-confidence model (``calibration.ConfidenceModel``) on a gold file.

``make train`` runs ``python -m sitrep.events.confidence_training GOLD --out FILE``. The rules
extract every article of the gold's working part (the locked part is never used); each event is
labelled by whether the evaluation matches it to a gold event; a logistic regression learns that
label from the event's features, and an isotonic map fitted on article-level cross-validated
predictions calibrates it. The report gives, by nested article-level k-fold cross-validation
(calibration fitted inside each training fold), the AUC of the learned and of the rule confidence
and the reliability of the calibrated confidence on the held-out articles. Needs scikit-learn
(``pip install -e '.[train]'``); the product itself only reads the JSON this writes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitrep.events.learned_features import EventFeatures, event_features

#: Feature families left out: the sentence's word bag over-fits the few hundred events we have
#: (cross-validated AUC no better, a model file fifty times larger).
SKIPPED_PREFIXES = ("w=", "w2=")
FOLDS = 5
C = 0.1
SEED = 13


@dataclass(slots=True)
class Example:
    article_id: str
    features: EventFeatures
    matched: bool
    rule_confidence: float


def _kept(features: EventFeatures) -> dict[str, float]:
    return {k: v for k, v in features.sparse.items() if not k.startswith(SKIPPED_PREFIXES)}


def collect_examples(gold_path: str | Path, *, part: str = "working") -> list[Example]:
    """Run the rules on the gold articles of ``part`` and label each event matched or not."""
    from sitrep.eval.matching import match_article
    from sitrep.eval.runner import load_gold, split_part
    from sitrep.events.extractor import Extractor
    from sitrep.model import Article

    extractor = Extractor(calibrated=False)  # the rules' events, with the rules' own score
    examples: list[Example] = []
    golds = split_part(load_gold(gold_path), part)
    articles = [Article(id=Article.make_id(text=g.text, url=g.url), text=g.text, published=g.published, url=g.url)
                for g in golds]
    docs = extractor.nlp.pipe((extractor.new_doc(a) for a in articles), batch_size=16)
    for gold, article, doc in zip(golds, articles, docs):
        events = extractor.events_from_doc(doc, article)
        match = match_article(gold.events, [e.to_dict() for e in events], gold.id)
        matched = {p.sys_index for p in match.matched}
        examples.extend(Example(gold.id, event_features(e, doc, events), i in matched, e.confidence)
                        for i, e in enumerate(events))
    return examples


def _fit_raw(examples: Sequence[Example]):
    from scipy import sparse
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([_kept(e.features) for e in examples])
    V = np.vstack([e.features.vector for e in examples])
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(sparse.hstack([X, sparse.csr_matrix(V)]).tocsr(), [e.matched for e in examples])
    return vectorizer, model


def _predict_raw(fitted, examples: Sequence[Example]) -> np.ndarray:
    from scipy import sparse

    vectorizer, model = fitted
    X = vectorizer.transform([_kept(e.features) for e in examples])
    V = np.vstack([e.features.vector for e in examples])
    return model.predict_proba(sparse.hstack([X, sparse.csr_matrix(V)]).tocsr())[:, 1]


def _folds(examples: Sequence[Example], k: int, seed: int) -> list[set[str]]:
    ids = sorted({e.article_id for e in examples})
    random.Random(seed).shuffle(ids)
    return [set(ids[i::k]) for i in range(k)]


def _out_of_fold(examples: Sequence[Example], k: int, seed: int) -> np.ndarray:
    raw = np.zeros(len(examples))
    for fold in _folds(examples, k, seed):
        train = [e for e in examples if e.article_id not in fold]
        test = [i for i, e in enumerate(examples) if e.article_id in fold]
        raw[test] = _predict_raw(_fit_raw(train), [examples[i] for i in test])
    return raw


#: How many standard errors below its observed share of right events a calibration step is set
#: (Wilson's lower bound): a step learned from a handful of events does not claim a high share.
WILSON_Z = 1.0


def _wilson_lower(right: float, n: int, z: float = WILSON_Z) -> float:
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    margin = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return float((centre - margin) / (1 + z * z / n))


def _isotonic(raw: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The calibration map: isotonic regression of right/wrong on the raw score, each step then
    lowered to the Wilson lower bound of its share (kept monotone)."""
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(raw, labels)
    fitted = iso.predict(raw)
    x, y = np.asarray(iso.X_thresholds_), np.asarray(iso.y_thresholds_, dtype=float).copy()
    for value in np.unique(y):
        members = np.isclose(fitted, value)
        y[np.isclose(y, value)] = _wilson_lower(float(labels[members].sum()), int(members.sum()))
    return x, np.maximum.accumulate(y)


def train_model(examples: Sequence[Example], *, about: dict | None = None):
    """The final model: trained on every example, calibrated on out-of-fold predictions."""
    from sitrep.events.calibration import ConfidenceModel

    labels = np.array([e.matched for e in examples], dtype=float)
    cal_x, cal_y = _isotonic(_out_of_fold(examples, FOLDS, SEED), labels)
    vectorizer, model = _fit_raw(examples)
    names = vectorizer.get_feature_names_out()
    coef = model.coef_[0]
    return ConfidenceModel(
        feature_index={str(n): i for i, n in enumerate(names)},
        weights=coef[: len(names)].astype(np.float64),
        vector_weights=coef[len(names):].astype(np.float32),
        vector_scale=1.0,
        intercept=float(model.intercept_[0]),
        calibration_x=cal_x,
        calibration_y=cal_y,
        about=dict(about or {}),
    )


def cross_validate(examples: Sequence[Example], *, k: int = FOLDS, seed: int = SEED) -> dict:
    """Nested article-level k-fold: per held-out fold, the AUC of the learned and of the rule
    confidence, and every held-out event's calibrated confidence (for a reliability table)."""
    from sklearn.metrics import roc_auc_score

    calibrated = np.zeros(len(examples))
    aucs, rule_aucs = [], []
    for fold in _folds(examples, k, seed):
        train = [e for e in examples if e.article_id not in fold]
        test_idx = [i for i, e in enumerate(examples) if e.article_id in fold]
        test = [examples[i] for i in test_idx]
        model = train_model(train)
        probs = np.array([model.probability(e.features) for e in test])
        calibrated[test_idx] = probs
        labels = [e.matched for e in test]
        if len(set(labels)) == 2:
            aucs.append(roc_auc_score(labels, probs))
            rule_aucs.append(roc_auc_score(labels, [e.rule_confidence for e in test]))
    return {"auc": aucs, "rule_auc": rule_aucs, "calibrated": calibrated.tolist()}


def reliability_rows(probs: Sequence[float], labels: Sequence[bool],
                     edges: Sequence[float] = (0.0, 0.2, 0.4, 0.6, 0.8)) -> list[tuple[str, int, float | None]]:
    """(bin, events, share right) rows, the last bin closed at 1.0, then the >= 0.8 row."""
    p, y = np.asarray(probs), np.asarray(labels, dtype=float)
    rows = []
    for lo, hi in zip(edges, [*edges[1:], 1.0001]):
        sel = (p >= lo) & (p < hi)
        rows.append((f"[{lo:.1f}, {min(hi, 1.0):.1f}{']' if hi > 1 else ')'}", int(sel.sum()),
                     float(y[sel].mean()) if sel.any() else None))
    high = p >= 0.8
    rows.append((">= 0.8", int(high.sum()), float(y[high].mean()) if high.any() else None))
    return rows


def format_report(examples: Sequence[Example], cv: dict) -> str:
    labels = [e.matched for e in examples]
    lines = [f"events: {len(examples)} from {len({e.article_id for e in examples})} articles, "
             f"{sum(labels)} matched ({sum(labels) / max(len(labels), 1):.3f})",
             f"AUC learned {np.mean(cv['auc']):.3f} ± {np.std(cv['auc']):.3f}, "
             f"rules {np.mean(cv['rule_auc']):.3f} ± {np.std(cv['rule_auc']):.3f} "
             f"({len(cv['auc'])}-fold, by article)",
             "calibrated confidence on held-out articles:",
             f"{'confidence':<12} {'events':>7} {'right':>7}"]
    for label, n, share in reliability_rows(cv["calibrated"], labels):
        lines.append(f"{label:<12} {n:>7} {'-' if share is None else f'{share:.3f}':>7}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="gold JSONL (FORMAT.md); its working part is used")
    parser.add_argument("--out", required=True, help="where to write the model JSON")
    args = parser.parse_args(argv)
    examples = collect_examples(args.gold)
    cv = cross_validate(examples)
    report = format_report(examples, cv)
    print(report)
    about = {"trained_on": f"{Path(args.gold).name} (working part)", "events": len(examples),
             "C": C, "folds": FOLDS, "cv_auc_mean": round(float(np.mean(cv["auc"])), 4),
             "cv_rule_auc_mean": round(float(np.mean(cv["rule_auc"])), 4)}
    model = train_model(examples, about=about)
    Path(args.out).write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
