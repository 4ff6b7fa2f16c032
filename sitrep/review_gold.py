"""``sitrep export --reviewed``: reviewed events as a gold file in ../shared/eval/FORMAT.md shape,
so what analysts checked in the page grows the evaluation data.

An article goes in only when every one of its events has been reviewed (a gold article lists
all its events: an unreviewed one might be a miss or a false alarm). Accepted and corrected
events are written with the corrections applied; rejected ones are left out. An article whose
kept events lack what FORMAT.md requires (a date, a located place) is skipped with the reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from sitrep.review import apply_corrections, records_for, review_state
from sitrep.store.sql import SQLStore


@dataclass(frozen=True, slots=True)
class GoldExport:
    articles: int
    events: int
    skipped: tuple[str, ...]  # one line per article left out, saying why


def _gold_event(event: dict[str, Any], text: str, incident: str | None) -> dict[str, Any] | str:
    """The FORMAT.md event, or why it cannot be one."""
    place = event.get("location") or {}
    if not event.get("date"):
        return f"event {event['id']} has no date (correct its date)"
    if place.get("lat") is None or place.get("lon") is None or not place.get("country"):
        return f"event {event['id']} has no located place (correct its location)"
    spans = event.get("evidence_spans") or []
    evidence = (text[min(s["start_char"] for s in spans):max(s["end_char"] for s in spans)]
                if spans else event.get("evidence") or "")
    location = {"name": place.get("name"), "mention": place.get("mention"),
                "admin1": place.get("admin1"), "country": place["country"].upper(),
                "lat": round(place["lat"], 2), "lon": round(place["lon"], 2),
                "precision": place.get("precision") or "town"}
    out = {key: event.get(key) for key in (
        "event_type", "sub_event_type", "date", "date_precision")}
    out["location"] = location
    out.update({key: event.get(key) for key in (
        "actor1", "actor1_type", "actor2", "actor2_type", "fatalities", "injured", "reported_by")})
    out["evidence"] = evidence
    out["background"] = bool(event.get("background"))
    if incident:
        out["incident"] = incident
    return out


def reviewed_gold(store: SQLStore) -> Iterator[dict[str, Any] | str]:
    """Gold article lines (dicts) of the fully reviewed articles, or a reason (str) per article
    with reviews that cannot go in; by article id."""
    rows = store._exec("SELECT DISTINCT e.article_id FROM reviews r JOIN events e ON e.id = r.event_id "
                       "ORDER BY e.article_id").fetchall()
    for (article_id,) in rows:
        article = store._exec("SELECT id, url, title, published, text FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        events = store._exec("SELECT e.json, l.incident_id FROM events e LEFT JOIN incident_links l "
                             "ON l.event_id = e.id WHERE e.article_id = ? ORDER BY e.id",
                             (article_id,)).fetchall()
        records = records_for(store, [json.loads(r[0])["id"] for r in events])
        gold, problem = [], None
        for raw, incident in events:
            event = json.loads(raw)
            state = review_state(records.get(event["id"], []))
            if state.status == "unreviewed":
                problem = f"event {event['id']} is not reviewed"
                break
            if state.status == "rejected":
                continue
            fixed = apply_corrections(event, state.corrected)
            item = _gold_event(fixed, article[4], state.corrected.get("incident_id", incident))
            if isinstance(item, str):
                problem = item
                break
            gold.append(((fixed.get("evidence_spans") or [{"start_char": 0}])[0]["start_char"], item))
        if problem:
            yield f"article {article_id}: left out, {problem}"
            continue
        yield {"id": article[0], "url": article[1], "title": article[2], "published": article[3],
               "text": article[4], "events": [item for _, item in sorted(gold, key=lambda p: p[0])]}


def write_reviewed_gold(store: SQLStore, out: TextIO) -> GoldExport:
    """Write the gold lines (JSONL) to ``out``; what was written and what was left out."""
    articles = events = 0
    skipped = []
    for item in reviewed_gold(store):
        if isinstance(item, str):
            skipped.append(item)
            continue
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        articles += 1
        events += len(item["events"])
    return GoldExport(articles, events, tuple(skipped))
