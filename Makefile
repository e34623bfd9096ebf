# TestLab: two commands on a fresh machine, `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench clean translations catalogue

# The window's translations: .ts sources in git, the compiled .qm built here (never committed).
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# (Re)install only when pyproject.toml changed: a second run installs nothing.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "TestLab needs Python 3.11 or newer; found $$($(PYTHON) --version)" >&2; exit 2; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# pyside6-lrelease comes with PySide6 (installed by $(STAMP)); the .qm is rebuilt only when
# its .ts changed, and a reinstall alone does not rebuild it (order-only prerequisite).
resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# After adding or changing strings in ui/: the French catalogue gains them (unfinished),
# ready to translate in Qt Linguist or any editor.
catalogue: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'ui/*.py') -ts resources/i18n/testlab_fr.ts \
	  -source-language en -target-language fr -locations relative

run: $(STAMP) $(QM_FILES)
	@$(PY) -m ui.qt_check
	$(PY) main.py $(ARGS)

test: $(STAMP) $(QM_FILES)
	$(PY) -m ruff check .
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/benchmarks $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info $(QM_FILES)
