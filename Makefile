# marsad — make targets set up what they need (.venv) on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: example test lint bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

## Run the main job on the bundled bilingual example report.
example: $(STAMP)
	$(BIN)/marsad extract --format json examples/raid-bilingual.txt

## Run the test suite and the linter.
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) build dist src/*.egg-info
