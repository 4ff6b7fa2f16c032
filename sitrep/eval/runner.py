"""Load a gold file (FORMAT.md) and evaluate an extraction function against it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.errors import EvalError
from sitrep.eval.metrics import Scores, score
from sitrep.model import ACTOR_TYPES, DATE_PRECISIONS, EVENT_TYPES, PLACE_PRECISIONS, SUB_EVENT_TYPES_BY_TYPE

Event = dict[str, Any]
ExtractFn = Callable[[str, "str | None", "str | None"], list[Event]]



@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    published: str | None
    events: list[Event]
    url: str | None = None
    title: str | None = None
    line: int = 0  # 1-based line number in the gold file


@dataclass(slots=True)
class EvalDetails:
    """Everything behind the two score tables, for error listings and JSON output."""

    gold: list[GoldArticle]
    system_events: dict[str, list[Event]]
    seconds: float
    articles_per_second: float
    matches_all: list[Any] = field(default_factory=list)  # list[ArticleMatch]
    matches_news: list[Any] = field(default_factory=list)

    @property
    def timing(self) -> dict[str, float]:
        return {"seconds": self.seconds, "articles_per_second": self.articles_per_second}

    def reliability(self, *, news_only: bool = False) -> Any:
        """Confidence reliability table of the system events (``reliability.Reliability``)."""
        from sitrep.eval.reliability import reliability

        matches = self.matches_news if news_only else self.matches_all
        return reliability(matches, regime="news" if news_only else "all")

    def errors(self, *, news_only: bool = False) -> Any:
        """Misses, spurious events and field disagreements (``errors_report.ErrorReport``)."""
        from sitrep.eval.errors_report import collect_errors

        matches = self.matches_news if news_only else self.matches_all
        return collect_errors(matches, regime="news" if news_only else "all")


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_event(ev: Any, k: int) -> str | None:
    """Return the first problem with event ``k`` of a gold line, or None."""
    where = f"events[{k}]"
    if not isinstance(ev, dict):
        return f"{where} is not an object"
    et, st = ev.get("event_type"), ev.get("sub_event_type")
    if et not in EVENT_TYPES:
        return f"{where}.event_type {et!r} is not one of {', '.join(EVENT_TYPES)}"
    if st not in SUB_EVENT_TYPES_BY_TYPE[et]:
        return f"{where}.sub_event_type {st!r} is not a sub-type of {et}"
    if not _is_iso_date(ev.get("date")):
        return f"{where}.date {ev.get('date')!r} is not an ISO date YYYY-MM-DD"
    if ev.get("date_precision") not in DATE_PRECISIONS:
        return f"{where}.date_precision {ev.get('date_precision')!r} is not one of {', '.join(DATE_PRECISIONS)}"
    loc = ev.get("location")
    if not isinstance(loc, dict):
        return f"{where}.location is missing or not an object"
    if loc.get("precision") not in PLACE_PRECISIONS:
        return f"{where}.location.precision {loc.get('precision')!r} is not one of {', '.join(PLACE_PRECISIONS)}"
    country = loc.get("country")
    if not (isinstance(country, str) and len(country) == 2 and country.isalpha()):
        return f"{where}.location.country {country!r} is not an ISO 3166-1 alpha-2 code"
    for key, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
        if not _is_number(loc.get(key)) or not lo <= loc[key] <= hi:
            return f"{where}.location.{key} {loc.get(key)!r} is not a number in [{lo}, {hi}]"
    for key in ("actor1_type", "actor2_type"):
        if ev.get(key) is not None and ev.get(key) not in ACTOR_TYPES:
            return f"{where}.{key} {ev.get(key)!r} is not one of {', '.join(ACTOR_TYPES)}"
    fat = ev.get("fatalities")
    if fat is not None:
        if not isinstance(fat, dict):
            return f"{where}.fatalities is not an object"
        for key in ("best", "low", "high"):
            val = fat.get(key)
            if val is not None and (not isinstance(val, int) or isinstance(val, bool)):
                return f"{where}.fatalities.{key} {val!r} is not an integer or null"
    if "background" in ev and not isinstance(ev["background"], bool):
        return f"{where}.background {ev['background']!r} is not true/false"
    return None


def _parse_line(raw: str, lineno: int) -> GoldArticle | str:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return f"invalid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(obj, dict):
        return "not a JSON object"
    art_id = obj.get("id")
    if not isinstance(art_id, str) or not art_id.strip():
        return "missing or empty 'id'"
    if not isinstance(obj.get("text"), str):
        return f"article {art_id}: 'text' is missing or not a string"
    published = obj.get("published")
    if published is not None and not _is_iso_date(published):
        return f"article {art_id}: 'published' {published!r} is not an ISO date or null"
    events = obj.get("events")
    if not isinstance(events, list):
        return f"article {art_id}: 'events' is missing or not a list"
    for k, ev in enumerate(events):
        problem = _check_event(ev, k)
        if problem:
            return f"article {art_id}: {problem}"
    return GoldArticle(
        id=art_id,
        text=obj["text"],
        published=published,
        events=events,
        url=obj.get("url"),
        title=obj.get("title"),
        line=lineno,
    )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a FORMAT.md gold file. Blank lines are skipped.

    Raises ``EvalError`` naming the file, the line and the problem for an unreadable file, a
    malformed line, or a duplicate article id.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalError(f"{path}: cannot read the gold file ({exc.strerror or exc}). Check the path") from exc
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text. Save the gold file as UTF-8 JSONL") from exc
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        parsed = _parse_line(raw, lineno)
        if isinstance(parsed, str):
            raise EvalError(f"{path}:{lineno}: {parsed}. Fix the line so it follows FORMAT.md")
        if parsed.id in seen:
            raise EvalError(
                f"{path}:{lineno}: duplicate article id {parsed.id!r} (first on line {seen[parsed.id]}). "
                "Give every article a unique id"
            )
        seen[parsed.id] = lineno
        articles.append(parsed)
    return articles


PARTS = ("all", "working", "locked")
LOCKED_EVERY = 5


def split_part(gold: list[GoldArticle], part: str) -> list[GoldArticle]:
    """The articles of one part of a gold set: ``locked`` is every fifth article in id order
    (the 5th, 10th, ...), kept for checking changes whose errors nobody reads; ``working`` is
    the rest; ``all`` is every article. The split depends on the ids alone, so a gold file that
    grows keeps most articles on their side."""
    if part not in PARTS:
        raise EvalError(f"unknown part {part!r}; use one of {', '.join(PARTS)}")
    if part == "all":
        return list(gold)
    ids = sorted(a.id for a in gold)
    locked = {art_id for k, art_id in enumerate(ids, start=1) if k % LOCKED_EVERY == 0}
    return [a for a in gold if (a.id in locked) == (part == "locked")]


def run_extraction(gold: list[GoldArticle], extract_fn: ExtractFn) -> tuple[dict[str, list[Event]], float]:
    """Run ``extract_fn(text, published, url)`` on every gold article; returns (events by id, seconds)."""
    out: dict[str, list[Event]] = {}
    start = time.perf_counter()
    for art in gold:
        events = extract_fn(art.text, art.published, art.url)
        out[art.id] = [dict(e) for e in events]
    return out, time.perf_counter() - start


def evaluate(gold_path: str | Path, extract_fn: ExtractFn, *, part: str = "all") -> tuple[Scores, Scores, EvalDetails]:
    """Load the gold file, run the extractor on each article of ``part`` (see ``split_part``)
    and score it.

    Returns (scores over all events, scores over news only, details). Errors raised by
    ``extract_fn`` propagate unchanged.
    """
    gold = split_part(load_gold(gold_path), part)
    system, seconds = run_extraction(gold, extract_fn)
    all_scores = score(gold, system)
    news_scores = score(gold, system, news_only=True)
    rate = len(gold) / max(seconds, 1e-9)
    details = EvalDetails(
        gold=gold,
        system_events=system,
        seconds=seconds,
        articles_per_second=rate,
        matches_all=all_scores.matches,
        matches_news=news_scores.matches,
    )
    return all_scores, news_scores, details
