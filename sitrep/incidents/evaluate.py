"""Measuring the linking: ``sitrep eval-incidents GOLD.jsonl``.

The gold articles (FORMAT.md, each gold event with an ``incident`` id) are ingested into a
scratch store by the real extractor and linked as ``sitrep ingest`` links them. Each article's
system events are matched one-to-one to its gold events (``sitrep.eval.matching``, the matcher
of ``sitrep eval``); over the matched events:

- cross-article pairwise precision / recall / F1 of "same incident": pairs of matched events
  from different articles; a pair is predicted-same when both events are in one incident,
  gold-same when their gold events carry one incident id;
- B-cubed precision / recall / F1 over every matched event (Bagga & Baldwin 1998): per event,
  the share of its predicted incident that is in its gold incident, and the reverse;
- gold incidents split (their matched events in more than one incident) and merged (sharing an
  incident with another gold incident's events).

The same measures are given for a baseline link rule (same sub-type, dates a day apart at most,
within 25 km), so a figure says what the scored linking adds. Extraction misses bound recall:
the counts of gold events and matched events are reported beside the figures.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from sitrep.errors import EvalError
from sitrep.model import Article, Event


@dataclass(frozen=True, slots=True)
class LinkScores:
    """Pairwise (cross-article) and B-cubed scores of one clustering against the gold."""

    pair_precision: float
    pair_recall: float
    pair_f1: float
    predicted_pairs: int
    gold_pairs: int
    correct_pairs: int
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    gold_incidents: int
    gold_incidents_split: int
    gold_incidents_merged: int

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class IncidentEval:
    """The linking figures of one gold file."""

    gold: str
    articles: int
    gold_events: int
    matched_events: int
    gold_incidents: int
    incidents: int
    linking: LinkScores
    baseline: LinkScores
    linking_all_gold: LinkScores  # over every gold event, an unmatched one a singleton

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "articles": self.articles, "gold_events": self.gold_events,
                "matched_events": self.matched_events, "gold_incidents": self.gold_incidents,
                "incidents": self.incidents, "linking": self.linking.to_dict(),
                "baseline": self.baseline.to_dict(),
                "linking_all_gold": self.linking_all_gold.to_dict()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_clustering(items: Sequence[tuple[str, str, str]]) -> LinkScores:
    """Scores of ``items`` (article id, gold incident, predicted incident), one per matched event."""
    return score_labels([i[0] for i in items], [i[1] for i in items], [i[2] for i in items])


def _codes(values: Sequence[Any] | np.ndarray) -> np.ndarray:
    """Dense integer codes of the values (in order of first sight for a sequence)."""
    if isinstance(values, np.ndarray):
        return np.unique(values, return_inverse=True)[1].ravel()
    index: dict[Any, int] = {}
    return np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int64)


def _pairs_within(*columns: np.ndarray) -> int:
    """Pairs of items that agree on every column: sum of n(n-1)/2 over the groups."""
    if not len(columns[0]):
        return 0
    _, counts = np.unique(np.stack(columns, axis=1), axis=0, return_counts=True)
    return int((counts * (counts - 1) // 2).sum())


def score_labels(articles: Sequence[Any] | np.ndarray, gold: Sequence[Any] | np.ndarray,
                 predicted: Sequence[Any] | np.ndarray) -> LinkScores:
    """``score_clustering`` over three parallel columns, from group counts rather than pairs,
    so that a million events score in seconds: a cross-article pair is a pair of one group
    less the pairs of one article within it; B-cubed reads each item's cell and group sizes."""
    art, g, p = _codes(articles), _codes(gold), _codes(predicted)
    predicted_pairs = _pairs_within(p) - _pairs_within(p, art)
    gold_pairs = _pairs_within(g) - _pairs_within(g, art)
    correct = _pairs_within(p, g) - _pairs_within(p, g, art)
    pr = correct / predicted_pairs if predicted_pairs else 1.0
    rc = correct / gold_pairs if gold_pairs else 1.0
    n = len(art)
    if n:
        cells, cell_of, cell_counts = np.unique(np.stack([p, g], axis=1), axis=0, return_inverse=True,
                                                return_counts=True)
        both = cell_counts[cell_of.ravel()]
        # summed item by item, in order, as the pairwise definition does (the same float sums)
        bp = sum((both / np.bincount(p)[p]).tolist()) / n
        br = sum((both / np.bincount(g)[g]).tolist()) / n
        split = int((np.bincount(cells[:, 1]) > 1).sum())
        mixed = np.bincount(cells[:, 0]) > 1  # predicted incidents holding two gold ones
        merged = len(set(cells[mixed[cells[:, 0]], 1].tolist()))
        gold_count = int(g.max()) + 1
    else:
        bp = br = 1.0
        split = merged = gold_count = 0
    return LinkScores(round(pr, 4), round(rc, 4), round(_f1(pr, rc), 4), predicted_pairs, gold_pairs,
                      correct, round(bp, 4), round(br, 4), round(_f1(bp, br), 4), gold_count,
                      split, merged)


