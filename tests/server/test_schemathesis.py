"""Schemathesis against the app's own /openapi.json: generated requests (valid ones, and
invalid ones in the negative mode) to every operation, over the dataset in a real store, with a
write token. No answer may be a server error, and every answer must use a status code and
content type the schema declares and match its response schema.

POST /api/articles is left out: each accepted call runs the spaCy pipeline (test_articles.py
posts real articles). The run is bounded: ``MAX_EXAMPLES`` per operation and mode, schemathesis's default (~40 s).
(Schemathesis's own pytest plugin does not run under pytest 9, so the hypothesis strategy of
each operation is driven here.)"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode, checks

from sitrep.server import create_app
from sitrep.server.auth import Token
from sitrep.store import store_from_url

from .conftest import TOKEN
from .dataset import fill

MAX_EXAMPLES = 100  # schemathesis's default
CHECKS = [checks.not_a_server_error, checks.status_code_conformance,
          checks.content_type_conformance, checks.response_schema_conformance]


@pytest.fixture(scope="module")
def operations(tmp_path_factory):
    url = str(tmp_path_factory.mktemp("fuzz") / "store.db")
    with store_from_url(url) as store:
        fill(store)
    app = create_app(url, tokens=(Token("fuzzer", TOKEN),))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).exclude(
        method="POST", path="/api/articles")
    return {f"{op.method.upper()} {op.path}": op
            for op in (result.ok() for result in schema.get_all_operations())}


OPERATIONS = ["GET /api/events", "GET /api/events/{event_id}", "POST /api/events/{event_id}/reviews",
              "GET /api/events/{event_id}/reviews", "GET /api/incidents",
              "GET /api/incidents/{incident_id}", "GET /api/articles/{article_id}",
              "GET /api/stats", "GET /api/changes"]


def test_the_schema_lists_every_operation(operations):
    assert sorted(operations) == sorted(OPERATIONS)


# invalid requests need a parameter or body that can be invalid (a path id is any string)
RUNS = [(name, GenerationMode.POSITIVE) for name in OPERATIONS] + [
    (name, GenerationMode.NEGATIVE) for name in OPERATIONS if "{" not in name or "POST" in name]


@pytest.mark.parametrize("name, mode", RUNS, ids=[f"{n} {m.value}" for n, m in RUNS])
def test_no_server_errors(operations, name, mode):
    @given(case=operations[name].as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)

    run()
