"""Shared fixtures: the real sitrep pipeline, loaded once per test session."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV_SET = SHARED / "eval" / "dev.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from sitrep.nlp.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def dev_set() -> Path:
    if not DEV_SET.exists():
        pytest.skip(f"{DEV_SET} not present")
    return DEV_SET


# -- PostgreSQL: a scratch database per test ---------------------------------------------------
# The server of every development and CI machine (trust auth). Tests that need it are marked
# `postgres`; they skip, saying why, when it is unreachable, except under CI (CI=true), where
# the server is part of the machine and an unreachable one is a failure.
POSTGRES_ADMIN_URL = os.environ.get(
    "SITREP_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def _postgres_unreachable() -> str | None:
    import psycopg

    try:
        psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3).close()
    except psycopg.Error as exc:
        return " ".join(str(exc).split())
    return None


@contextlib.contextmanager
def _scratch_postgres():
    """A new, empty PostgreSQL database's URL, dropped afterwards (skips when unreachable)."""
    import uuid

    import psycopg

    problem = _postgres_unreachable()
    if problem is not None:
        message = f"PostgreSQL unreachable at {POSTGRES_ADMIN_URL}: {problem}"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI must run the PostgreSQL tests)")
        pytest.skip(message)
    name = f"sitrep_test_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url():
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    with _scratch_postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A fresh store on each backend: an SQLite file, then a scratch PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def module_store_url(request, tmp_path_factory):
    """A fresh store on each backend shared by one test module (for tests that only read)."""
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("store") / "store.db")
        return
    with _scratch_postgres() as url:
        yield url
