"""Error listing for ``sitrep eval --errors`` (see ``docs/evaluation.md``).

Built from the match results alone (``ArticleMatch``: matched pairs, unmatched gold and system
events with their closest candidate and the failed criteria), grouped by article:

- **missed**: gold events without a system partner (false negatives);
- **spurious**: system events without a gold partner (false positives);
- **disagreements**: fields of matched pairs that differ (the field accuracies' failures).

Plus a summary count of the failure reasons (``type``, ``date``, ``place``, ``taken``, or
``no candidate`` when the other side of the article is empty) and of the disagreeing fields.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sitrep.eval.matching import (
    FIELD_CHECKS,
    ArticleMatch,
    Event,
    MatchedPair,
    Unmatched,
    distance_km,
)

#: Fields listed as disagreements (``actor_types`` is left out: it repeats actor1/actor2_type).
DISAGREEMENT_FIELDS: tuple[str, ...] = tuple(name for name in FIELD_CHECKS if name != "actor_types")
#: Reason label for an unmatched event whose article has no event on the other side.
NO_CANDIDATE = "no candidate"
#: Characters of evidence shown per event.
EVIDENCE_CHARS = 100


def _loc(event: Event) -> dict[str, Any]:
    loc = event.get("location")
    return loc if isinstance(loc, dict) else {}


def _evidence(event: Event) -> str | None:
    text = event.get("evidence")
    if not isinstance(text, str):
        return None
    return " ".join(text.split())[:EVIDENCE_CHARS]


def event_brief(event: Event) -> dict[str, Any]:
    """The fields of an event shown in the listing."""
    loc = _loc(event)
    brief: dict[str, Any] = {
        "event_type": event.get("event_type"),
        "sub_event_type": event.get("sub_event_type"),
        "date": event.get("date"),
        "date_precision": event.get("date_precision"),
        "place": loc.get("name"),
        "place_precision": loc.get("precision"),
        "country": loc.get("country"),
        "evidence": _evidence(event),
    }
    if "confidence" in event:
        brief["confidence"] = event.get("confidence")
    if event.get("background"):
        brief["background"] = True
    return brief


def _unmatched_record(u: Unmatched) -> dict[str, Any]:
    other = "sys_index" if u.side == "gold" else "gold_index"
    return {
        "index": u.index,
        "event": event_brief(u.event),
        "reasons": list(u.reasons) if u.closest is not None else [NO_CANDIDATE],
        "closest": None if u.closest is None else {other: u.closest_index, **event_brief(u.closest)},
        "closest_taken": u.closest_taken,
        "date_gap_days": None if u.check is None else u.check.date_diff_days,
        "distance_km": None if u.check is None or u.check.distance_km is None else round(u.check.distance_km, 1),
    }


def _place_value(event: Event) -> dict[str, Any]:
    loc = _loc(event)
    return {key: loc.get(key) for key in ("name", "country", "lat", "lon")}


def _field_value(name: str, event: Event) -> Any:
    if name == "place_25km":
        return _place_value(event)
    if name == "date_exact":
        return event.get("date")
    if name == "fatalities_best":
        fat = event.get("fatalities")
        return fat.get("best") if isinstance(fat, dict) else None
    if name == "background":
        return bool(event.get("background", False))
    return event.get(name)


def pair_disagreements(pair: MatchedPair) -> list[dict[str, Any]]:
    """Every disagreeing field of a matched pair: field, gold value, system value."""
    out = []
    for name in DISAGREEMENT_FIELDS:
        if FIELD_CHECKS[name](pair.gold, pair.sys):
            continue
        rec: dict[str, Any] = {
            "gold_index": pair.gold_index,
            "sys_index": pair.sys_index,
            "field": name,
            "gold": _field_value(name, pair.gold),
            "system": _field_value(name, pair.sys),
        }
        if name == "place_25km":
            km = distance_km(pair.gold, pair.sys)
            rec["distance_km"] = None if km is None else round(km, 1)
        out.append(rec)
    return out


@dataclass(slots=True)
class ErrorReport:
    regime: str = "all"
    articles: list[dict[str, Any]] = field(default_factory=list)  # only articles with an error
    missed: int = 0
    spurious: int = 0
    matched: int = 0
    disagreements: int = 0
    reasons_missed: Counter = field(default_factory=Counter)
    reasons_spurious: Counter = field(default_factory=Counter)
    fields: Counter = field(default_factory=Counter)

    @property
    def reasons(self) -> Counter:
        return self.reasons_missed + self.reasons_spurious

    def to_dict(self) -> dict[str, Any]:
        return {
            "regime": self.regime,
            "summary": {
                "missed": self.missed,
                "spurious": self.spurious,
                "matched": self.matched,
                "field_disagreements": self.disagreements,
                "reasons": _ordered(self.reasons),
                "reasons_missed": _ordered(self.reasons_missed),
                "reasons_spurious": _ordered(self.reasons_spurious),
                "fields": _ordered(self.fields),
            },
            "articles": self.articles,
        }


def _ordered(counter: Counter) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def collect_errors(matches: Iterable[ArticleMatch], *, regime: str = "all") -> ErrorReport:
    """Group the misses, spurious events and field disagreements of the match results by article."""
    report = ErrorReport(regime=regime)
    for art in matches:
        missed = [_unmatched_record(u) for u in art.unmatched_gold]
        spurious = [_unmatched_record(u) for u in art.unmatched_sys]
        disagreements = [d for pair in art.matched for d in pair_disagreements(pair)]
        report.matched += art.tp
        report.missed += len(missed)
        report.spurious += len(spurious)
        report.disagreements += len(disagreements)
        for rec in missed:
            report.reasons_missed.update(rec["reasons"])
        for rec in spurious:
            report.reasons_spurious.update(rec["reasons"])
        report.fields.update(d["field"] for d in disagreements)
        if missed or spurious or disagreements:
            report.articles.append({
                "article_id": art.article_id,
                "missed": missed,
                "spurious": spurious,
                "disagreements": disagreements,
            })
    return report


# --------------------------------------------------------------------------------------------
# Text


def _counts(counter: Counter) -> str:
    return ", ".join(f"{k}: {v}" for k, v in _ordered(counter).items()) or "none"


def _describe(brief: dict[str, Any]) -> str:
    kind = f"{brief.get('event_type')}/{brief.get('sub_event_type')}"
    when = f"{brief.get('date')} ({brief.get('date_precision')})"
    where = f"{brief.get('place')} ({brief.get('place_precision')}, {brief.get('country')})"
    extra = ""
    conf = brief.get("confidence")
    if isinstance(conf, (int, float)) and not isinstance(conf, bool):
        extra += f"  conf {conf:.2f}"
    if brief.get("background"):
        extra += "  [background]"
    return f"{kind}  {when}  {where}{extra}"


def _gap(rec: dict[str, Any]) -> str:
    days, km = rec["date_gap_days"], rec["distance_km"]
    day_part = "no date" if days is None else f"date gap {days:+d} d"
    km_part = "no coordinates" if km is None else f"{km:.1f} km"
    return f"{day_part}, {km_part}"


def _unmatched_lines(tag: str, own: str, other: str, rec: dict[str, Any]) -> list[str]:
    pad = " " * 11
    lines = [f"  {tag:<8} {own}[{rec['index']}] {_describe(rec['event'])}"]
    if rec["event"].get("evidence"):
        lines.append(f"{pad}evidence: \"{rec['event']['evidence']}\"")
    closest = rec["closest"]
    if closest is None:
        lines.append(f"{pad}closest: none ({NO_CANDIDATE}: the article has no {other} event)")
    else:
        idx = closest.get("sys_index", closest.get("gold_index"))
        taken = ", itself matched" if rec["closest_taken"] else ""
        lines.append(f"{pad}closest: {other}[{idx}] {_describe(closest)}")
        lines.append(f"{pad}failed: {', '.join(rec['reasons'])} ({_gap(rec)}{taken})")
    return lines


def _value(value: Any) -> str:
    if isinstance(value, dict):  # a place
        name, country = value.get("name"), value.get("country")
        lat, lon = value.get("lat"), value.get("lon")
        coords = f"{lat:.3f},{lon:.3f}" if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) else "no coords"
        return f"{name} ({country}, {coords})"
    return "null" if value is None else str(value)


def format_errors(report: ErrorReport) -> str:
    """The error listing as plain text (after the score tables)."""
    lines = [
        f"Errors ({report.regime} events): {report.missed} missed, {report.spurious} spurious, "
        f"{report.disagreements} field disagreements on {report.matched} matched pairs",
        f"failure reasons: {_counts(report.reasons)}",
        f"  missed gold events: {_counts(report.reasons_missed)}",
        f"  spurious system events: {_counts(report.reasons_spurious)}",
        f"field disagreements: {_counts(report.fields)}",
    ]
    for art in report.articles:
        lines += ["", f"article {art['article_id']}: {len(art['missed'])} missed, "
                      f"{len(art['spurious'])} spurious, {len(art['disagreements'])} field disagreements"]
        for rec in art["missed"]:
            lines += _unmatched_lines("MISSED", "gold", "sys", rec)
        for rec in art["spurious"]:
            lines += _unmatched_lines("SPURIOUS", "sys", "gold", rec)
        for d in art["disagreements"]:
            extra = f" ({d['distance_km']} km)" if d.get("distance_km") is not None else ""
            lines.append(f"  {'FIELD':<8} gold[{d['gold_index']}]~sys[{d['sys_index']}] {d['field']}: "
                         f"gold {_value(d['gold'])} | system {_value(d['system'])}{extra}")
    return "\n".join(lines)
