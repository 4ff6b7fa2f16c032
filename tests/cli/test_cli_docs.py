"""Every option of `sitrep ingest` is documented: the README or a page of docs/ names it."""

from __future__ import annotations

import pytest

from sitrep.cli.main import ingest

from .clitools import REPO


def _docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in [REPO / "README.md", *(REPO / "docs").glob("*.md")])


@pytest.mark.parametrize("option", [o for p in ingest.params for o in p.opts if o.startswith("--")])
def test_every_ingest_option_is_in_the_docs(option):
    assert option in _docs(), f"`sitrep ingest {option}` is in no page of docs/ nor the README"
