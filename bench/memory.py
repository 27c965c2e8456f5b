"""Peak memory of ``ingest`` on N generated articles (5% about a race, news briefs of about 150 words), streamed
from a JSONL file into a fresh SQLite ledger. Prints the process's peak resident set size in KiB. Run by
bench/run.py, one process per N.

    python bench/memory.py N
"""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus
from whipcount.ledger import open_ledger
from whipcount.nlp import load_pipeline
from whipcount.pipeline import Status, ingest


def main() -> None:
    n = int(sys.argv[1])
    nlp = load_pipeline(data=(str(corpus.ROOT / "corpus" / "news" / "data"),))
    with tempfile.TemporaryDirectory() as tmp:
        path = corpus.write_jsonl(Path(tmp) / "articles.jsonl", n, 0.05, seed=17, length=150)
        with open_ledger(Path(tmp) / "ledger.db") as ledger:
            stored = sum(line.status is Status.INGESTED for line in ingest([path], ledger, nlp=nlp))
    assert stored == n, f"{stored} of {n} stored"
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
