"""whipcount: a whip count built from the news."""

from .errors import DataError, InputError, LedgerError, ModelError, QueryError, WhipcountError
from .nlp import extract, extract_many, load_pipeline
from .records import Article, Body, CandidateTally, DatePrecision, Member, Office, Position, Stance, StanceType, Tally
from .reference import load_reference
from .sources import read_paths

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Body",
    "CandidateTally",
    "DataError",
    "DatePrecision",
    "InputError",
    "LedgerError",
    "Member",
    "ModelError",
    "Office",
    "Position",
    "QueryError",
    "Stance",
    "StanceType",
    "Tally",
    "WhipcountError",
    "__version__",
    "extract",
    "extract_many",
    "load_pipeline",
    "load_reference",
    "read_paths",
]
