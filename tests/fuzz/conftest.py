"""Hypothesis settings for the fuzz tests, and a count of the inputs they tried.

Profiles (``SITREP_FUZZ=ci|long``, default ci): ``ci`` tries 300 inputs per test, bounded so
the suite stays quick; ``long`` tries 3,000 per test (21,000 in all) for a local session:

    SITREP_FUZZ=long .venv/bin/pytest -q tests/fuzz

Every example has a deadline: an input that makes a reader hang fails the test.
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=5000, suppress_health_check=[HealthCheck.too_slow], derandomize=False,
               database=None)
settings.register_profile("ci", max_examples=300, **_COMMON)
settings.register_profile("long", max_examples=3000, **_COMMON)
settings.load_profile(os.environ.get("SITREP_FUZZ", "ci"))

TRIED: Counter[str] = Counter()
READ: Counter[str] = Counter()  # inputs a reader returned something for (the rest: an error)


def pytest_terminal_summary(terminalreporter) -> None:
    if TRIED:
        per_test = ", ".join(f"{name} {n} ({READ[name]} read)" for name, n in sorted(TRIED.items()))
        terminalreporter.write_line(f"fuzz: {sum(TRIED.values())} inputs tried ({per_test})")
