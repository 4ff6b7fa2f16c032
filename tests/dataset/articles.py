"""Four short dispatches written for these tests (not news copy): two outlets report one air
strike in Yemen with different tolls (one incident, two reports), one clash in Mali, one
protest in Sudan from a file with no URL."""

from __future__ import annotations

import json
from pathlib import Path

DISPATCHES = [
    {"id": "t-yemen-1", "url": "https://www.first-wire.example/yemen/abs-market",
     "title": "Air raid on Yemen market leaves nine dead", "published": "2024-03-13",
     "text": "Air raid on Yemen market leaves nine dead\n\nAn airstrike hit a busy market in the town of "
             "Abs in Hajjah province in northern Yemen on Monday, killing nine people and wounding 14 "
             "others, local health officials said.\n\nResidents said warplanes of the Saudi-led "
             "coalition carried out the raid around midday.\n"},
    {"id": "t-yemen-2", "url": "https://second-daily.example/2024/03/14/abs",
     "title": "Toll from Abs market strike rises to 12", "published": "2024-03-14",
     "text": "Toll from Abs market strike rises to 12\n\nAn air strike on a crowded market in the town "
             "of Abs in Hajjah province, Yemen, on Monday killed 12 people, medics said on Thursday, "
             "raising the toll given earlier.\n"},
    {"id": "t-mali", "url": "https://third-post.example/mali-douentza",
     "title": "Militants attack army base in central Mali", "published": "2024-03-13",
     "text": "Militants attack army base in central Mali\n\nSuspected jihadist fighters attacked a "
             "military base near Douentza in central Mali on Tuesday, and at least six soldiers were "
             "killed in the fighting that followed, army sources said.\n"},
    {"id": "t-sudan", "title": "Police fire tear gas at marchers in Khartoum", "published": "2024-03-13",
     "text": "Police fire tear gas at marchers in Khartoum\n\nThousands of protesters marched in "
             "Khartoum on Tuesday against military rule, and police fired tear gas to disperse them, "
             "witnesses said.\n"},
]


def write_dispatches(path: Path) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in DISPATCHES), "utf-8")
    return path
