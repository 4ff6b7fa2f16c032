"""One exception hierarchy for sitrep.

    SitrepError
    ├── InputError        an input file, line or article that cannot be read (names the input)
    ├── GazetteerError    the gazetteer index cannot be built or opened
    ├── StoreError        the event store cannot be opened, or one article cannot be written
    │   └── StoreUnavailableError  the store itself is gone (server down, disk full, locked):
    │                              a batch stops rather than fail every article that follows
    └── EvalError         a gold file that does not follow FORMAT.md

Messages are one line: ``[E###] <input>: <problem>. <what to do>``.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class of every error sitrep raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class InputError(SitrepError):
    code = "E100"

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class GazetteerError(SitrepError):
    code = "E200"


class StoreError(SitrepError):
    code = "E300"


class StoreUnavailableError(StoreError):
    code = "E301"


class EvalError(SitrepError):
    code = "E400"
