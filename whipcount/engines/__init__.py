"""Engines that run extraction over many inputs and write the extract file (Parquet) that `whipcount load` reads.

parquet   the extract file's schema (one row per input item: an article with its stances and claims, or a
          rejection), the extraction step every engine runs, the local writer, and the loader into a ledger
spark     the same extraction over Spark partitions (``extract --engine spark``); pyspark is imported only there
"""

from .parquet import FIELDS, extract_rows, load_rows, read_records, records_from_row, write_parquet

__all__ = ["FIELDS", "extract_rows", "load_rows", "read_records", "records_from_row", "write_parquet"]
