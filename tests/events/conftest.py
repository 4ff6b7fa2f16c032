"""Fixtures shared by the event-layer tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article


@pytest.fixture
def span_and_context(nlp) -> Callable:
    """A function of (text, place name, published day): that place mention of the text, read by
    the real pipeline, with its article's context (the namesake tests rewire its reading)."""

    def read(text: str, name: str, published: str = "2022-03-08"):
        extractor = Extractor(nlp=nlp)
        doc = extractor.nlp(extractor.new_doc(Article(id="t", text=text, published=published)))
        ctx = extractor.context(doc, published=published)
        span = next(p for p in doc.spans["places"] if p.text == name)
        return span, ctx

    return read
