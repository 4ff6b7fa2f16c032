"""Precision / recall / F1 and field accuracies over a gold set (see ``docs/evaluation.md``)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tabulate import tabulate

from sitrep.eval.matching import FIELD_NAMES, ArticleMatch, Event, field_agreement, match_article


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(slots=True)
class Scores:
    """Counts and rates for one regime (all events, or news only).

    ``fields`` maps a field-accuracy name (``matching.FIELD_NAMES``) to (correct, total) over the
    matched pairs. ``matches`` keeps the per-article match results (for an error listing).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    articles: int = 0
    gold_events: int = 0
    system_events: int = 0
    news_only: bool = False
    fields: dict[str, tuple[int, int]] = field(default_factory=lambda: {n: (0, 0) for n in FIELD_NAMES})
    matches: list[ArticleMatch] = field(default_factory=list, repr=False, compare=False)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0.0 when the system produced no events."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0.0 when the gold has no events."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        """correct / total for a field, None when there is no matched pair."""
        correct, total = self.fields[name]
        return correct / total if total else None

    def to_dict(self, *, include_matches: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "regime": "news" if self.news_only else "all",
            "articles": self.articles,
            "gold_events": self.gold_events,
            "system_events": self.system_events,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "fields": {
                name: {
                    "correct": c,
                    "total": t,
                    "accuracy": None if not t else round(c / t, 4),
                }
                for name, (c, t) in self.fields.items()
            },
        }
        if include_matches:
            data["matches"] = [m.to_dict() for m in self.matches]
        return data

    def to_json(self, *, include_matches: bool = False, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(include_matches=include_matches), indent=indent, ensure_ascii=False)


def _article_id_and_events(article: Any) -> tuple[str, list[Event]]:
    """Accept a GoldArticle (``.id``, ``.events``) or a FORMAT.md dict."""
    if isinstance(article, Mapping):
        return str(article["id"]), list(article.get("events") or [])
    return str(article.id), list(article.events or [])


def _is_background(event: Event) -> bool:
    return bool(event.get("background", False))


def score(
    gold_articles: Iterable[Any],
    system_events_by_article_id: Mapping[str, list[Event]],
    *,
    news_only: bool = False,
) -> Scores:
    """Match every gold article's events with the system events of the same article id and sum up.

    Articles missing from ``system_events_by_article_id`` count as having no system events; system
    events of article ids absent from the gold are ignored. With ``news_only``, gold and system
    events whose ``background`` is true are dropped before matching.
    """
    scores = Scores(news_only=news_only)
    correct = dict.fromkeys(FIELD_NAMES, 0)
    for article in gold_articles:
        article_id, gold = _article_id_and_events(article)
        system = list(system_events_by_article_id.get(article_id) or [])
        if news_only:
            gold = [e for e in gold if not _is_background(e)]
            system = [e for e in system if not _is_background(e)]
        result = match_article(gold, system, article_id=article_id)
        scores.matches.append(result)
        scores.articles += 1
        scores.gold_events += len(gold)
        scores.system_events += len(system)
        scores.tp += result.tp
        scores.fp += result.fp
        scores.fn += result.fn
        for pair in result.matched:
            for name, ok in field_agreement(pair.gold, pair.sys).items():
                correct[name] += int(ok)
    scores.fields = {name: (correct[name], scores.tp) for name in FIELD_NAMES}
    return scores


FIELD_LABELS: dict[str, str] = {
    "sub_event_type": "sub_event_type (equal)",
    "place_25km": "place within 25 km",
    "date_exact": "date (exact)",
    "fatalities_best": "fatalities best (equal)",
    "actor_types": "actor types (both equal)",
    "actor1_type": "actor1_type",
    "actor2_type": "actor2_type",
    "background": "background flag",
}


def _fmt_acc(correct: int, total: int) -> str:
    return f"{correct / total:.3f} ({correct}/{total})" if total else "n/a (0/0)"


def format_report(
    all_scores: Scores,
    news_scores: Scores,
    *,
    timing: Mapping[str, float] | None = None,
    reliability: Any = None,
    errors: Any = None,
) -> str:
    """A plain-text report with both regimes side by side.

    ``reliability`` (a ``reliability.Reliability``) adds the "Confidence reliability" table;
    ``errors`` (an ``errors_report.ErrorReport``) appends the error listing after everything else.
    """
    head = ["", "all events", "news only (no background)"]
    counts = [
        ["articles", all_scores.articles, news_scores.articles],
        ["gold events", all_scores.gold_events, news_scores.gold_events],
        ["system events", all_scores.system_events, news_scores.system_events],
        ["true positives", all_scores.tp, news_scores.tp],
        ["false positives", all_scores.fp, news_scores.fp],
        ["false negatives", all_scores.fn, news_scores.fn],
        ["precision", f"{all_scores.precision:.3f}", f"{news_scores.precision:.3f}"],
        ["recall", f"{all_scores.recall:.3f}", f"{news_scores.recall:.3f}"],
        ["F1", f"{all_scores.f1:.3f}", f"{news_scores.f1:.3f}"],
    ]
    fields = [
        [FIELD_LABELS.get(name, name), _fmt_acc(*all_scores.fields[name]), _fmt_acc(*news_scores.fields[name])]
        for name in FIELD_NAMES
    ]
    parts = [
        "Event matching",
        tabulate(counts, headers=head, tablefmt="simple", disable_numparse=True, colalign=("left", "right", "right")),
        "",
        "Field accuracy on matched pairs",
        tabulate(fields, headers=head, tablefmt="simple", disable_numparse=True, colalign=("left", "right", "right")),
    ]
    if reliability is not None:
        from sitrep.eval.reliability import format_reliability

        parts += ["", format_reliability(reliability)]
    if timing:
        secs = timing.get("seconds")
        rate = timing.get("articles_per_second")
        if secs is not None and rate is not None:
            parts += ["", f"Extraction time: {secs:.2f} s ({rate:.2f} articles/s)"]
    if errors is not None:
        from sitrep.eval.errors_report import format_errors

        parts += ["", format_errors(errors)]
    return "\n".join(parts)


def to_json(
    all_scores: Scores,
    news_scores: Scores,
    *,
    timing: Mapping[str, float] | None = None,
    include_matches: bool = False,
    reliability: Any = None,
    errors: Any = None,
    indent: int | None = 2,
) -> str:
    """Both regimes (and the timing, reliability and errors, when given) as one JSON document."""
    data: dict[str, Any] = {
        "all": all_scores.to_dict(include_matches=include_matches),
        "news": news_scores.to_dict(include_matches=include_matches),
    }
    if timing:
        data["timing"] = dict(timing)
    if reliability is not None:
        data["reliability"] = reliability.to_dict()
    if errors is not None:
        data["errors"] = errors.to_dict()
    return json.dumps(data, indent=indent, ensure_ascii=False)
