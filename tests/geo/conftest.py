"""Session fixture: the real gazetteer index (no mocks).

Uses the default cache path (``$SITREP_CACHE`` or ``~/.cache/sitrep``); the index is built there
once (about 40 s) if missing and reused by later sessions.
"""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import Gazetteer, build_gazetteer, default_path


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    path = build_gazetteer(default_path())
    gaz = Gazetteer(path)
    yield gaz
    gaz.close()