def baseline_incidents(events: Sequence[Event], *, days: int = 1, km: float = 25.0) -> dict[str, str]:
    """The baseline link rule: same sub-type, dates at most ``days`` apart, places within
    ``km``, different articles; incidents are the connected parts."""
    from sitrep.incidents.cluster import components
    from sitrep.geo.distance import haversine_km

    import datetime as dt

    edges = []
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if a.article_id == b.article_id or a.sub_event_type != b.sub_event_type:
                continue
            if not (a.date and b.date and a.location and b.location and None not in (
                    a.location.lat, a.location.lon, b.location.lat, b.location.lon)):
                continue
            if abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) > days:
                continue
            if haversine_km(a.location.lat, a.location.lon, b.location.lat, b.location.lon) <= km:  # type: ignore[arg-type]
                edges.append((a.id, b.id))
    return {e: group[0] for group in components([e.id for e in events], edges) for e in group}


def evaluate_incidents(gold_path: str | Path, *, db: str | None = None,
                       extract: Callable | None = None,
                       report: Callable[[Any], None] | None = None) -> IncidentEval:
    """Ingest the gold articles into a scratch store (or ``db``), link them, and score the
    linking (see the module docstring). ``extract`` is the batch extractor of ``ingest``
    (default: the real pipeline)."""
    from sitrep.eval.runner import load_gold
    from sitrep.incidents.link import update_incidents
    from sitrep.store import store_from_url
    from sitrep.store.runs import ingest_articles

    gold = load_gold(gold_path)
    labels: dict[tuple[str, int], str] = {}
    for article in gold:
        for k, event in enumerate(article.events):
            incident = event.get("incident")
            if not isinstance(incident, str) or not incident:
                raise EvalError(f"{gold_path}:{article.line}: article {article.id}: event {k} has no "
                                "'incident' id. eval-incidents needs every gold event labelled")
            labels[(article.id, k)] = incident
    articles = [Article(id=a.id, text=a.text, published=a.published, title=a.title, url=a.url,
                        source=str(gold_path)) for a in gold]
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-incidents-") as scratch:
        url = db or str(Path(scratch) / "incidents.db")
        with store_from_url(url) as store:
            ingest_articles(store, articles, extract=extract, report=report)
            update_incidents(store)
            system = {a.id: store.query_events(article_id=a.id) for a in gold}
            from sitrep.incidents.link import _links
            linked = _links(store, events=[e.id for es in system.values() for e in es])
    return score_linking(gold, system, linked, labels, str(gold_path))


def score_linking(gold: Sequence[Any], system: Mapping[str, list[Event]], linked: Mapping[str, str],
                  labels: Mapping[tuple[str, int], str], name: str) -> IncidentEval:
    """The figures of one linking (``linked``: event id -> incident id) against the gold."""
    from sitrep.eval.matching import match_article

    items: list[tuple[str, str, str]] = []
    misses: list[tuple[str, str, str]] = []
    matched_events: list[Event] = []
    gold_labels: dict[str, str] = {}
    for article in gold:
        events = system.get(article.id, [])
        match = match_article(list(article.events), [e.to_dict() for e in events], article.id)
        for pair in sorted(match.matched, key=lambda p: p.gold_index):
            event = events[pair.sys_index]
            label = labels[(article.id, pair.gold_index)]
            items.append((article.id, label, linked.get(event.id, event.id)))
            matched_events.append(event)
            gold_labels[event.id] = label
        for miss in match.unmatched_gold:
            misses.append((article.id, labels[(article.id, miss.index)], f"missed {article.id} {miss.index}"))
    base = baseline_incidents(matched_events)
    base_items = [(e.article_id, gold_labels[e.id], base[e.id]) for e in matched_events]
    return IncidentEval(
        gold=name,
        articles=len(gold),
        gold_events=len(labels),
        matched_events=len(items),
        gold_incidents=len(set(labels.values())),
        incidents=len({i for _, _, i in items}),
        linking=score_clustering(items),
        baseline=score_clustering(base_items),
        linking_all_gold=score_clustering(items + misses),
    )


def format_eval(result: IncidentEval) -> str:
    """The report ``sitrep eval-incidents`` prints."""
    from tabulate import tabulate

    rows = []
    for name, s in (("sitrep linking", result.linking),
                    ("baseline (same sub-type, 1 day, 25 km)", result.baseline),
                    ("sitrep linking, all gold events*", result.linking_all_gold)):
        rows.append([name, s.pair_precision, s.pair_recall, s.pair_f1, s.bcubed_precision,
                     s.bcubed_recall, s.bcubed_f1, s.gold_incidents_split, s.gold_incidents_merged])
    head = (f"{result.gold}: {result.articles} articles, {result.gold_events} gold events in "
            f"{result.gold_incidents} incidents; {result.matched_events} matched by extraction "
            f"(the figures are over these), linked into {result.incidents} incidents; "
            f"{result.linking.gold_pairs} cross-article gold pairs among them")
    table = tabulate(rows, headers=["linking", "pair P", "pair R", "pair F1", "B3 P", "B3 R", "B3 F1",
                                    "gold split", "gold merged"], floatfmt=".3f")
    return (head + "\n" + table + "\n* every gold event, one the extractor missed counted as an "
            "incident of its own: what an analyst sees, extraction misses included")
