"""What the app holds for its lifetime: the store URL with one open store per worker thread,
the write tokens, and the Extractor (built on the first article posted, once per process)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from sitrep.server.auth import Token
from sitrep.store import store_from_url
from sitrep.store.sql import SQLStore


@dataclass
class ServerState:
    db: str
    tokens: tuple[Token, ...] = ()
    cors_origins: tuple[str, ...] = ()
    _local: threading.local = field(default_factory=threading.local, repr=False)
    _opened: list[SQLStore] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _extractor: Any = field(default=None, repr=False)
    _generation: int = 0  # bumped by close(): a thread's store of an earlier run is reopened

    @property
    def writable(self) -> bool:
        return bool(self.tokens)

    def store(self) -> SQLStore:
        """This thread's open store (an SQLite connection belongs to the thread that made it;
        request handlers run on a pool of threads, each keeps its connection)."""
        store = getattr(self._local, "store", None)
        if store is None or self._local.generation != self._generation:
            store = store_from_url(self.db).open()
            if store.dialect.name == "sqlite":  # a reader's pages straight from the OS cache
                store._exec("PRAGMA mmap_size = 4294967296")
                store._exec("PRAGMA cache_size = -131072")
            with self._lock:
                self._opened.append(store)
                self._local.store, self._local.generation = store, self._generation
        return store

    def extractor(self) -> Any:
        with self._lock:
            if self._extractor is None:
                from sitrep.events.extractor import Extractor

                self._extractor = Extractor()
            return self._extractor

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                try:
                    store.close()
                except Exception:  # noqa: BLE001  (closing what may already be gone)
                    pass
            self._opened.clear()
            self._generation += 1
