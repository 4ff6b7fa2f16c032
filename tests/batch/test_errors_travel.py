"""Errors raised in a worker process reach the client as they were raised: sitrep's own
errors pickle with their message coded once, and any extraction error travels as its type
name and text (``CarriedError``), recorded the same as in one process."""

from __future__ import annotations

import pickle

import pytest

from sitrep.errors import InputError, PublishedDateError, StoreError, StoreUnavailableError
from sitrep.model import Article
from sitrep.store.runs import CarriedError, failure_message


@pytest.mark.parametrize("error", [
    StoreUnavailableError("postgresql://u@h/db: insert failed (server closed the connection)"),
    StoreError("article a1: an event id is already stored for another article"),
    InputError("feed.jsonl", "line 3 is not JSON"),
    PublishedDateError("the day after"),
])
def test_sitrep_errors_pickle_unchanged(error):
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error)
    assert str(back).count(f"[{error.code}]") == 1
    assert back.__dict__ == error.__dict__


class Unpicklable(Exception):
    def __init__(self, a, b):  # pickle rebuilds with one argument: it cannot come back as is
        super().__init__(f"{a}/{b}")


def test_any_error_travels_as_its_type_and_text():
    article = Article(id="a7", text="x", source="batch.jsonl")
    error = Unpicklable("left", "right")
    with pytest.raises(TypeError):
        pickle.loads(pickle.dumps(error))
    carried = pickle.loads(pickle.dumps(CarriedError.of(error)))
    assert failure_message(article, carried) == failure_message(article, error) == \
        "batch.jsonl: article a7: extraction failed: Unpicklable: left/right"
