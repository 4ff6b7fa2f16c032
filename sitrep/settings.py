"""Settings read from the environment, with defaults that work offline on a laptop."""

from __future__ import annotations

import os
from pathlib import Path

PIPELINE_VERSION = "sitrep-0.1.0"


def cache_dir() -> Path:
    """Where built artefacts (the gazetteer index) live: $SITREP_CACHE or ~/.cache/sitrep."""
    base = os.environ.get("SITREP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep"
    )
    return Path(base)


def spacy_model_name() -> str:
    """'md' (default, en_core_web_md) or 'sm' (en_core_web_sm, faster, less accurate)."""
    return os.environ.get("SITREP_SPACY_MODEL", "md")
