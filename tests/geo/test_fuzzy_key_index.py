"""The fuzzy lookup scores only the keys whose length lets them reach the cutoff (``_KeyIndex``):
no key that reaches it may be left out, whatever the lengths and first letters."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from sitrep.geo.gazetteer import _KeyIndex


def _keys(seed: int, n: int = 3000) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abdeikl mnorsuy'-é"
    keys = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))).strip() for _ in range(n)}
    return sorted(k for k in keys if k)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("min_score", [60.0, 88.0, 95.0, 100.0])
def test_every_key_reaching_the_cutoff_is_scored(seed, min_score):
    keys = _keys(seed)
    index = _KeyIndex(keys)
    rng = random.Random(seed + 100)
    for query in [*rng.sample(keys, 40), "kandi", "a", "mosul al jadida"]:
        reaching = {i for i, k in enumerate(keys) if fuzz.ratio(query, k) >= min_score}
        scored, indices = index.reachable(query, min_score)
        assert reaching <= set(indices)
        assert [keys[i] for i in indices] == scored
        same = {keys[i] for i in reaching if keys[i][0] == query[0]}
        assert same <= set(index.same_start(query, min_score))
        assert all(k[0] == query[0] for k in index.same_start(query, min_score))


def test_indices_keep_the_key_order_within_a_length():
    keys = ["bab", "abc", "abd", "b", "abe"]
    scored, indices = _KeyIndex(keys).reachable("abc", 0.0)
    assert indices == [3, 0, 1, 2, 4]
    assert scored == ["b", "bab", "abc", "abd", "abe"]
