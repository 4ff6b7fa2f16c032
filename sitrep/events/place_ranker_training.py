"""Training and cross-validation of the learned place ranker (``place_ranker``); needs scikit-learn.

Examples come from Halterman's event-location links (``labeled_text.jsonl.zip``, see its
SOURCE.md): each record is a sentence, an event verb and the span of that event's place (or
none). Every sentence that also appears in ``gold_relabel.jsonl`` is left out, so the 496 gold
sentences stay a clean test set. Each sentence is parsed once by the sitrep pipeline as a
one-sentence article; the candidates of the verb are the resolved place mentions the rules
choose from (``_consistent(places_in(...))``), labelled by the event-location benchmark's own
correctness rule (``sitrep.eval.event_location.is_correct``).

Run::

    python -m sitrep.events.place_ranker_training ../shared/data/event-location-halterman \
        --sentences 3000 --out sitrep/events/data/place_ranker.json

It prints the sentence-grouped k-fold cross-validation (learned vs rules on the same folds, the
threshold and margin tuned inside each training fold), then the held-out gold figures, then
writes the model trained on all examples.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitrep.events.place_ranker import PlaceRanker, candidate_features, pick
from sitrep.eval.event_location import Choice, GoldSentence, is_correct, normalize_name, parse_record

THRESHOLDS = tuple(np.round(np.arange(0.05, 0.96, 0.05), 2))
MARGINS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.1)  # 1.1: never override (the rules)


@dataclass(slots=True)
class Example:
    """One event verb: its candidates' features and labels, the rules' pick, the group."""

    group: str
    features: list[dict[str, float]]
    labels: list[bool]
    rules_at: int | None
    none_correct: bool


def load_labeled(path: Path) -> list[dict]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            name = next(n for n in zf.namelist() if n.endswith(".jsonl") and not n.startswith("__"))
            return json.loads(zf.read(name).decode("utf-8"))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def training_sentences(labeled: list[dict], gold: list[GoldSentence], limit: int | None,
                       seed: int = 0) -> list[list[GoldSentence]]:
    """Non-gold records with a verb, grouped by sentence text (one parse per sentence), the
    gold sentences' texts left out; a seeded sample of ``limit`` sentences."""
    held_out = {normalize_name(s.text) for s in gold}
    by_text: dict[str, list[GoldSentence]] = {}
    for i, record in enumerate(labeled):
        if record.get("source") == "RELABEL" or not record.get("text"):
            continue
        if normalize_name(record["text"]) in held_out:
            continue
        try:
            sentence = parse_record(record, i + 1)
        except (IndexError, KeyError, TypeError):  # a span's token index beyond the tokens
            continue
        if sentence.verb is None or record.get("answer") not in (None, "accept"):
            continue
        by_text.setdefault(record["text"], []).append(sentence)
    groups = sorted(by_text.values(), key=lambda g: g[0].text)
    random.Random(seed).shuffle(groups)
    return groups[:limit] if limit else groups


def featurize(groups: list[list[GoldSentence]], nlp=None, *, log_every: int = 500) -> list[Example]:
    """Parse each sentence once and read the examples of each of its verbs."""
    from sitrep.eval.event_location import _context
    from sitrep.events.place_choice import _consistent, choose_place
    from sitrep.events.context import places_in

    if nlp is None:
        from sitrep.nlp.pipeline import build_nlp

        nlp = build_nlp()
    out: list[Example] = []
    for n, (doc, group) in enumerate(zip(nlp.pipe((g[0].text for g in groups), batch_size=64), groups)):
        if log_every and n and n % log_every == 0:
            print(f"  parsed {n}/{len(groups)} sentences", file=sys.stderr)
        ctx = _context(doc)
        for sentence in group:
            trigger = None if sentence.verb is None else doc.char_span(
                sentence.verb.start_char, sentence.verb.end_char, alignment_mode="expand")
            if trigger is None:  # as the benchmark: no trigger, no place chosen
                out.append(Example(normalize_name(sentence.text), [], [], None, not sentence.places))
                continue
            candidates = _consistent(places_in(trigger.sent, ctx))
            _, rules_ev = choose_place(trigger, ctx)
            labels = [is_correct(sentence.places, Choice(ev.start_char, ev.end_char, ev.text, p.name, p.country,
                                                         p.precision)) for _, p, ev in candidates]
            rules_at = next((i for i, (_, _, ev) in enumerate(candidates) if ev == rules_ev), None)
            out.append(Example(normalize_name(sentence.text), candidate_features(candidates, trigger) if candidates
                               else [], labels, rules_at, not sentence.places))
    return out


