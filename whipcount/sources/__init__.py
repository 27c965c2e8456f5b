"""Stage 1, articles in: read files and folders into ``Article`` records, or say why not."""

from .readers import SUPPORTED_SUFFIXES, ReadResult, Rejection, list_inputs, read_article_text, read_file, read_paths

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ReadResult",
    "Rejection",
    "list_inputs",
    "read_article_text",
    "read_file",
    "read_paths",
]
