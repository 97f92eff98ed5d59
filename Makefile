# vocmine: `make run` sets everything up and runs the main flow; `make test` tests it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PREFECT_HOME ?= $(CURDIR)/var/prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_LOGGING_LEVEL ?= INFO
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.DEFAULT_GOAL := help
.PHONY: help install run test lint format train-sentiment clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	# torch first, pinned: a CPU wheel is on this machine; unpinned pulls a multi-GB CUDA build
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install vocmine with its dev tools

run: $(STAMP) ## Run the main Prefect flow on the sample data (DuckDB store, exports in out/)
	mkdir -p $(PREFECT_HOME)
	$(BIN)/python -m flows.pipeline

test: $(STAMP) ## Lint, check the import contract, run the test suite
	$(BIN)/ruff check vocmine flows tests scripts bench
	$(BIN)/lint-imports
	$(BIN)/pytest

lint: $(STAMP) ## ruff check + format check + import contract
	$(BIN)/ruff check vocmine flows tests scripts bench
	$(BIN)/ruff format --check vocmine flows tests scripts bench
	$(BIN)/lint-imports

format: $(STAMP) ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix vocmine flows tests scripts bench
	$(BIN)/ruff format vocmine flows tests scripts bench

train-sentiment: $(STAMP) ## Retrain the shipped sentiment model from ../shared/data
	$(BIN)/python scripts/train_sentiment.py --data-dir ../shared/data --out models/sentiment/v1

clean: ## Remove the store, exports and Prefect state (keeps .venv)
	rm -rf out var
