"""The Store protocol every backend implements, and what backends share: the content hash that
makes writes idempotent, the state of a stored article, and unique event ids within an article."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from sitrep.errors import StoreError
from sitrep.ingest.inputs import IngestFailure
from sitrep.model import Article, Event
from sitrep.settings import PIPELINE_VERSION, is_older_pipeline


def content_hash(article: Article) -> str:
    """Hash of what extraction depends on (text, published, title, url): same hash, same events."""
    key = json.dumps([article.text, article.published, article.title, article.url])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ArticleState:
    """What the store knows of one article: its content hash, the pipeline version of its stored
    extraction (None: never extracted successfully) and the reason its last attempt failed."""

    id: str
    content_hash: str
    pipeline_version: str | None
    error: str | None
    events: int

    def needs_extraction(
        self, article: Article | None = None, pipeline_version: str = PIPELINE_VERSION
    ) -> str | None:
        """Why the article must be (re-)extracted, or None when its stored output stands:
        'changed' (``article`` differs from the stored content), 'failed' (its last attempt
        failed), 'older pipeline' (extracted by a pipeline older than ``pipeline_version``)."""
        if article is not None and content_hash(article) != self.content_hash:
            return "changed"
        if self.error is not None or self.pipeline_version is None:
            return "failed"
        if is_older_pipeline(self.pipeline_version, pipeline_version):
            return "older pipeline"
        return None


@dataclass(frozen=True, slots=True)
class StoredExtraction:
    """What ``write_extraction`` stored: the events (ids made unique within the article),
    notes about what it had to fix (recorded as warnings), and whether anything changed."""

    events: tuple[Event, ...]
    notes: tuple[str, ...]
    changed: bool


@runtime_checkable
class Store(Protocol):
    """Where articles, their events and ingest failures live.

    Writes are idempotent, and atomic per article: an article, its events, its pipeline version
    and its failure (if any) are written in one transaction, so a crash never leaves an article
    stored without its events. Constructors do no I/O; ``open()`` (or ``with``) connects and
    applies pending migrations.
    """

    url: str

    def open(self) -> Store: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc_info: object) -> None: ...

    def transaction(self) -> AbstractContextManager[Any]:
        """One atomic unit of writes; nests (inner blocks become savepoints)."""
        ...

    def article_state(self, article_id: str) -> ArticleState | None: ...

    def write_extraction(
        self, article: Article, events: Sequence[Event], *, pipeline_version: str = PIPELINE_VERSION
    ) -> StoredExtraction:
        """Store the article, replace its events, record the pipeline version and clear its
        failures, in one transaction. Raises StoreError (and writes nothing) when the events
        cannot be stored."""
        ...

    def write_failure(self, article: Article, reason: str) -> None:
        """Record that extracting or storing the article failed, in one transaction. The
        article's previous output stays when its content is unchanged (a failed re-extraction
        loses nothing); a changed text drops the events of the old text."""
        ...

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_articles(self, article_ids: Iterable[str]) -> Iterator[Article]: ...

    def articles_to_reprocess(
        self, pipeline_version: str = PIPELINE_VERSION, *, force: bool = False
    ) -> list[str]: ...

    def record_failure(self, failure: IngestFailure, *, article_id: str | None = None) -> bool:
        """Record an ingest failure once; False when the same (source, line, reason) is known."""
        ...

    def failures(self, *, include_warnings: bool = True) -> list[IngestFailure]: ...

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
        article_id: str | None = None,
    ) -> list[Event]: ...

    def counts(self) -> dict[str, int]: ...

    def snapshot(self) -> dict[str, list[tuple]]: ...


def _place_key(event: Event) -> str:
    place = event.location
    if place is None:
        return ""
    return "|".join(
        str(v) for v in (place.geonames_id, place.name, place.mention, place.lat, place.lon)
    )


def unique_event_ids(article_id: str, events: Sequence[Event]) -> tuple[list[Event], list[str]]:
    """The events with ids unique within the article, and a note for each fix.

    Events sharing an id (one report split over several places gets the id of its trigger
    once per place) get ids derived from that id and what tells them apart (place, date), the
    same on every run. Exact copies are stored once. Raises StoreError when events that differ
    cannot be told apart by place or date.
    """
    counts = Counter(e.id for e in events)
    if all(n == 1 for n in counts.values()):
        return list(events), []
    taken = {i for i, n in counts.items() if n == 1}
    notes: list[str] = []
    groups: dict[str, list[int]] = {}
    for index, event in enumerate(events):
        groups.setdefault(event.id, []).append(index)
    renamed: dict[int, Event] = {}
    dropped: set[int] = set()
    for shared, members in groups.items():
        if len(members) == 1:
            continue
        distinct: dict[str, int] = {}
        for index in members:
            key = json.dumps(events[index].to_dict(), sort_keys=True, ensure_ascii=False)
            if key in distinct:
                dropped.add(index)
            else:
                distinct[key] = index
        if len(distinct) < len(members):
            notes.append(
                f"article {article_id}: {len(members) - len(distinct)} exact copies of event "
                f"{shared} stored once"
            )
        if len(distinct) == 1:
            continue
        new_ids = {}
        for index in distinct.values():
            event = events[index]
            key = f"{shared}|{_place_key(event)}|{event.date}"
            new_ids[index] = "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]
        if len(set(new_ids.values())) < len(new_ids) or taken & set(new_ids.values()):
            raise StoreError(
                f"article {article_id}: {len(distinct)} different events share the id {shared} "
                "and the same place and date, so no unique id can be derived. This is an "
                "extractor bug: report the article"
            )
        taken |= set(new_ids.values())
        for index, new_id in new_ids.items():
            renamed[index] = dataclasses.replace(events[index], id=new_id)
        places = ", ".join(sorted({events[i].location.name if events[i].location else "-"
                                   for i in distinct.values()}))
        notes.append(
            f"article {article_id}: {len(distinct)} events shared the id {shared} (one report "
            f"split over {places}); stored with ids derived from place and date"
        )
    out = [renamed.get(i, event) for i, event in enumerate(events) if i not in dropped]
    return out, notes
