"""One exception hierarchy for sitrep.

    SitrepError
    ├── InputError        an input file, line or article that cannot be read (names the input)
    │   └── PublishedDateError   a publication date that is not YYYY-MM-DD
    ├── GazetteerError    the gazetteer index cannot be built or opened
    ├── StoreError        the event store cannot be opened, or one article cannot be written
    │   └── StoreUnavailableError  the store itself is gone (server down, disk full, locked):
    │                              a batch stops rather than fail every article that follows
    ├── EvalError         a gold file that does not follow FORMAT.md
    └── ExportError       an export that cannot be written (format, output file, missing extra)

Messages are one line: ``[E###] <input>: <problem>. <what to do>``.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class of every error sitrep raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")

    def __reduce__(self):
        # Pickled as made, not rebuilt through __init__ (which would code the message twice),
        # so an error raised in a worker process reads the same where it is reported.
        return _restore, (type(self), self.args, self.__dict__)


def _restore(cls: type, args: tuple, state: dict) -> SitrepError:
    error = Exception.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InputError(SitrepError):
    code = "E100"

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class PublishedDateError(InputError):
    """An article's ``published`` value that is no date (rather than reading it as undated)."""

    code = "E110"

    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__("published", f"{value!r} is not a date. Give YYYY-MM-DD (an ISO timestamp is "
                                      "read to its day), or None when the day is unknown")


class GazetteerError(SitrepError):
    code = "E200"


class StoreError(SitrepError):
    code = "E300"


class StoreUnavailableError(StoreError):
    code = "E301"


class EvalError(SitrepError):
    code = "E400"


class ExportError(SitrepError):
    code = "E500"
