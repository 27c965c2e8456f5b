"""Stage 5, outputs: the command line, tables and JSON, and the HTML report."""
