# whipcount: two commands on a fresh machine. `make demo` runs the main job on the bundled corpus;
# `make test` runs the whole suite. Both create .venv and install pinned dependencies first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.whipcount-installed
DB ?= demo.db
OFFICE := NATO Secretary General
REPORT ?= out/report.html

.PHONY: demo test install lint clean accuracy browser bench

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "whipcount needs Python 3.11 or newer (found: $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/whipcount ingest corpus/demo --db $(DB)
	$(BIN)/whipcount tally "$(OFFICE)" --as-of 2024-06-19 --db $(DB)
	$(BIN)/whipcount tally "$(OFFICE)" --as-of 2024-06-26 --db $(DB)
	$(BIN)/whipcount report "$(OFFICE)" --as-of 2024-06-26 --db $(DB) -o $(REPORT)

test: install lint browser
	$(BIN)/python -m pytest

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here). As root, install it;
# otherwise say how, and the browser tests are skipped (CI always runs them).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else echo "note: no Chromium; install Debian's chromium package to run the browser tests"; fi; }

bench: install
	$(BIN)/python bench/run.py

accuracy: install
	$(BIN)/python -m whipcount.gate --report docs/accuracy.md

lint: install
	$(BIN)/ruff check whipcount tests
	$(BIN)/ruff format --check whipcount tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
