"""A date in a clause that "until"/"since" opens ("rioted every night until the curfew was lifted
on Aug. 20") is the day of the act that ends or starts the period: it never dates the act told
outside that clause, which takes the day the rest of the text gives (here none: the publication
day, precision week). Hand-written sentences, real pipeline."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article

pytestmark = pytest.mark.model

PUBLISHED = "2021-10-20"


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp=nlp)


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("Rioters battled police across the city every night until the curfew was lifted on Aug. 20.",
         "violent_demonstration"),
        ("Protesters fought riot police in the old town night after night until the army was deployed on Sept. 2.",
         "violent_demonstration"),
    ],
)
def test_until_clause_day_does_not_date_the_act(extractor, text, sub_event_type):
    events = [e for e in extractor.extract(Article(id="t", text=text, published=PUBLISHED))
              if e.sub_event_type == sub_event_type]
    assert events, f"no {sub_event_type}"
    assert (events[0].date, events[0].date_precision) == (PUBLISHED, "week")
