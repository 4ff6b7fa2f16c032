"""Linking in memory, incrementally: a million events without a store.

``LinkIndex.add`` appends events to an ``EventTable``, finds the links they make
(``fastscore.find_links``: only pairs with a new event are scored) and re-clusters only the
connected parts of the link graph they touch (``cluster.greedy``), as ``link.update_incidents``
does in a store. Adding everything at once and adding it in batches give the same clusters.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from sitrep.incidents.cluster import greedy
from sitrep.incidents.fastscore import Links, find_links
from sitrep.incidents.model import incident_id_of
from sitrep.incidents.score import Weights
from sitrep.incidents.table import EventTable
from sitrep.model import Event


@dataclass(frozen=True, slots=True)
class AddStats:
    """What one ``add`` did."""

    events: int
    links: int
    reclustered: int  # events of the connected parts re-clustered
    seconds_read: float  # reading the events into the table (their source's time included)
    seconds_links: float  # blocking and scoring
    seconds_cluster: float


class LinkIndex:
    """Events, their links and their clusters, in arrays; grows with ``add``."""

    def __init__(self, weights: Weights | None = None) -> None:
        self.table = EventTable(weights)
        self.links = Links.empty()
        self.label = np.zeros(0, np.int64)  # row of the smallest event id of the row's cluster
        self.part = np.zeros(0, np.int64)  # a row naming the row's connected part of the links

    def __len__(self) -> int:
        return len(self.table)

    def add(self, events: Iterable[Event]) -> AddStats:
        """Link new events (ids not seen before) with each other and with everything added."""
        started = time.perf_counter()
        rows = self.table.extend(events)
        new = np.arange(rows.start, rows.stop, dtype=np.int64)
        read = time.perf_counter()
        found = find_links(self.table, None if rows.start == 0 else new)
        scored = time.perf_counter()
        self.links = Links.concat([self.links, found])
        self.label = np.concatenate([self.label, new])
        self.part = np.concatenate([self.part, new])
        _, kin = self.table.kind_tables()
        ids = self.table.ids
        if rows.start == 0:  # everything is new: cluster every link, no copies
            rows_in = new
            a, b, score = self.links.a, self.links.b, self.links.score
        else:  # the connected parts the new links touch
            touched = np.unique(np.concatenate([self.part[found.a], self.part[found.b], new]))
            member = np.isin(self.part, touched)
            rows_in = np.flatnonzero(member)
            inside = member[self.links.a]
            local = np.full(len(self.table), -1, np.int32)
            local[rows_in] = np.arange(len(rows_in), dtype=np.int32)
            a, b, score = local[self.links.a[inside]], local[self.links.b[inside]], self.links.score[inside]
        order = sorted(range(len(rows_in)), key=ids.__getitem__ if rows.start == 0 else
                       lambda k: ids[rows_in[k]])
        id_rank = np.empty(len(rows_in), np.int64)
        id_rank[order] = np.arange(len(rows_in))
        del order
        labels = greedy(id_rank, self.table.article[rows_in].tolist(), self.table.kind[rows_in].tolist(),
                        kin, a, b, score, self.table.precise()[rows_in].tolist(),
                        self.table.weights.linked_share)
        self.label[rows_in] = rows_in[labels]
        if rows.start:
            a, b = rows_in[a], rows_in[b]
        self.part[rows_in] = self._parts(rows_in[labels], a, b)
        return AddStats(len(new), len(found), len(rows_in), read - started, scored - read,
                        time.perf_counter() - scored)

    def _parts(self, labels: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Connected parts: the clusters, joined by the links a join was refused for."""
        parent: dict[int, int] = {}

        def find(x: int) -> int:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        label_of = self.label
        cross = label_of[a] != label_of[b]
        for x, y in zip(label_of[a[cross]].tolist(), label_of[b[cross]].tolist()):
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
        if not parent:
            return labels
        return np.array([find(x) for x in labels.tolist()], dtype=np.int64)

    def clusters(self) -> list[list[str]]:
        """The clusters as sorted event ids, in order of their first id (``cluster.cluster``'s
        shape)."""
        ids = self.table.ids
        groups: dict[int, list[str]] = {}
        for row, label in enumerate(self.label.tolist()):
            groups.setdefault(label, []).append(ids[row])
        return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])

    def incident_ids(self, published: Mapping[str, str | None]) -> list[str]:
        """Each row's incident id: that of its cluster's first reported event (earliest
        publication of its article, ties by event id), as ``model.build_incident`` gives."""
        articles = self.table.articles.values
        keys = [(published.get(a) is None, published.get(a) or "") for a in articles]  # type: ignore[call-overload]
        rank_of = {key: k for k, key in enumerate(sorted(set(keys)))}
        date_rank = np.array([rank_of[key] for key in keys], dtype=np.int64)
        ids = self.table.ids
        id_rank = np.empty(len(ids), np.int64)
        id_rank[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
        order = np.lexsort((id_rank, date_rank[self.table.article], self.label))
        first = np.ones(len(order), bool)
        first[1:] = self.label[order][1:] != self.label[order][:-1]
        anchor = np.empty(len(ids), np.int64)
        anchor[self.label[order][first]] = order[first]
        names = {int(label): incident_id_of(ids[int(anchor[label])])
                 for label in np.unique(self.label).tolist()}
        return [names[label] for label in self.label.tolist()]
