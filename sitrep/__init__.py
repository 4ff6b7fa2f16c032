"""sitrep: conflict news in, a sourced event dataset out."""

from __future__ import annotations

# The one place the version lives: pyproject.toml reads it (dynamic version), and the pipeline
# version every stored extraction records is built from it (sitrep.settings.PIPELINE_VERSION).
__version__ = "0.1.0"

from sitrep.model import Actor, Article, Event, Evidence, Fatalities, Place  # noqa: E402

__all__ = ["Actor", "Article", "Event", "Evidence", "Extractor", "Fatalities", "Place", "extract", "places"]


def extract(text: str, *, published: str | None = None, url: str | None = None) -> list[Event]:
    """Extract the events of one article text (published: YYYY-MM-DD, the day the article
    appeared; a value that is no date raises :class:`~sitrep.errors.PublishedDateError`)."""
    from sitrep.events.extractor import default_extractor

    article = Article(id=Article.make_id(text=text, url=url), text=text, published=published, url=url)
    return default_extractor().extract(article)


def __getattr__(name: str):
    if name == "Extractor":  # imported on first use: ``import sitrep`` stays light
        from sitrep.events.extractor import Extractor

        return Extractor
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


def places(text: str, *, url: str | None = None):
    """The place layer alone: every place name of ``text`` (``PlaceMention``: span, kind of
    mention, resolved ``Place`` or None), as a geoparser returns them (``url``: the page, whose
    country-code domain is the context when the text names no country)."""
    from sitrep.nlp.pipeline import build_nlp
    from sitrep.nlp.place_mentions import place_mentions

    return place_mentions(build_nlp()(text), url=url)
