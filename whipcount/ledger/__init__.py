"""Stage 3, the ledger: articles, stances with provenance, and positions over time, in SQLite."""

from .sqlite import IngestOutcome, Ledger, open_ledger

__all__ = ["IngestOutcome", "Ledger", "open_ledger"]
