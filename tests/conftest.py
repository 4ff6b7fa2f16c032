"""Shared fixtures: the real sitrep pipeline, loaded once per test session."""

from __future__ import annotations

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
