# whipcount: two commands on a fresh machine. `make demo` runs the main job on the bundled corpus;
# `make test` runs the whole suite. Both create .venv and install pinned dependencies first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.whipcount-installed
DB ?= demo.db
OFFICE := NATO Secretary General
REPORT ?= out/report.html

.PHONY: demo test install lint clean accuracy

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

test: install lint
	$(BIN)/python -m pytest

accuracy: install
	$(BIN)/python -m whipcount.gate --report docs/accuracy.md

lint: install
	$(BIN)/ruff check whipcount tests
	$(BIN)/ruff format --check whipcount tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
