"""Train the background classifier (``background_model.BackgroundModel``) on a gold file.

``make train`` runs ``python -m sitrep.events.background_training GOLD --out FILE``. The rules
extract every article of the gold's working part (the locked part is never used), with their own
background flag; an event matched to a gold event is labelled by the gold's ``background``. The
report compares the model's decision with the rules' by article-level k-fold cross-validation
repeated over seeds: on the matched events of held-out articles (mean and spread of the fold
accuracies, the events only one of them gets right), and by the news-only F1 of the working part
with every event decided out of fold. Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.events.background_features import background_features
from sitrep.events.confidence_training import _folds

FOLDS = 5
SEEDS = (13, 7, 29)
C = 0.3
THRESHOLD = 0.4


@dataclass(slots=True)
class Example:
    """One event the rules made from a gold article, with its features; ``background`` is the
    gold's flag when the event is matched to a gold event, else None (not trained on)."""

    article_id: str
    features: dict[str, float]
    background: bool | None

    @property
    def rule(self) -> bool:
        return bool(self.features["rule"])


@dataclass(slots=True)
class ArticleRun:
    """The rules' events of one gold article (FORMAT.md dicts) and their examples, in order."""

    gold: Any  # sitrep.eval.runner.GoldArticle
    events: list[dict]
    examples: list[Example]


def collect(gold_path: str | Path, *, part: str = "working") -> list[ArticleRun]:
    """Run the rules on the gold articles of ``part`` and label their events (see the module)."""
    from sitrep.eval.matching import match_article
    from sitrep.eval.runner import load_gold, split_part
    from sitrep.events.dating import parse_published
    from sitrep.events.extractor import Extractor
    from sitrep.model import Article

    extractor = Extractor(calibrated=False, learned_background=False)
    runs: list[ArticleRun] = []
    golds = split_part(load_gold(gold_path), part)
    articles = [Article(id=Article.make_id(text=g.text, url=g.url), text=g.text, published=g.published, url=g.url)
                for g in golds]
    docs = extractor.nlp.pipe((extractor.new_doc(a) for a in articles), batch_size=16)
    for gold, article, doc in zip(golds, articles, docs):
        events = extractor.events_from_doc(doc, article)
        now = parse_published(gold.published) or doc._.reference_date  # as ArticleContext
        dicts = [e.to_dict() for e in events]
        labels: dict[int, bool] = {p.sys_index: bool(p.gold.get("background"))
                                   for p in match_article(gold.events, dicts, gold.id).matched}
        runs.append(ArticleRun(gold, dicts, [Example(gold.id, background_features(e, doc, events, now),
                                                     labels.get(i)) for i, e in enumerate(events)]))
    return runs


def labelled(runs: Sequence[ArticleRun]) -> list[Example]:
    return [e for run in runs for e in run.examples if e.background is not None]


def fit(examples: Sequence[Example], *, about: dict | None = None):
    """A ``BackgroundModel`` trained on the labelled ``examples``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from sitrep.events.background_model import BackgroundModel

    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([e.features for e in examples])
    model = LogisticRegression(C=C, max_iter=5000).fit(X, [e.background for e in examples])
    weights = {str(n): float(w) for n, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])}
    return BackgroundModel(weights=weights, intercept=float(model.intercept_[0]), threshold=THRESHOLD,
                           about=dict(about or {}))


def _news_f1(runs: Sequence[ArticleRun], flags: Sequence[Sequence[bool]]) -> float:
    from sitrep.eval.metrics import score

    system = {run.gold.id: [dict(e, background=bg) for e, bg in zip(run.events, fl)]
              for run, fl in zip(runs, flags)}
    return score([run.gold for run in runs], system, news_only=True).f1


def cross_validate(runs: Sequence[ArticleRun], *, k: int = FOLDS, seeds: Sequence[int] = SEEDS) -> dict:
    """Article-level k-fold, per seed: each held-out fold's accuracy of the model's decision and
    of the rules on its matched events, the events only one of them gets right, and the news-only
    F1 of the whole working part with every event decided out of fold (rules: the same F1 with
    the rules' flags)."""
    examples = labelled(runs)
    acc, rule_acc, news_f1, model_only, rules_only = [], [], [], 0, 0
    for seed in seeds:
        decided: dict[int, bool] = {}
        for fold in _folds([e for run in runs for e in run.examples], k, seed):
            model = fit([e for e in examples if e.article_id not in fold])
            held_out = [e for run in runs if run.gold.id in fold for e in run.examples]
            decided.update((id(e), model.decide(e.features)) for e in held_out)
            test = [e for e in held_out if e.background is not None]
            right = [decided[id(e)] == e.background for e in test]
            rules = [e.rule == e.background for e in test]
            acc.append(float(np.mean(right)))
            rule_acc.append(float(np.mean(rules)))
            model_only += sum(m and not r for m, r in zip(right, rules))
            rules_only += sum(r and not m for m, r in zip(right, rules))
        news_f1.append(_news_f1(runs, [[decided[id(e)] for e in run.examples] for run in runs]))
    rule_f1 = _news_f1(runs, [[e.rule for e in run.examples] for run in runs])
    return {"accuracy": acc, "rule_accuracy": rule_acc, "model_only": model_only / len(seeds),
            "rules_only": rules_only / len(seeds), "news_f1": news_f1, "rule_news_f1": rule_f1,
            "seeds": len(seeds), "folds": k}


def format_report(runs: Sequence[ArticleRun], cv: dict) -> str:
    matched = labelled(runs)
    return "\n".join([
        f"events: {sum(len(r.examples) for r in runs)} from {len(runs)} articles, {len(matched)} matched "
        f"to a gold event ({sum(bool(e.background) for e in matched)} background)",
        f"background accuracy on held-out matched events: learned {np.mean(cv['accuracy']):.3f} "
        f"± {np.std(cv['accuracy']):.3f}, rules {np.mean(cv['rule_accuracy']):.3f} "
        f"± {np.std(cv['rule_accuracy']):.3f} ({cv['folds']}-fold by article x {cv['seeds']} seeds)",
        f"matched events right by the model only: {cv['model_only']:.1f}, by the rules only: "
        f"{cv['rules_only']:.1f} (per seed)",
        f"news-only F1, every event decided out of fold: learned {np.mean(cv['news_f1']):.3f} "
        f"± {np.std(cv['news_f1']):.3f} over seeds, rules {cv['rule_news_f1']:.3f}"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="gold JSONL (FORMAT.md); its working part is used")
    parser.add_argument("--out", required=True, help="where to write the model JSON")
    args = parser.parse_args(argv)
    runs = collect(args.gold)
    cv = cross_validate(runs)
    print(format_report(runs, cv))
    examples = labelled(runs)
    about = {"trained_on": f"{Path(args.gold).name} (working part)", "events": len(examples),
             "C": C, "folds": FOLDS, "cv_accuracy_mean": round(float(np.mean(cv["accuracy"])), 4),
             "cv_rule_accuracy_mean": round(float(np.mean(cv["rule_accuracy"])), 4)}
    model = fit(examples, about=about)
    Path(args.out).write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
