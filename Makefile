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

## Run the main job on the bundled bilingual example report: records and a dossier in out/.
example: $(STAMP)
	@mkdir -p out
	$(BIN)/marsad extract --format json -o out/raid-bilingual.jsonl examples/raid-bilingual.txt
	$(BIN)/marsad dossier --format html -o out/raid-bilingual.html examples/raid-bilingual.txt
	$(BIN)/marsad dossier --format md examples/raid-bilingual.txt
	@echo "full record: out/raid-bilingual.jsonl; dossier page: out/raid-bilingual.html"

## Run the test suite and the linter.
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/pytest

## Speed and romanisation benchmarks (installs the optional spaCy / peer romaniser).
bench: $(STAMP)
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/translit.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) build dist src/*.egg-info