def _fit(examples: list[Example], c: float = 0.5):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    feats = [f for e in examples for f in e.features]
    labels = [lab for e in examples for lab in e.labels]
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, np.asarray(labels, dtype=int))
    return vec, model


def _scores(vec, model, examples: list[Example]) -> list[list[float]]:
    out = []
    for e in examples:
        out.append(list(model.predict_proba(vec.transform(e.features))[:, 1]) if e.features else [])
    return out


def accuracy(examples: list[Example], scores: list[list[float]], threshold: float, margin: float) -> float:
    right = 0
    for e, s in zip(examples, scores):
        at = pick(s, [i == e.rules_at for i in range(len(s))], threshold, margin, list(range(len(s))))
        right += e.labels[at] if at is not None else e.none_correct
    return right / len(examples) if examples else 0.0


def rerank_accuracy(examples: list[Example], scores: list[list[float]]) -> float:
    """Mode "rerank": no place where the rules chose none, else the best-scoring candidate."""
    right = 0
    for e, s in zip(examples, scores):
        right += e.none_correct if e.rules_at is None else e.labels[int(np.argmax(s))]
    return right / len(examples) if examples else 0.0


def rules_accuracy(examples: list[Example]) -> float:
    return sum(e.labels[e.rules_at] if e.rules_at is not None else e.none_correct for e in examples) / len(examples)


def _folds(examples: list[Example], k: int, seed: int) -> list[np.ndarray]:
    groups = sorted({e.group for e in examples})
    random.Random(seed).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    ids = np.asarray([fold_of[e.group] for e in examples])
    return [np.flatnonzero(ids == i) for i in range(k)]


def tune(examples: list[Example], *, k: int = 3, seed: int = 1, replace_only: bool = False,
         c: float = 0.5) -> tuple[float, float]:
    """Threshold and margin that maximise out-of-fold accuracy on ``examples``."""
    oof: list[list[float]] = [[] for _ in examples]
    for test in _folds(examples, k, seed):
        train = np.setdiff1d(np.arange(len(examples)), test)
        vec, model = _fit([examples[i] for i in train], c)
        for i, s in zip(test, _scores(vec, model, [examples[i] for i in test])):
            oof[i] = s
    margins = (0.0,) if replace_only else MARGINS
    best = max(((accuracy(examples, oof, t, m), -m, t) for t in THRESHOLDS for m in margins))
    return float(best[2]), float(-best[1])


def cross_validate(examples: list[Example], *, k: int = 5, seed: int = 0, c: float = 0.5) -> dict:
    """Sentence-grouped k-fold CV: per fold, rules vs learned (full replacement and rules-first
    with override margin), the threshold and margin tuned inside the training folds."""
    rows = {"rules": [], "replace": [], "override": [], "rerank": []}
    for test in _folds(examples, k, seed):
        train = [examples[i] for i in np.setdiff1d(np.arange(len(examples)), test)]
        held = [examples[i] for i in test]
        vec, model = _fit(train, c)
        scores = _scores(vec, model, held)
        t_rep, _ = tune(train, replace_only=True, c=c)
        t_ovr, m_ovr = tune(train, c=c)
        rows["rules"].append(rules_accuracy(held))
        rows["replace"].append(accuracy(held, scores, t_rep, 0.0))
        rows["override"].append(accuracy(held, scores, t_ovr, m_ovr))
        rows["rerank"].append(rerank_accuracy(held, scores))
    return {name: (float(np.mean(v)), float(np.std(v)), v) for name, v in rows.items()}


