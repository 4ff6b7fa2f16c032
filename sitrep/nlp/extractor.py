"""Backwards-compatible functions over the process's default
:class:`~sitrep.events.extractor.Extractor` (the event layer lives in :mod:`sitrep.events`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from sitrep.events.extractor import default_extractor
from sitrep.model import Article, Event

__all__ = ["events_from_doc", "extract_article", "extract_articles", "extract_events", "warm_up"]


def events_from_doc(doc: Doc, *, article_id: str, published: str | None, url: str | None = None) -> list[Event]:
    """Read the events of one processed Doc (``url``: the page, whose domain may tell the
    country of a story that names none)."""
    article = Article(id=article_id, text=doc.text, published=published, url=url)
    return default_extractor().events_from_doc(doc, article)


def warm_up() -> None:
    """Load the pipeline, gazetteer and actor dictionary now rather than on the first article."""
    default_extractor().warm_up()


def extract_events(text: str, *, published: str | None = None, url: str | None = None) -> list[Event]:
    """Extract the events of one article text."""
    article = Article(id=Article.make_id(text=text, url=url), text=text, published=published, url=url)
    return extract_article(article)


def extract_article(article: Article) -> list[Event]:
    return default_extractor().extract(article)


def extract_articles(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[tuple[Article, list[Event] | Exception]]:
    """Extract many articles, streamed through ``nlp.pipe``; a failing article yields its error."""
    return default_extractor().extract_many(articles, batch_size=batch_size)
