"""The Store protocol every backend implements; the content hash that makes writes idempotent."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from sitrep.ingest.inputs import IngestFailure
from sitrep.model import Article, Event


def content_hash(article: Article) -> str:
    """Hash of what extraction depends on (text, published, title, url): same hash, same events."""
    key = json.dumps([article.text, article.published, article.title, article.url])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


@runtime_checkable
class Store(Protocol):
    """Where articles, their events and ingest failures live. Writes are idempotent."""

    def open(self) -> Store: ...

    def close(self) -> None: ...

    def add_article(self, article: Article) -> bool:
        """Store or update an article; False when it is already stored with the same content."""
        ...

    def add_events(self, article_id: str, events: Sequence[Event]) -> bool:
        """Replace the article's events atomically; False when they were already exactly these."""
        ...

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def record_failure(self, failure: IngestFailure) -> bool:
        """Record an ingest failure once; False when the same (source, line, reason) is known."""
        ...

    def failures(self) -> list[IngestFailure]: ...

    def query_events(
        self,
        *,
        event_type: str | None = None,
        sub_event_type: str | None = None,
        country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        include_background: bool = True,
        limit: int | None = None,
    ) -> list[Event]: ...

    def counts(self) -> dict[str, int]: ...
