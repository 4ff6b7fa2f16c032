"""The linker as first written, pair by pair: the definition the fast linker must match.

Kept in the tests only (an oracle, quadratic in events per country and window): every blocked
pair is scored by ``score_pair`` and clusters are joined by comparing whole member lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sitrep.events.merge import same_kind
from sitrep.incidents.score import PairScore, blocked_together, country_of, event_day, load_weights, score_pair
from sitrep.model import Event


def reference_pairs(new: Sequence[Event], pool: Iterable[Event]) -> list[PairScore]:
    weights = load_weights()
    new_ids = {e.id for e in new}
    by_country: dict[str, list[Event]] = defaultdict(list)
    seen: set[str] = set()
    for e in list(pool) + list(new):
        if country_of(e) and event_day(e) is not None and e.id not in seen:
            seen.add(e.id)
            by_country[country_of(e)].append(e)  # type: ignore[index]
    found: dict[tuple[str, str], PairScore] = {}
    for events in by_country.values():
        for i, a in enumerate(events):
            for b in events[i + 1:]:
                if (a.id in new_ids or b.id in new_ids) and blocked_together(a, b, weights):
                    pair = score_pair(a, b, weights)
                    if pair.linked:
                        found[(pair.a, pair.b)] = pair
    return [found[k] for k in sorted(found)]


def reference_cluster(events: Mapping[str, Event], links: Iterable[tuple[str, str, float]]) -> list[list[str]]:
    members: dict[str, list[str]] = {i: [i] for i in events}
    root: dict[str, str] = {i: i for i in events}
    for a, b, _score in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        if a not in events or b not in events:
            continue
        ra, rb = root[a], root[b]
        if ra == rb or any(events[x].article_id == events[y].article_id and same_kind(events[x], events[y])
                           for x in members[ra] for y in members[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        for e in members[gone]:
            root[e] = keep
        members[keep].extend(members.pop(gone))
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0])
