"""Short synthetic conflict dispatches, written for these tests (not news copy), generated from
a few templates over real places, so a batch of any size is quick to extract and gives events
of several types."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

PLACES = [
    ("Ariha", "Idlib", "Syria"),
    ("Saraqib", "Idlib", "Syria"),
    ("Douentza", "Mopti", "Mali"),
    ("Kismayo", "Lower Juba", "Somalia"),
    ("Baidoa", "Bay", "Somalia"),
    ("Abs", "Hajjah", "Yemen"),
    ("Maiduguri", "Borno", "Nigeria"),
    ("Goma", "North Kivu", "the Democratic Republic of the Congo"),
    ("Kandahar", "Kandahar", "Afghanistan"),
    ("Mosul", "Nineveh", "Iraq"),
    ("El Fasher", "North Darfur", "Sudan"),
    ("Kharkiv", "Kharkiv", "Ukraine"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEMPLATES = [
    ("Air strike kills {n} in {town}",
     "An air strike hit a crowded market in {town} in {province} province, {country}, on "
     "{day}, killing {n} civilians and wounding {m} others, local health officials said."),
    ("Gunmen kill {n} villagers near {town}",
     "Gunmen attacked a village near {town} in the {province} region of {country} on {day}, "
     "killing {n} people, a police spokesman said. Several houses were set on fire."),
    ("Troops clash with militants near {town}",
     "Soldiers clashed with militants near {town} in {country} on {day}, and {n} fighters "
     "were killed in the fighting, the army said in a statement."),
    ("Roadside bomb kills {n} police officers in {town}",
     "A roadside bomb exploded next to a police patrol in {town}, {country}, on {day}, "
     "killing {n} officers, security officials said."),
    ("Protesters march in {town}",
     "Hundreds of protesters marched through {town} in {country} on {day} to demand the "
     "release of detained students, witnesses said. Police fired tear gas to disperse them."),
    ("Shelling kills {n} in {town}",
     "Artillery shells struck residential streets of {town} in {country} on {day}, killing "
     "{n} civilians, rescuers said."),
]


def dispatches(n: int, *, seed: int = 13) -> list[dict]:
    """``n`` JSONL records {id, title, published, text}, the same for the same seed."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 2)
    records = []
    for i in range(n):
        town, province, country = rng.choice(PLACES)
        headline, body = rng.choice(TEMPLATES)
        published = start + dt.timedelta(days=rng.randrange(700))
        back = rng.randrange(1, 4)
        day = WEEKDAYS[(published - dt.timedelta(days=back)).weekday()]
        values = dict(town=town, province=province, country=country, day=day,
                      n=rng.randrange(2, 40), m=rng.randrange(1, 30))
        title = headline.format(**values)
        records.append({
            "id": f"dispatch-{i:04d}",
            "title": title,
            "published": published.isoformat(),
            "text": f"{title}\n\n{body.format(**values)}\n",
        })
    return records


def write_dispatches(path: Path, n: int, *, seed: int = 13, bad_lines: bool = False) -> Path:
    """Write ``n`` dispatches as JSONL to ``path``; ``bad_lines`` adds a line that is not JSON
    and a record without text (each recorded as an input failure)."""
    lines = [json.dumps(r) for r in dispatches(n, seed=seed)]
    if bad_lines:
        lines.insert(len(lines) // 3, "{not json")
        lines.insert(2 * len(lines) // 3, json.dumps({"id": "no-text", "text": ""}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
