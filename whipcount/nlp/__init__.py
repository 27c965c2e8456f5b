"""Stage 2, NLP: spaCy components that find actors, attribution, stances and dates; ``extract`` runs them."""

from . import components as components  # registers the factories
from .extract import extract, extract_many, load_pipeline

__all__ = ["extract", "extract_many", "load_pipeline"]
