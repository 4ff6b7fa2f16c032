"""Store: where articles, events and ingest failures live.

One small protocol (``Store``) and backends behind it; ``SQLiteStore`` (a single file, standard
library ``sqlite3``) is the default. Writes are idempotent: storing the same article and events
again changes nothing. Backend errors are raised as ``sitrep.errors.StoreError``.
"""

from __future__ import annotations

from sitrep.store.base import Store, content_hash
from sitrep.store.migrations import MIGRATIONS, apply_migrations
from sitrep.store.sqlite import SQLiteStore, event_from_row, event_to_row

__all__ = [
    "MIGRATIONS",
    "SQLiteStore",
    "Store",
    "apply_migrations",
    "content_hash",
    "event_from_row",
    "event_to_row",
]
