"""Fixtures of the API tests: the hand-written dataset in a store on each backend, and the app
over it (FastAPI's TestClient runs the real app in-process; test_serve.py runs a real server)."""

from __future__ import annotations

import warnings

import pytest

from sitrep.server import create_app
from sitrep.server.auth import Token
from sitrep.store import store_from_url

from .dataset import fill

with warnings.catch_warnings():  # starlette would rather have httpx2; httpx works the same
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "test-token-0123456789abcdef"


def _filled(url: str) -> str:
    with store_from_url(url) as store:
        fill(store)
    return url


@pytest.fixture(scope="module")
def shared_url(module_store_url):
    """The dataset in a store shared by the module's tests (which must not write)."""
    return _filled(module_store_url)


@pytest.fixture(scope="module")
def client(shared_url):
    """A read-only app over the shared store."""
    with TestClient(create_app(shared_url)) as test_client:
        yield test_client


@pytest.fixture
def filled_url(store_url):
    """The dataset in a store of this test alone."""
    return _filled(store_url)


@pytest.fixture
def own_client(filled_url):
    """A read-only app over this test's own store."""
    with TestClient(create_app(filled_url)) as test_client:
        yield test_client


@pytest.fixture
def writer(filled_url):
    """An app over this test's own store that accepts writes from the holder of TOKEN
    (recorded as 'alice')."""
    app = create_app(filled_url, tokens=(Token("alice", TOKEN),))
    with TestClient(app, headers={"Authorization": f"Bearer {TOKEN}"}) as test_client:
        yield test_client
