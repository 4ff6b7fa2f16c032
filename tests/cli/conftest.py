"""Fixtures for the command-line tests (helpers live in clitools.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .clitools import EXAMPLES, run_cli


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory, nlp) -> Path:
    """examples/ ingested once into a SQLite file (read-only for the tests that use it)."""
    db = tmp_path_factory.mktemp("examples_db") / "examples.db"
    run = run_cli("ingest", EXAMPLES, "--db", db)
    assert run.exit_code == 0, run
    return db
