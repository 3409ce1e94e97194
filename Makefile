# Carryback: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
T ?= tests

.DEFAULT_GOAL := help

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}'

system-deps: ## Install the Debian packages the tests and demo use (needs root)
	@./scripts/system-deps.sh

setup: system-deps $(STAMP) ## Create .venv and install Carryback with its test and demo extras

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,demo]'
	@command -v redis-server >/dev/null || $(BIN)/pip install --quiet '.[bundled-redis]'
	@touch $(STAMP)

test: setup ## Run the whole test suite (starts a throwaway Redis; T=path to narrow)
	$(BIN)/pytest $(T)

lint: setup ## Lint with ruff; check the layers' one-way dependencies with import-linter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: setup ## Format with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup ## Run every benchmark in bench/, print their tables, then one table of headline figures
	@summary=$$(mktemp); trap 'rm -f "$$summary"' EXIT; \
	for script in bench/[!_]*.py; do \
		echo "== $$script"; BENCH_SUMMARY=$$summary $(BIN)/python $$script || exit 1; \
	done; \
	$(BIN)/python bench/_summary.py "$$summary"

demo: setup ## Run the whole loop on loopback with embedded defaults
	$(BIN)/python -m tools.demo

demo-console: setup ## Run the demo, then keep the console up with its data until Ctrl-C
	$(BIN)/python -m tools.demo --keep-console

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) var .pytest_cache .ruff_cache

.PHONY: help system-deps setup test lint format bench demo demo-console clean
