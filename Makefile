# Two commands on a fresh machine: `make site` builds the sample archive, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test serve ingest check clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)  ## ingest inbox/ and build the searchable site into site/
	$(BIN)/briefing build

serve: $(STAMP)  ## live-reloading preview on http://127.0.0.1:8000
	$(BIN)/briefing serve

check: $(STAMP)  ## report unknown names, date conflicts and other ingest problems
	$(BIN)/briefing check

browser:  ## headless Chromium for the browser tests (Debian package)
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests..."; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "warning: could not install chromium; browser tests will be skipped"; }

test: $(STAMP) browser  ## the whole test suite
	$(BIN)/python -m pytest -q

clean:
	rm -rf site .cache .pytest_cache
