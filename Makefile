# panel_app — two commands from a fresh clone:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench screenshots clean venv qt-libs ocr-engine demo corpus i18n translations package package-smoke

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The interface's French and German: resources/i18n/*.ts are the sources (committed), the .qm are compiled
# here by pyside6-lrelease (never committed). `make i18n` re-reads every tr() of panel_app/ui, and every
# translate()/QT_TRANSLATE_NOOP() of the texts that domain/, services/, store/ and intake/ write for the
# interface (domain/texts.py), into the .ts files; and every translate("Reports", …) of panel_app/reports into
# reports_{fr,de}.ts (read as .ts by the reports themselves, panel_app/reports/i18n.py); then translate the
# new entries (Qt Linguist:
# .venv/bin/pyside6-linguist, or by hand) and commit.
I18N_TS := $(wildcard resources/i18n/*.ts)
I18N_QM := $(I18N_TS:.ts=.qm)
I18N_SOURCES := panel_app/ui panel_app/domain panel_app/services panel_app/store panel_app/intake

translations: $(I18N_QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find $(I18N_SOURCES) -name '*.py' | sort) \
		-ts resources/i18n/panel_app_fr.ts resources/i18n/panel_app_de.ts
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find panel_app/reports -name '*.py' | sort) \
		-ts resources/i18n/reports_fr.ts resources/i18n/reports_de.ts

# Debian libraries Qt needs: probe a tiny offscreen Qt start, install only what is missing (root only).
qt-libs: $(STAMP)
	@bash .ci/ensure-qt-libs.sh $(PY) offscreen

# Tesseract 5 and the language packs the OCR tests read (eng fra deu ell bul): probe, install what is missing.
ocr-engine:
	@bash .ci/ensure-ocr.sh

run: $(STAMP) translations
	@bash .ci/ensure-qt-libs.sh $(PY) gui
	$(VENV)/bin/panel-app --demo

lint: $(STAMP)
	$(VENV)/bin/ruff check panel_app tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: qt-libs ocr-engine lint translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP) qt-libs ocr-engine
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots: $(STAMP) qt-libs translations
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

# Regenerate the eligibility form corpus (tests/eligibility/forms/): LibreOffice and Chromium are installed
# when missing (root), python-docx into the venv. `make test` does not need this: the PDFs are committed.
corpus: $(STAMP)
	@bash .ci/ensure-corpus-tools.sh
	$(PY) -m pip install --quiet -e '.[corpus]'
	PYTHONPATH=$(CURDIR) $(PY) -m tests.eligibility.make_forms
	PYTHONPATH=$(CURDIR) $(PY) -m tests.eligibility.form_accuracy

# The packaged desktop app: one folder, dist/panel-app/ (PyInstaller, packaging/panel_app.spec), then its smoke
# test (packaging/smoke.py): the bundle under Xvfb and on the command line, with no Python on PATH. The Qt
# libraries for a real window (xvfb, xcb) and Tesseract are installed when missing (root). See README.
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[dev,package]'
	@touch $@

package: $(PACKAGE_STAMP) translations
	@bash .ci/ensure-qt-libs.sh $(PY) gui
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/panel_app.spec
	@du -sh dist/panel-app
	@$(MAKE) --no-print-directory package-smoke

package-smoke: $(STAMP) ocr-engine
	@bash .ci/ensure-qt-libs.sh $(PY) gui
	$(PY) packaging/smoke.py dist/panel-app

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist *.egg-info
