"""Partitions: the unit of work sent to a worker, many articles long (minutes of work), so
that scheduling, the worker's loaded Extractor and its store connection pay for themselves."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from sitrep.model import Article
from sitrep.settings import PIPELINE_VERSION

# ~1 minute of extraction on one core at 15-20 articles/s: long enough that the work outweighs
# scheduling, short enough that a redone partition costs little.
PARTITION_SIZE = 1000


@dataclass(frozen=True, slots=True)
class Partition:
    """Articles one worker extracts in one task. ``store_url``: the store the worker writes
    them to (PostgreSQL); None when the client is the one writer (SQLite) and the worker sends
    its results back."""

    key: str
    articles: tuple[Article, ...]
    store_url: str | None = None
    pipeline_version: str = PIPELINE_VERSION


def make_partitions(
    articles: Iterable[Article],
    *,
    size: int = PARTITION_SIZE,
    workers: int = 1,
    store_url: str | None = None,
    pipeline_version: str = PIPELINE_VERSION,
    run: str = "",
) -> Iterator[Partition]:
    """``articles`` cut into partitions of ``size``, read lazily. An input smaller than
    ``workers`` full partitions is cut into ``workers`` equal ones, so every worker gets a
    share of a short run. ``run`` starts every key, so that a run can tell its own workers'
    messages from late ones of an earlier run on the same pool."""
    if size < 1 or workers < 1:
        raise ValueError(f"partition size ({size}) and workers ({workers}) must be >= 1")
    iterator = iter(articles)
    head = list(islice(iterator, size * workers))
    if len(head) < size * workers:  # all of the input: share it out evenly
        size = max(1, math.ceil(len(head) / workers))
    index = 0

    def cut(chunk: list[Article]) -> Partition:
        nonlocal index
        index += 1
        return Partition(f"{run}p{index:06d}-{chunk[0].id}", tuple(chunk), store_url, pipeline_version)

    for start in range(0, len(head), size):
        yield cut(head[start:start + size])
    while chunk := list(islice(iterator, size)):
        yield cut(chunk)
