"""The linking scores on hand-made clusterings, worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.incidents.evaluate import score_clustering

from .reference import reference_scores


def test_perfect_linking_scores_one():
    items = [("a1", "g1", "p1"), ("a2", "g1", "p1"), ("a3", "g2", "p2")]
    s = score_clustering(items)
    assert (s.pair_precision, s.pair_recall, s.bcubed_f1) == (1.0, 1.0, 1.0)
    assert (s.gold_incidents, s.gold_incidents_split, s.gold_incidents_merged) == (2, 0, 0)


def test_a_split_and_a_merge_are_counted():
    # g1 told by a1, a2, a3 but split {a1, a2} / {a3}; g2 (a4) merged into p1
    items = [("a1", "g1", "p1"), ("a2", "g1", "p1"), ("a3", "g1", "p2"), ("a4", "g2", "p1")]
    s = score_clustering(items)
    # predicted-same cross-article pairs: a1a2, a1a4, a2a4 (1 right); gold-same: a1a2, a1a3, a2a3
    assert (s.predicted_pairs, s.gold_pairs, s.correct_pairs) == (3, 3, 1)
    assert s.pair_precision == pytest.approx(1 / 3, abs=1e-4) and s.pair_recall == pytest.approx(1 / 3, abs=1e-4)
    # B-cubed precision: a1 2/3, a2 2/3, a3 1, a4 1/3; recall: a1 2/3, a2 2/3, a3 1/3, a4 1
    assert s.bcubed_precision == pytest.approx((2 / 3 + 2 / 3 + 1 + 1 / 3) / 4, abs=1e-4)
    assert s.bcubed_recall == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, abs=1e-4)
    assert (s.gold_incidents_split, s.gold_incidents_merged) == (1, 2)


def test_pairs_inside_one_article_are_not_cross_article_pairs():
    items = [("a1", "g1", "p1"), ("a1", "g2", "p1")]
    s = score_clustering(items)
    assert (s.predicted_pairs, s.gold_pairs) == (0, 0)
    assert s.bcubed_precision == 0.5 and s.bcubed_recall == 1.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from("ghij"), st.sampled_from("pqrs")), max_size=30))
def test_scores_from_group_counts_are_the_pairwise_ones(items):
    assert score_clustering(items) == reference_scores(items)
