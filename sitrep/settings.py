"""Settings read from the environment, with defaults that work offline on a laptop."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sitrep import __version__

# Bump PIPELINE_REVISION in any commit that changes what extraction outputs (codebook, rules,
# gazetteer, model): stored articles extracted by an older pipeline are then re-extracted by
# `sitrep reprocess` and by `sitrep ingest`. A release (a new sitrep.__version__) starts again at 1.
PIPELINE_REVISION = 5
PIPELINE_VERSION = f"sitrep-{__version__}-r{PIPELINE_REVISION}"

_VERSION_RE = re.compile(r"^sitrep-(\d+(?:\.\d+)*)(?:-r(\d+))?$")


def pipeline_version_key(version: str | None) -> tuple[tuple[int, ...], int]:
    """A sortable key of a pipeline version string: ((0, 1, 0), 1) for 'sitrep-0.1.0-r1'.

    'sitrep-0.1.0' (the versions stored before revisions existed) is revision 0; a missing or
    unreadable version sorts before every real one, so its articles count as out of date.
    """
    match = _VERSION_RE.match(version or "")
    if match is None:
        return ((), -1)
    return tuple(int(part) for part in match.group(1).split(".")), int(match.group(2) or 0)


def is_older_pipeline(version: str | None, than: str = PIPELINE_VERSION) -> bool:
    """Whether an extraction made by pipeline ``version`` is older than pipeline ``than``."""
    return pipeline_version_key(version) < pipeline_version_key(than)


def cache_dir() -> Path:
    """Where built artefacts (the gazetteer index) live: $SITREP_CACHE or ~/.cache/sitrep."""
    base = os.environ.get("SITREP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep"
    )
    return Path(base)


def spacy_model_name() -> str:
    """'md' (default, en_core_web_md) or 'sm' (en_core_web_sm, faster, less accurate)."""
    return os.environ.get("SITREP_SPACY_MODEL", "md")