def to_ranker(vec, model, threshold: float, margin: float, about: dict, mode: str = "replace") -> PlaceRanker:
    names = vec.get_feature_names_out()
    weights = model.coef_[0]
    keep = [i for i, w in enumerate(weights) if abs(w) > 1e-6]
    return PlaceRanker({str(names[i]): n for n, i in enumerate(keep)}, weights[keep].astype(np.float64),
                       float(model.intercept_[0]), threshold, margin, about,
                       "rerank" if mode == "rerank" else "replace")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitrep.events.place_ranker_training")
    parser.add_argument("data_dir", type=Path, help="shared/data/event-location-halterman")
    parser.add_argument("--sentences", type=int, default=3000, help="training sentences to parse (0: all)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path, help="pickle of the featurised examples (read if present)")
    parser.add_argument("--out", type=Path, help="write the model trained on all examples here")
    parser.add_argument("--mode", choices=("override", "replace", "rerank"), default="rerank",
                        help="override: rules first, the ranker overrides by a tuned margin; replace: margin 0; "
                             "rerank: the rules decide whether there is a place, the ranker which")
    args = parser.parse_args(argv)
    gold_path = args.data_dir / "gold_relabel.jsonl"
    gold = [parse_record(json.loads(line), i + 1) for i, line in
            enumerate(gold_path.read_text(encoding="utf-8").splitlines()) if line.strip()]
    if args.cache and args.cache.exists():
        train, held = ([Example(*row) for row in rows] for rows in pickle.loads(args.cache.read_bytes()))
    else:
        groups = training_sentences(load_labeled(args.data_dir / "labeled_text.jsonl.zip"), gold,
                                    args.sentences or None)
        from sitrep.nlp.pipeline import build_nlp

        nlp = build_nlp()
        train = featurize(groups, nlp)
        held = featurize([[s] for s in gold], nlp, log_every=0)
        if args.cache:
            rows = [[(e.group, e.features, e.labels, e.rules_at, e.none_correct) for e in part] for part in (train, held)]
            args.cache.write_bytes(pickle.dumps(rows))
    n_sent = len({e.group for e in train})
    print(f"training examples: {len(train)} event verbs in {n_sent} sentences "
          f"({sum(len(e.features) for e in train)} candidate pairs); gold sentences left out")
    cv = cross_validate(train, k=args.folds)
    print(f"{args.folds}-fold CV by sentence, accuracy (mean ± sd):")
    for name, (mean, sd, folds) in cv.items():
        print(f"  {name:9s} {mean:.3f} ± {sd:.3f}   folds: {' '.join(f'{v:.3f}' for v in folds)}")
    vec, model = _fit(train)
    t_rep, _ = tune(train, replace_only=True)
    t_ovr, m_ovr = tune(train)
    scores = _scores(vec, model, held)
    print(f"held-out gold ({len(held)} sentences, gold verb as trigger):")
    print(f"  rules     {rules_accuracy(held):.3f}")
    print(f"  replace   {accuracy(held, scores, t_rep, 0.0):.3f}  (threshold {t_rep})")
    print(f"  override  {accuracy(held, scores, t_ovr, m_ovr):.3f}  (threshold {t_ovr}, margin {m_ovr})")
    print(f"  rerank    {rerank_accuracy(held, scores):.3f}  (the rules decide whether, the ranker which)")
    if args.out:
        threshold, margin = (t_rep, 0.0) if args.mode == "replace" else (t_ovr, m_ovr)
        about = {"trained_on": "Halterman event-location links (labeled_text.jsonl.zip), gold_relabel sentences "
                               "left out", "sentences": n_sent, "examples": len(train), "mode": args.mode,
                 "cv": {k: [round(v[0], 4), round(v[1], 4)] for k, v in cv.items()}}
        ranker = to_ranker(vec, model, threshold, margin, about, args.mode)
        args.out.write_text(json.dumps(ranker.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(ranker.feature_index)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
