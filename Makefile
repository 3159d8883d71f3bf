# The two commands: `make run` (set up, demo database, start the console) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The demo database lives in the checkout, apart from the real one in the user data directory.
DEMO_DB := sqlite:///$(CURDIR)/.demo/demo.sqlite

.PHONY: run test demo screenshot bench lint clean translations i18n-update dist

# The GUI's translations (tools/i18n.py): the .ts files are kept in git, the .qm files are
# built from them here. After adding or changing GUI strings, `make i18n-update` refreshes the
# .ts files (then translate the new English entries); `make translations` only compiles.
I18N := resources/i18n
QM_FILES := $(I18N)/xianghua_zh_CN.qm $(I18N)/xianghua_en.qm

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q xianghua_console  # bytecode now, not on every start
	touch $(STAMP)

translations: $(QM_FILES)

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n-update: $(STAMP)
	$(BIN)/python tools/i18n.py update

.demo/demo.sqlite: | $(STAMP)
	mkdir -p .demo
	$(BIN)/xianghua-console demo --db $(DEMO_DB)

run: $(STAMP) translations .demo/demo.sqlite
	$(BIN)/xianghua-console --db $(DEMO_DB)

demo: $(STAMP)
	mkdir -p .demo
	$(BIN)/xianghua-console demo --force --db $(DEMO_DB)

test: $(STAMP) translations
	$(BIN)/python -m pytest

screenshot: $(STAMP) translations .demo/demo.sqlite
	XIANGHUA_USER=zhuren XIANGHUA_PASSWORD=zhuren123 \
		$(BIN)/xianghua-console screenshot --db $(DEMO_DB) --out shots  # a demo account

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/export.py

# The one-folder program (build.spec): dist/xianghua-console/ with the windowed xianghua-console
# and the console xianghua-cli over the same libraries, checked by the console one's --smoke.
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
	dist/xianghua-console/xianghua-cli --version
	dist/xianghua-console/xianghua-cli --smoke  # offscreen, on a throwaway database
	du -sh dist/xianghua-console

lint: $(STAMP)
	$(BIN)/ruff check xianghua_console tests bench

clean:
	rm -rf $(VENV) .demo shots build dist *.egg-info .pytest_cache
