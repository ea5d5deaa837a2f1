# marsad — make targets set up what they need (.venv) on a fresh clone.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# A second environment with the claim-extraction path compiled to C by mypyc (see setup.py).
FAST := .venv-compiled
FAST_STAMP := $(FAST)/.installed
SOURCES := $(shell find src -name '*.py' -o -name '*.toml' -o -name '*.tsv' -o -name '*.json*' | sort)

.PHONY: example test typecheck test-compiled lint bench clean

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

## Run the test suite, the linter and the type check of the compiled modules.
test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest

typecheck: $(STAMP)
	$(BIN)/mypy

# The compiled build: mypy (for mypyc) and setuptools in the environment, then a regular (not
# editable) install with MARSAD_COMPILE=1; rebuilt when a source file changes.
$(FAST_STAMP): pyproject.toml setup.py $(SOURCES)
	$(PY) -m venv $(FAST)
	$(FAST)/bin/pip install -q --upgrade pip
	$(FAST)/bin/pip install -q --upgrade "setuptools>=77" wheel "$$(grep -o 'mypy==[0-9.]*' pyproject.toml)"
	MARSAD_COMPILE=1 $(FAST)/bin/pip install -q --no-build-isolation '.[dev,bench]'
	$(FAST)/bin/python -c "from marsad.build import build_kind; print(build_kind()); assert build_kind() != 'pure Python'"
	touch $(FAST_STAMP)

## The test suite again, on the compiled build (what `make bench` measures).
test-compiled: $(FAST_STAMP)
	$(FAST)/bin/pytest

## Speed and romanisation benchmarks, on the compiled build (with the optional spaCy / peer romaniser).
bench: $(FAST_STAMP)
	$(FAST)/bin/python benchmarks/throughput.py
	$(FAST)/bin/python benchmarks/translit.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) $(FAST) build dist src/*.egg-info
