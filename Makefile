# chess_grpo: every target installs what it needs first, and skips what is already installed.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
TORCH_VERSION ?= 2.13.0
STAMP := $(VENV)/.chess_grpo-installed
NBDEV_WORKERS ?= 2
export VENV

.PHONY: install stockfish torch test test-fast check-clean export readme bench lab clean-venv train

install: stockfish $(STAMP)

# Debian's stockfish 15.1 lands in /usr/games, which is not on PATH; the code looks there too.
stockfish:
	@if [ -n "$${CHESS_GRPO_STOCKFISH:-}" ] && [ -x "$${CHESS_GRPO_STOCKFISH}" ] || [ -x /usr/games/stockfish ] || command -v stockfish >/dev/null; then \
	  echo "stockfish: present"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y stockfish; \
	fi

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# torch is installed before the package so that pip never resolves a bare `torch` to a CUDA build.
torch: $(PY)
	@$(PY) -c "import torch, sys; sys.exit(0 if torch.__version__.split('+')[0] == '$(TORCH_VERSION)' else 1)" 2>/dev/null \
	  && echo "torch $(TORCH_VERSION): present" || $(PIP) install "torch==$(TORCH_VERSION)"

$(STAMP): settings.ini setup.py pyproject.toml | torch
	$(PIP) install -e ".[dev]"
	touch $@

export: install
	$(VENV)/bin/nbdev_export
	$(VENV)/bin/nbdev_clean
	$(PY) tools/make_readme.py

readme: $(PY)
	$(PY) tools/make_readme.py

check-clean: install
	bash tools/check_clean.sh

# Everything, slow cells included: this is what CI runs.
test: install check-clean
	$(VENV)/bin/nbdev_test --n_workers $(NBDEV_WORKERS) --flags slow --timing
	@echo "notebooks: $$(find nbs -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' | wc -l) passed, 0 failed"

# The quick loop while editing: skips cells flagged `#| slow`.
test-fast: install
	$(VENV)/bin/nbdev_test --n_workers $(NBDEV_WORKERS) --timing

# The main job: the default warm start (200k positions) if checkpoints/warmstart.pt is missing, a default GRPO run with
# a final evaluation, a plot of the run, and the held-out strength of the warm start against the run's final policy,
# paired on the same positions. PRETRAIN_ARGS / TRAIN_ARGS pass options through (e.g. TRAIN_ARGS="--total-steps 400").
PRETRAIN_ARGS ?= --results checkpoints/warmstart.json
TRAIN_ARGS ?=
train: install
	@set -e; \
	if [ -f checkpoints/warmstart.pt ]; then echo "warm start: checkpoints/warmstart.pt (delete it to make a new one)"; \
	else $(VENV)/bin/chess-grpo pretrain $(PRETRAIN_ARGS); fi; \
	run=chess-grpo-$$(date +%Y%m%d-%H%M)-$$(od -An -N2 -tx1 /dev/urandom | tr -d ' \n'); \
	$(VENV)/bin/chess-grpo train --run-name $$run $(TRAIN_ARGS); \
	$(VENV)/bin/chess-grpo compare runs/$$run --plot runs/$$run/metrics.png; \
	$(VENV)/bin/chess-grpo strength checkpoints/warmstart.pt runs/$$run --defenders random --json runs/$$run/strength.json; \
	echo "run directory: runs/$$run (metrics.jsonl, summary.json, checkpoints/, eval/*.pgn, metrics.png, strength.json)"

bench: install
	$(VENV)/bin/chess-grpo bench all

lab: install
	$(VENV)/bin/jupyter lab nbs

clean-venv:
	rm -rf $(VENV)
