"""From scored pairs to incidents, the same way whatever order the events came in.

The links (pairs at or above the threshold) form a graph over events. Each connected part of
it is clustered on its own: links are taken strongest first (ties by event ids) and join their
two clusters unless fewer than half (``min_linked_share``) of the pairs between the clusters
are links taken so far (no chaining of look-alikes through single links), or the link has an
end that is not a located point while both clusters hold one (a province- or country-level
report joins one located group, never bridges two), or the join would put two events of one
article that are the same kind of action into one incident (the in-article merge already
judged them two events: three bombings in one city on one day stay three incidents). A part's
clusters depend only on its events and links, so
re-clustering the parts a new article touches gives what clustering everything gives.

``greedy`` does the joining over integer rows (a million events in seconds): each cluster
keeps its members by article, so a join compares only the events of the articles both sides
share, and the links counted between clusters not (yet) joined.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np

from sitrep.incidents.table import Interner, kind_key, kind_tables
from sitrep.incidents.score import load_weights, precisely_placed
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


def greedy(id_rank: np.ndarray, articles: Sequence[int], kinds: Sequence[int], kin: np.ndarray,
           a: np.ndarray, b: np.ndarray, score: np.ndarray, precise: Sequence[bool],
           share: float) -> np.ndarray:
    """Cluster rows 0..n-1 over links (a, b, score): strongest first, ties by the ids
    (``id_rank``: each row's place in id order). A link joins its two clusters X and Y unless
    - fewer than ``share`` of the |X|·|Y| pairs between them are links taken so far (this one
      included): no chaining of look-alikes through one link;
    - both hold a ``precise`` row (a point) and the link has an end that is not one: a report
      placed only at province or country level never bridges two located groups;
    - it would put two rows of one article whose kinds are ``kin`` together.
    Returns each row's label: the row of its cluster's smallest id."""
    n = len(id_rank)
    has_point = list(precise)  # per root: the cluster holds a precisely placed row
    first, second = np.minimum(id_rank[a], id_rank[b]), np.maximum(id_rank[a], id_rank[b])
    order = np.lexsort((second, first, -score))
    del first, second
    parent = list(range(n))
    members: dict[int, dict[int, list[int]]] = {}  # root -> article -> kinds (clusters of 2+)
    kin_rows = kin.tolist()
    size = [1] * n
    seen: dict[int, dict[int, int]] = {}  # root -> other root -> links taken between them so far

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in _in_order(a, b, order):
        rx, ry = parent[x], parent[y]  # one hop reaches the root for most rows: no call then
        if parent[rx] != rx:
            rx = parent[x] = find(rx)
        if parent[ry] != ry:
            ry = parent[y] = find(ry)
        if rx == ry:
            continue
        links = seen.get(rx, {}).get(ry, 0) + 1
        if links < share * size[rx] * size[ry] or (
                has_point[rx] and has_point[ry] and not (precise[x] and precise[y])):
            seen.setdefault(rx, {})[ry] = links
            seen.setdefault(ry, {})[rx] = links
            continue
        mx = members.get(rx) or {articles[rx]: [kinds[rx]]}
        my = members.get(ry) or {articles[ry]: [kinds[ry]]}
        if len(mx) < len(my):  # the smaller side is moved
            rx, ry, mx, my = ry, rx, my, mx
        if any(article in mx and any(kin_rows[i][j] for i in found for j in mx[article])
               for article, found in my.items()):
            seen.setdefault(rx, {})[ry] = links
            seen.setdefault(ry, {})[rx] = links
            continue
        for article, found in my.items():
            mx.setdefault(article, []).extend(found)
        members[rx] = mx
        members.pop(ry, None)
        parent[ry] = rx
        has_point[rx] = has_point[rx] or has_point[ry]
        size[rx] += size[ry]
        moved = seen.pop(ry, {})  # ry's counts become rx's
        kept = seen.get(rx)
        if kept is not None:
            kept.pop(ry, None)
        moved.pop(rx, None)
        if moved:
            kept = seen.setdefault(rx, {})
            for z, count in moved.items():
                other = seen[z]
                del other[ry]
                kept[z] = other[rx] = other.get(rx, 0) + count
    roots = np.array([find(x) for x in range(n)], dtype=np.int64)
    smallest = np.full(n, n, dtype=np.int64)
    np.minimum.at(smallest, roots, id_rank)
    by_rank = np.empty(n, dtype=np.int64)
    by_rank[id_rank] = np.arange(n)
    return by_rank[smallest[roots]]


def _in_order(a: np.ndarray, b: np.ndarray, order: np.ndarray) -> Iterator[tuple[int, int]]:
    """The links as Python ints, a million at a time (ten million at once would take GBs)."""
    for k in range(0, len(order), 1 << 20):
        chunk = order[k:k + (1 << 20)]
        yield from zip(a[chunk].tolist(), b[chunk].tolist())


def cluster(events: Mapping[str, Event], links: Iterable[tuple[str, str, float]]) -> list[list[str]]:
    """Clusters of event ids: greedy joins over ``links`` (a, b, score), strongest first, by the
    rules of ``greedy``. Every event of ``events`` is in one cluster."""
    ids = list(events)
    row = {event_id: k for k, event_id in enumerate(ids)}
    article_ids, kind_keys = Interner(), Interner()
    articles = [article_ids(e.article_id) for e in events.values()]
    kinds = [kind_keys(kind_key(e)) for e in events.values()]
    _, kin = kind_tables(kind_keys.values, load_weights())  # type: ignore[arg-type]
    kept = [(row[x], row[y], s) for x, y, s in links if x in row and y in row]
    a = np.array([k[0] for k in kept], dtype=np.int64)
    b = np.array([k[1] for k in kept], dtype=np.int64)
    score = np.array([k[2] for k in kept], dtype=np.float64)
    id_rank = np.empty(len(ids), dtype=np.int64)
    id_rank[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
    precise = [precisely_placed(e) for e in events.values()]
    labels = greedy(id_rank, articles, kinds, kin, a, b, score, precise, load_weights().linked_share)
    groups: dict[int, list[str]] = {}
    for k, label in enumerate(labels.tolist()):
        groups.setdefault(label, []).append(ids[k])
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
