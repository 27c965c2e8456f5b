"""Stage 1, articles in: read files, folders, feeds, URLs and WARC archives into ``Article`` records, or say why
not (``docs/sources.md``)."""

from .readers import (
    SUPPORTED_SUFFIXES,
    WARC_SUFFIXES,
    ReadResult,
    Rejection,
    list_inputs,
    read_article_text,
    read_file,
    read_paths,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "WARC_SUFFIXES",
    "ReadResult",
    "Rejection",
    "list_inputs",
    "read_article_text",
    "read_file",
    "read_paths",
]
