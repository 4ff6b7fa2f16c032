"""The batch loops over a store: ``ingest_articles`` (read, extract what is new or out of date,
store) and ``reprocess_articles`` (re-extract stored articles under the running pipeline).

Each article's outcome — its events or its failure — is written in one transaction, so a
process killed at any moment leaves the store as it was after some whole number of articles,
and running the same batch again finishes the job: the store then holds exactly what one
uninterrupted run holds. An error inside one article (extraction or storage) is recorded as
that article's failure and the batch goes on; only a store that is gone
(``StoreUnavailableError``) stops it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from sitrep.errors import StoreError, StoreUnavailableError
from sitrep.ingest.inputs import IngestFailure
from sitrep.model import Article, Event
from sitrep.settings import PIPELINE_VERSION
from sitrep.store.base import Store

Extract = Callable[[Iterable[Article]], Iterator[tuple[Article, "list[Event] | Exception"]]]

# Articles handed to the extractor at once. Its failures are caught per article; if it fails
# as a whole (an error inside the spaCy pipeline while it batches), the chunk is redone one
# article at a time, so only the guilty article fails.
CHUNK = 64


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: ``kind`` is 'stored', 'unchanged', 'failed' (an article or
    an input that could not be read) or 'warning'; ``message`` is one line naming the input."""

    kind: str
    source: str
    message: str = ""
    article_id: str | None = None
    events: int = 0


@dataclass
class RunStats:
    """Counts of a run: stored (articles (re-)extracted and written), events (theirs),
    unchanged, failed, warnings."""

    stored: int = 0
    events: int = 0
    unchanged: int = 0
    failed: int = 0
    warnings: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.kind == "stored":
            self.stored += 1
            self.events += outcome.events
        elif outcome.kind == "unchanged":
            self.unchanged += 1
        elif outcome.kind == "failed":
            self.failed += 1
        elif outcome.kind == "warning":
            self.warnings += 1


def _default_extract() -> Extract:
    from sitrep.events.extractor import default_extractor

    return default_extractor().extract_many


def extract_safely(articles: Iterable[Article], extract: Extract) -> Iterator[tuple[Article, list[Event] | Exception]]:
    """``extract`` over ``articles`` in chunks; every article yields its events or its error."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, CHUNK)):
        done: set[int] = set()
        try:
            for article, result in extract(chunk):
                done.add(id(article))
                yield article, result
        except Exception:  # the extractor died mid-chunk: redo the rest one by one
            for article in chunk:
                if id(article) in done:
                    continue
                try:
                    results = list(extract([article]))
                    yield article, results[0][1] if results else RuntimeError("no result")
                except Exception as exc:
                    yield article, exc


class CarriedError(Exception):
    """An extraction error carried back from a worker process as its type name and text (any
    exception travels this way, and is recorded as it would be where it was raised)."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(kind, text)
        self.kind = kind
        self.text = text

    @classmethod
    def of(cls, exc: Exception) -> CarriedError:
        return cls(type(exc).__name__, str(exc))

    def __str__(self) -> str:
        return self.text


def _describe(exc: Exception) -> str:
    kind = exc.kind if isinstance(exc, CarriedError) else type(exc).__name__
    text = " ".join(str(exc).split()) or kind
    return text if isinstance(exc, StoreError) else f"{kind}: {text}"


def _where(article: Article) -> str:
    return f"{article.source}: article {article.id}" if article.source else f"article {article.id}"


Report = Callable[[Outcome], None]


def failure_message(article: Article, exc: Exception) -> str:
    """The one line that reports the failed extraction of ``article``."""
    return f"{_where(article)}: extraction failed: {_describe(exc)}"


def store_results(
    store: Store,
    results: Iterable[tuple[Article, list[Event] | Exception]],
    *,
    report: Report,
    pipeline_version: str = PIPELINE_VERSION,
) -> None:
    """Write each article's events (or its failure) in one transaction; report its outcome."""
    for article, result in results:
        source = article.source or article.id
        if isinstance(result, Exception):
            reason = f"extraction failed: {_describe(result)}"
            store.write_failure(article, reason)
            report(Outcome("failed", source, failure_message(article, result), article.id))
            continue
        try:
            written = store.write_extraction(article, result, pipeline_version=pipeline_version)
        except StoreUnavailableError:
            raise
        except StoreError as exc:
            reason = f"not stored: {_describe(exc)}"
            store.write_failure(article, reason)
            report(Outcome("failed", source, f"{_where(article)}: {reason}", article.id))
            continue
        for note in written.notes:  # each note names the article already
            where = f"{article.source}: " if article.source else ""
            report(Outcome("warning", source, f"{where}{note}", article.id))
        report(Outcome("stored", source, "", article.id, len(written.events)))


def counting(stats: RunStats, report: Report | None) -> Report:
    def both(outcome: Outcome) -> None:
        stats.add(outcome)
        if report is not None:
            report(outcome)

    return both


def ingest_articles(
    store: Store,
    items: Iterable[Article | IngestFailure],
    *,
    report: Report | None = None,
    extract: Extract | None = None,
    pipeline_version: str = PIPELINE_VERSION,
) -> RunStats:
    """Store what ``items`` (from ``read_inputs``) hold; ``report`` hears each input's outcome
    as it happens.

    An article already stored with the same content, extracted by this pipeline version (or a
    newer one) without failure, is 'unchanged'; any other is extracted and written with its
    events in one transaction. Unreadable inputs are recorded as failures, notes as warnings.
    """
    extract = extract or _default_extract()
    stats = RunStats()
    tell = counting(stats, report)
    store_results(store, extract_safely(fresh_articles(store, items, report=tell,
                                                       pipeline_version=pipeline_version), extract),
                  report=tell, pipeline_version=pipeline_version)
    return stats


def fresh_articles(
    store: Store,
    items: Iterable[Article | IngestFailure],
    *,
    report: Report,
    pipeline_version: str = PIPELINE_VERSION,
) -> Iterator[Article]:
    """The articles of ``items`` that need extracting; unreadable inputs are recorded as
    failures (notes as warnings) and articles stored unchanged reported as 'unchanged'."""
    for item in items:
        if isinstance(item, IngestFailure):
            store.record_failure(item)
            where = f"{item.source}:{item.line}" if item.line else item.source
            report(Outcome("warning" if item.warning else "failed", item.source,
                           f"{where}: {item.reason}"))
            continue
        state = store.article_state(item.id)
        if state is not None and state.needs_extraction(item, pipeline_version) is None:
            report(Outcome("unchanged", item.source or item.id, "", item.id))
            continue
        yield item


def reprocess_articles(
    store: Store,
    *,
    force: bool = False,
    report: Report | None = None,
    extract: Extract | None = None,
    pipeline_version: str = PIPELINE_VERSION,
) -> RunStats:
    """Re-extract the stored articles whose extraction is older than ``pipeline_version`` or
    failed (every article with ``force``); the others count as unchanged. An article keeps its
    previous events until its new ones are written, in one transaction, and keeps them when
    re-extraction fails."""
    extract = extract or _default_extract()
    stats = RunStats()
    ids = store.articles_to_reprocess(pipeline_version, force=force)
    stats.unchanged = store.counts()["articles"] - len(ids)
    store_results(store, extract_safely(store.get_articles(ids), extract),
                  report=counting(stats, report), pipeline_version=pipeline_version)
    return stats
