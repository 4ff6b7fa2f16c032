"""PostgresStore: the shared store, a PostgreSQL database (``psycopg`` 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sitrep.errors import StoreError, StoreUnavailableError
from sitrep.store.migrations import POSTGRESQL, apply_migrations
from sitrep.store.sql import SQLStore

__all__ = ["PostgresStore", "redact_url"]


def redact_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]+):[^@/]*@", r"\1:***@", url)


class PostgresStore(SQLStore):
    """Articles, events and ingest failures in a PostgreSQL database.

    ``url`` is a libpq URL (``postgresql://user@host:5432/dbname``). The constructor does no
    I/O; ``open()`` connects (autocommit; each write is an explicit transaction) and applies
    pending migrations. The database must exist: ``createdb NAME`` makes one.
    """

    dialect = POSTGRESQL
    insertion_order = "seq"

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def __repr__(self) -> str:
        return f"PostgresStore({redact_url(self.url)!r})"

    def _connect(self) -> Any:
        import psycopg

        try:
            conn = psycopg.connect(self._libpq_url(), autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split())
            raise StoreUnavailableError(
                f"{redact_url(self.url)}: cannot connect to PostgreSQL ({reason}). Check that "
                "the server runs, the database exists (createdb NAME) and the URL's user may "
                "log in"
            ) from exc
        try:
            apply_migrations(conn, POSTGRESQL)
        except psycopg.Error as exc:
            conn.close()
            raise StoreError(
                f"{redact_url(self.url)}: cannot prepare the sitrep tables ({exc}). Is it a "
                "sitrep database, and may this user create tables?"
            ) from exc
        return conn

    def _libpq_url(self) -> str:
        # postgresql+psycopg:// (SQLAlchemy's spelling) and postgres:// name the same thing
        return re.sub(r"^postgres(?:ql)?(?:\+psycopg)?://", "postgresql://", self.url)

    @contextmanager
    def _begin(self) -> Iterator[Any]:
        import psycopg

        try:
            with self.conn.transaction():
                yield self.conn
        except psycopg.Error as exc:  # BEGIN, COMMIT or ROLLBACK itself failed
            raise self._translate(exc, "transaction") from exc

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _lock_article(self, article_id: str) -> None:
        # Two processes writing one article at once would both delete and re-insert its events.
        self._exec("SELECT pg_advisory_xact_lock(hashtext(?))", (f"sitrep-article:{article_id}",))

    def _lock_events(self) -> None:
        self._exec("SELECT pg_advisory_xact_lock(hashtext('sitrep-events'))")

    def _translate(self, exc: Exception, doing: str) -> StoreError:
        import psycopg

        where = redact_url(self.url)
        if isinstance(exc, psycopg.IntegrityError | psycopg.DataError):
            return StoreError(f"{where}: {doing} refused ({' '.join(str(exc).split())})")
        return StoreUnavailableError(
            f"{where}: {doing} failed ({' '.join(str(exc).split())}). Check that the server "
            "runs and the connection was not closed"
        )
