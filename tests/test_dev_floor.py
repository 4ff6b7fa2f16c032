"""The foundation's quality floor on the shared dev set (issue 2), measured with `sitrep eval`."""

from __future__ import annotations

import pytest

from sitrep.eval.runner import evaluate
from sitrep.nlp.extractor import extract_events


@pytest.mark.model
@pytest.mark.slow
def test_dev_set_meets_the_foundation_floor(dev_set):
    def run(text, published, url):
        return [e.to_dict() for e in extract_events(text, published=published, url=url)]

    all_scores, _news, _details = evaluate(dev_set, run)
    assert all_scores.f1 >= 0.45
    assert all_scores.accuracy("sub_event_type") >= 0.75
    assert all_scores.accuracy("date_exact") >= 0.75
