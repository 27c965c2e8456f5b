"""Stage 3, the ledger: articles, stances with provenance, and positions over time, in SQLite or PostgreSQL."""

from .core import IngestOutcome, Ledger, open_ledger

__all__ = ["IngestOutcome", "Ledger", "open_ledger"]
