# Everything runs from a project-local virtualenv that `make` creates on first use.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench lint model clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mpn-bot needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## Start the bot: real Slack when tokens are set (see README), otherwise the local simulator.
run: $(STAMP)
	$(VENV)/bin/mpn-bot run

## Lint, check formatting and types, and run the whole test suite.
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## Benchmarks (figures as ratios measured side by side in one run; see README).
bench: $(STAMP)
	$(PY) -m benchmarks

## Train the DM reader's second opinion on the labelled messages (after they or the reader's words change).
model: $(STAMP)
	$(PY) -m tests.language.second_opinion_data

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis
