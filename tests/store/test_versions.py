"""One version string: sitrep.__version__, read by pyproject.toml and the installed metadata,
and the pipeline version every stored extraction records, built from it."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import pytest

import sitrep
from sitrep.settings import (
    PIPELINE_REVISION,
    PIPELINE_VERSION,
    is_older_pipeline,
    pipeline_version_key,
)

REPO = Path(__file__).resolve().parents[2]


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"], "the version lives in sitrep/__init__.py only"
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "sitrep.__version__"}


def test_installed_metadata_agrees():
    installed = importlib.metadata.version("sitrep")
    assert installed == sitrep.__version__, (
        f"installed sitrep is {installed}, the source says {sitrep.__version__}: "
        "reinstall (make install, or .venv/bin/pip install -e .)")


def test_pipeline_version_is_built_from_the_package_version():
    assert PIPELINE_VERSION == f"sitrep-{sitrep.__version__}-r{PIPELINE_REVISION}"
    assert pipeline_version_key(PIPELINE_VERSION) == (
        tuple(int(p) for p in sitrep.__version__.split(".")), PIPELINE_REVISION)


@pytest.mark.parametrize("older, newer", [
    ("sitrep-0.1.0", "sitrep-0.1.0-r1"),  # the stores written before revisions existed
    ("sitrep-0.1.0-r1", "sitrep-0.1.0-r2"),
    ("sitrep-0.1.0-r9", "sitrep-0.1.0-r10"),  # numbers, not strings
    ("sitrep-0.1.0-r7", "sitrep-0.2.0-r1"),
    ("sitrep-0.9.0-r1", "sitrep-0.10.0-r1"),
    (None, "sitrep-0.1.0"),
    ("garbage", "sitrep-0.0.1"),
])
def test_pipeline_versions_order(older, newer):
    assert is_older_pipeline(older, newer)
    assert not is_older_pipeline(newer, older)
    assert not is_older_pipeline(newer, newer)
