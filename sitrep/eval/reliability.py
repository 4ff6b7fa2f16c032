"""Reliability of the per-event ``confidence`` field (see ``docs/evaluation.md``).

Every system event of a gold article is either matched to a gold event (correct) or not (a false
positive). Grouping the system events by their ``confidence`` shows whether a higher confidence
really means a higher chance of being right: the share matched in each bin is the bin's
precision. Pure functions over the match results (``ArticleMatch``), no model needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tabulate import tabulate

from sitrep.eval.matching import ArticleMatch, Event

#: Lower edges of the confidence bins; each bin is [edge, next edge), the last one [0.9, 1.0].
BIN_EDGES: tuple[float, ...] = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
#: The key figure: precision of the events at or above this confidence.
HIGH_CONFIDENCE = 0.8


@dataclass(slots=True)
class ConfidenceBin:
    low: float
    high: float  # exclusive, except for the last bin (inclusive 1.0)
    count: int = 0
    matched: int = 0
    last: bool = False

    @property
    def label(self) -> str:
        return f"[{self.low:.1f}, {self.high:.1f}{']' if self.last else ')'}"

    @property
    def share_matched(self) -> float | None:
        return self.matched / self.count if self.count else None

    def to_dict(self) -> dict[str, Any]:
        share = self.share_matched
        return {
            "bin": self.label,
            "low": self.low,
            "high": self.high,
            "count": self.count,
            "matched": self.matched,
            "share_matched": None if share is None else round(share, 4),
        }


@dataclass(slots=True)
class Reliability:
    bins: list[ConfidenceBin]
    missing: int = 0  # system events without a usable confidence
    missing_matched: int = 0
    threshold: float = HIGH_CONFIDENCE
    high_count: int = 0  # events with confidence >= threshold
    high_matched: int = 0
    total: int = 0
    total_matched: int = 0
    regime: str = "all"

    @property
    def high_precision(self) -> float | None:
        return self.high_matched / self.high_count if self.high_count else None

    def to_dict(self) -> dict[str, Any]:
        prec = self.high_precision
        return {
            "regime": self.regime,
            "system_events": self.total,
            "matched": self.total_matched,
            "bins": [b.to_dict() for b in self.bins],
            "no_confidence": {"count": self.missing, "matched": self.missing_matched},
            "high_confidence": {
                "threshold": self.threshold,
                "count": self.high_count,
                "matched": self.high_matched,
                "precision": None if prec is None else round(prec, 4),
            },
        }


def _confidence(event: Event) -> float | None:
    value = event.get("confidence")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if 0.0 <= value <= 1.0 else None


def _bin_index(value: float, edges: tuple[float, ...]) -> int:
    """Index of the bin holding ``value`` (bins [e_k, e_{k+1}), the last one closed at 1.0)."""
    index = 0
    for k, edge in enumerate(edges):
        if value >= edge:
            index = k
    return index


def system_outcomes(matches: Iterable[ArticleMatch]) -> list[tuple[Event, bool]]:
    """Every system event of the match results with whether it was matched to a gold event."""
    out: list[tuple[Event, bool]] = []
    for art in matches:
        out.extend((pair.sys, True) for pair in art.matched)
        out.extend((u.event, False) for u in art.unmatched_sys)
    return out


def reliability(
    matches: Iterable[ArticleMatch],
    *,
    edges: tuple[float, ...] = BIN_EDGES,
    threshold: float = HIGH_CONFIDENCE,
    regime: str = "all",
) -> Reliability:
    """Bin the system events by confidence and count how many of each bin are matched."""
    bins = [
        ConfidenceBin(low, edges[k + 1] if k + 1 < len(edges) else 1.0, last=k + 1 == len(edges))
        for k, low in enumerate(edges)
    ]
    rel = Reliability(bins=bins, threshold=threshold, regime=regime)
    for event, ok in system_outcomes(matches):
        rel.total += 1
        rel.total_matched += int(ok)
        conf = _confidence(event)
        if conf is None:
            rel.missing += 1
            rel.missing_matched += int(ok)
            continue
        b = bins[_bin_index(conf, edges)]
        b.count += 1
        b.matched += int(ok)
        if conf >= threshold:
            rel.high_count += 1
            rel.high_matched += int(ok)
    return rel


def _share(matched: int, count: int) -> str:
    return f"{matched / count:.3f}" if count else "n/a"


def format_reliability(rel: Reliability) -> str:
    """The "Confidence reliability" section of the table report."""
    rows = [[b.label, b.count, b.matched, _share(b.matched, b.count)] for b in rel.bins]
    if rel.missing:
        rows.append(["no confidence", rel.missing, rel.missing_matched, _share(rel.missing_matched, rel.missing)])
    rows.append(["total", rel.total, rel.total_matched, _share(rel.total_matched, rel.total)])
    table = tabulate(
        rows,
        headers=["confidence", "system events", "matched", "share matched"],
        tablefmt="simple",
        disable_numparse=True,
        colalign=("left", "right", "right", "right"),
    )
    prec = rel.high_precision
    key = (
        f"events with confidence >= {rel.threshold:g}: {rel.high_count}, "
        f"precision {'n/a' if prec is None else f'{prec:.3f}'}"
    )
    return "\n".join([f"Confidence reliability ({rel.regime} events)", table, key])
