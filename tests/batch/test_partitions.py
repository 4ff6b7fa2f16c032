"""Cutting articles into partitions: full-size partitions read lazily from a long input, a
short input shared out evenly over the workers, keys that name each partition once."""

from __future__ import annotations

import itertools

import pytest

from sitrep.batch import Partition, make_partitions
from sitrep.model import Article


def articles(n: int):
    return (Article(id=f"a{i:04d}", text=f"Report number {i}.") for i in range(n))


def sizes(parts: list[Partition]) -> list[int]:
    return [len(p.articles) for p in parts]


def test_a_long_input_is_cut_into_full_partitions():
    parts = list(make_partitions(articles(2350), size=500, workers=2))
    assert sizes(parts) == [500, 500, 500, 500, 350]
    assert [a.id for p in parts for a in p.articles] == [a.id for a in articles(2350)]
    assert len({p.key for p in parts}) == len(parts)


@pytest.mark.parametrize(("n", "workers", "expected"), [
    (10, 2, [5, 5]), (11, 2, [6, 5]), (3, 4, [1, 1, 1]), (999, 2, [500, 499]), (1, 2, [1]), (0, 2, []),
])
def test_a_short_input_is_shared_out_evenly(n, workers, expected):
    assert sizes(list(make_partitions(articles(n), size=500, workers=workers))) == expected


def test_the_input_is_read_lazily():
    endless = (Article(id=f"a{i}", text="x") for i in itertools.count())
    first = next(make_partitions(endless, size=100, workers=3))
    assert len(first.articles) == 100


def test_partitions_carry_the_store_and_pipeline_and_pickle():
    import pickle

    (part,) = make_partitions(articles(3), size=10, workers=1, store_url="postgresql://u@h/db",
                              pipeline_version="sitrep-9")
    assert (part.store_url, part.pipeline_version) == ("postgresql://u@h/db", "sitrep-9")
    assert pickle.loads(pickle.dumps(part)) == part


@pytest.mark.parametrize(("size", "workers"), [(0, 1), (10, 0)])
def test_sizes_below_one_are_refused(size, workers):
    with pytest.raises(ValueError, match="must be >= 1"):
        list(make_partitions(articles(3), size=size, workers=workers))


def test_the_tally_never_steps_back_while_a_partition_is_told():
    from sitrep.batch import Tally
    from sitrep.store.runs import Outcome

    tally = Tally()
    tally.heard("p1", 3, 1)
    tally.heard("p2", 2, 0)
    seen = [tally.totals()]
    tally.finishing("p1")
    tally.heard("p1", 4, 1)  # a late message of a partition being told: ignored
    for kind in ("stored", "failed", "warning", "stored", "stored"):  # its final outcomes
        tally.told("p1", Outcome(kind, "s"))
        tally.done += kind != "warning"
        tally.failed += kind == "failed"
        seen.append(tally.totals())
    tally.finish("p1")
    seen.append(tally.totals())
    assert seen == sorted(seen) and seen[0] == (5, 1) and seen[-1] == (6, 1)
