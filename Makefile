# The two commands of the README. Both create the virtualenv and install what they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := src/prisoner_ledger/data/sample
SAMPLE_DB ?= sample.db

.PHONY: run test lint typecheck browser clean eval bench

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (or run: make PYTHON=python3)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

# Debian's chromium for the browser tests (Playwright is pointed at /usr/bin/chromium).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "could not install chromium: browser tests will be skipped"; \
	  else echo "no /usr/bin/chromium and not root: browser tests will be skipped"; fi; \
	fi

run: $(VENV)/.installed
	rm -f $(SAMPLE_DB) $(SAMPLE_DB)-wal $(SAMPLE_DB)-shm
	$(BIN)/prisoner-ledger ingest --db $(SAMPLE_DB) $(SAMPLE) || test $$? -eq 3
	$(BIN)/prisoner-ledger extract --db $(SAMPLE_DB) --no-print
	$(BIN)/prisoner-ledger build-ledger --db $(SAMPLE_DB)
	$(BIN)/prisoner-ledger releases --db $(SAMPLE_DB)
	@echo
	$(BIN)/prisoner-ledger deals --db $(SAMPLE_DB)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

test: $(VENV)/.installed-dev browser lint typecheck
	$(BIN)/python -m pytest -q

eval: $(VENV)/.installed
	$(BIN)/prisoner-ledger evaluate --gold ../shared/dev/gold.jsonl --docs ../shared/dev/texts

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(SAMPLE_DB) $(SAMPLE_DB)-wal $(SAMPLE_DB)-shm .pytest_cache .mypy_cache .ruff_cache
