# Dars: two commands on a fresh machine. `make run` starts the tutor, `make test` proves it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
# `make run ARGS="--console --student Mitu"` passes arguments to `python -m bot`.
ARGS ?=

.PHONY: run test lint typecheck install install-dev migrate load-content clean

# What running needs: Dars and its dependencies, no test or lint tools.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(STAMP)

# What testing needs on top: the `dev` extras (pytest, ruff, mypy, import-linter...).
$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP)

install: $(STAMP)

install-dev: $(DEV_STAMP)

migrate: $(STAMP)
	$(BIN)/alembic upgrade head

load-content: migrate
	$(BIN)/python -m scripts.load_content

run: load-content
	$(BIN)/python -m bot $(ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(DEV_STAMP)
	$(BIN)/mypy

test: $(DEV_STAMP) lint typecheck
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
