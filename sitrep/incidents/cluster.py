"""From scored pairs to incidents, the same way whatever order the events came in.

The links (pairs at or above the threshold) form a graph over events. Each connected part of
it is clustered on its own: links are taken strongest first (ties by event ids) and joined
unless the join would put two events of one article that are the same kind of action into one
incident (the in-article merge already judged them two events: three bombings in one city on
one day stay three incidents). A part's clusters depend only on its events and links, so
re-clustering the parts a new article touches gives what clustering everything gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sitrep.events.merge import same_kind
from sitrep.model import Event


def components(nodes: Iterable[str], edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The connected parts of the graph, each sorted, in order of their first id."""
    parent: dict[str, str] = {n: n for n in nodes}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent.setdefault(a, a)
        parent.setdefault(b, b)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for n in parent:
        groups.setdefault(find(n), []).append(n)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def cluster(events: Mapping[str, Event], links: Iterable[tuple[str, str, float]]) -> list[list[str]]:
    """Clusters of event ids: greedy joins over ``links`` (a, b, score), strongest first, never
    joining two same-kind events of one article. Every event of ``events`` is in one cluster."""
    members: dict[str, list[str]] = {i: [i] for i in events}
    root: dict[str, str] = {i: i for i in events}
    for a, b, _score in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        if a not in events or b not in events:
            continue
        ra, rb = root[a], root[b]
        if ra == rb or _conflict(events, members[ra], members[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        for e in members[gone]:
            root[e] = keep
        members[keep].extend(members.pop(gone))
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0])


def _conflict(events: Mapping[str, Event], left: list[str], right: list[str]) -> bool:
    for x in left:
        ex = events[x]
        for y in right:
            ey = events[y]
            if ex.article_id == ey.article_id and same_kind(ex, ey):
                return True
    return False
