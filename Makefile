# The two commands: `make run` (set up, demo database, start the console) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The demo database lives in the checkout, apart from the real one in the user data directory.
DEMO_DB := sqlite:///$(CURDIR)/.demo/demo.sqlite

.PHONY: run test demo screenshot bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

.demo/demo.sqlite: | $(STAMP)
	mkdir -p .demo
	$(BIN)/xianghua-console demo --db $(DEMO_DB)

run: $(STAMP) .demo/demo.sqlite
	$(BIN)/xianghua-console --db $(DEMO_DB)

demo: $(STAMP)
	mkdir -p .demo
	$(BIN)/xianghua-console demo --force --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/python -m pytest

screenshot: $(STAMP) .demo/demo.sqlite
	XIANGHUA_USER=zhuren XIANGHUA_PASSWORD=zhuren123 \
		$(BIN)/xianghua-console screenshot --db $(DEMO_DB) --out shots  # a demo account

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/export.py

lint: $(STAMP)
	$(BIN)/ruff check xianghua_console tests bench

clean:
	rm -rf $(VENV) .demo shots build dist *.egg-info .pytest_cache
