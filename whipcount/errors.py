"""Every error whipcount raises, with a stable code.

    WhipcountError                base of everything below; ``.code`` is stable ("W101"), ``str()`` one line
    ├── InputError (W1xx)         an article could not be read: the batch goes on without it
    ├── DataError (W2xx)          a bundled or user data file (bodies, offices, people) is invalid
    ├── LedgerError (W3xx)        the ledger cannot be opened, migrated or written
    ├── QueryError (W4xx)         a tally or lookup asks for something unknown (office, date)
    └── ModelError (W5xx)         no English spaCy pipeline could be loaded, a worker died, Spark failed

Library code raises these ``from`` the underlying exception; the CLI turns each into one clean line.
"""

from __future__ import annotations


class WhipcountError(Exception):
    """Base class. ``code`` identifies the kind of failure, the message says what to do."""

    code = "W000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(message)

    def __str__(self) -> str:
        # One line, always: reasons are printed next to file names in batch output.
        return " ".join(str(self.args[0]).split())


class InputError(WhipcountError):
    code = "W100"


class DataError(WhipcountError):
    code = "W200"


class LedgerError(WhipcountError):
    code = "W300"


class QueryError(WhipcountError):
    code = "W400"


class ModelError(WhipcountError):
    code = "W500"


# Codes, in one place so that docs and tests can list them.
E_EMPTY = "W101"
E_BINARY = "W102"
E_ENCODING = "W103"
E_JSON = "W104"
E_NO_TEXT = "W105"
E_FIELD = "W106"
E_UNSUPPORTED = "W107"
E_NOT_FOUND = "W108"
E_ARCHIVE = "W109"  # a web archive (WARC) is truncated or corrupt: what came before it is kept
E_DATA = "W201"
E_LEDGER_OPEN = "W301"
E_LEDGER_SCHEMA = "W302"
E_LEDGER_WRITE = "W303"
E_UNKNOWN_OFFICE = "W401"
E_BAD_DATE = "W402"
E_UNKNOWN_MEMBER = "W403"
E_NO_MODEL = "W501"
E_WORKER = "W502"  # a worker process died during extraction
E_SPARK = "W503"  # Spark could not start, or a Spark job failed
