"""SQLiteStore: the default store, one SQLite file (standard library ``sqlite3``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sitrep.errors import StoreError, StoreUnavailableError
from sitrep.store.migrations import SQLITE, apply_migrations
from sitrep.store.sql import SQLStore, event_from_row, event_to_row

__all__ = ["SQLiteStore", "event_from_row", "event_to_row"]


class SQLiteStore(SQLStore):
    """Articles, events and ingest failures in one SQLite file (WAL journal).

    The constructor does no I/O; ``open()`` (or ``with SQLiteStore(path) as store:``) connects
    and applies pending migrations. Every write method is one transaction; ``transaction()``
    groups several writes into one.
    """

    dialect = SQLITE
    insertion_order = "rowid"

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = str(path)
        self.url = self.path
        self._depth = 0

    def __getstate__(self) -> dict[str, str]:
        return {"url": self.path}

    def _connect(self) -> sqlite3.Connection:
        if self.path != ":memory:" and not Path(self.path).parent.exists():
            raise StoreError(
                f"{self.path}: cannot open store, directory {Path(self.path).parent} does not "
                "exist. Create it or choose another --db path"
            )
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            apply_migrations(conn, SQLITE)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open store ({exc}). Is it a sitrep SQLite database?"
            ) from exc
        return conn

    @contextmanager
    def _begin(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn
        name = f"sp{self._depth}"
        self._control("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield conn
        except BaseException:
            self._depth -= 1
            self._control("ROLLBACK" if self._depth == 0 else f"ROLLBACK TO {name}")
            if self._depth:
                self._control(f"RELEASE {name}")
            raise
        self._depth -= 1
        self._control("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    def _control(self, statement: str) -> None:
        try:
            self.conn.execute(statement)
        except sqlite3.Error as exc:  # locked past the timeout, disk full at COMMIT, ...
            raise self._translate(exc, "transaction") from exc

    def _translate(self, exc: Exception, doing: str) -> StoreError:
        if isinstance(exc, sqlite3.IntegrityError):
            return StoreError(f"{self.path}: {doing} refused ({exc})")
        return StoreUnavailableError(
            f"{self.path}: {doing} failed ({exc}). Check the file, its directory's free space "
            "and that no other program holds a lock on it"
        )
