# The two commands a newcomer needs: `make demo` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HAND_WRITTEN := overlays tools tests specs
# The editable install maps each package to its folder when it is made, so a new generated client needs a re-install:
# the stamp's name carries the set of generated packages, and a new package (make generate, make new-api) misses it.
CLIENTS := $(sort $(notdir $(wildcard generated/labsdk_*_client)))
STAMP := $(VENV)/.installed-$(shell printf '%s' "$(CLIENTS)" | cksum | cut -d' ' -f1)
# sbpack (the vendor's CWL deployer the Seven Bridges e2e tests drive) lives in its own venv: see its pins' file.
SBPACK_VENV := .venv-sbpack
SBPACK_PINS := tests/e2e/sbpack/requirements.txt
SBPACK_STAMP := $(SBPACK_VENV)/.installed

.PHONY: setup generate check-generated lint test demo mock bench browser sphinxbio clean new-api dist check-dist

setup: $(STAMP) $(SBPACK_STAMP)

# Re-installs only when the dependencies or the set of generated clients change; otherwise a no-op.
$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@rm -f $(VENV)/.installed*
	@touch $@

$(SBPACK_STAMP): $(SBPACK_PINS)
	@test -x $(SBPACK_VENV)/bin/python || $(PYTHON) -m venv $(SBPACK_VENV)
	$(SBPACK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(SBPACK_PINS)
	@touch $@

# The generated clients, then the sync face of labsdk and its mirrored tests (derived from their _async sources);
# then setup again, in a new make, so that a client generated just now is installed.
generate: setup
	$(PY) tools/codegen/generate.py
	$(PY) tools/codegen/unasync.py
	@$(MAKE) --no-print-directory setup

# A new API's skeleton (spec, mock service, SDK package, tour, end-to-end test), generated and installed:
# `make new-api NAME=basespace [TITLE=BaseSpace]`. Refuses a name that exists or is not a lowercase identifier.
new-api: setup
	@test -n "$(NAME)" || { echo "usage: make new-api NAME=<lowercase identifier> [TITLE=<class name>]" >&2; exit 2; }
	$(PY) tools/codegen/scaffold.py $(NAME) $(if $(TITLE),--title $(TITLE))
	@$(MAKE) --no-print-directory setup

check-generated: setup
	$(PY) tools/codegen/generate.py --check
	$(PY) tools/codegen/unasync.py --check

lint: setup
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)
	$(BIN)/mypy --strict overlays/labsdk tools tests specs
	$(BIN)/mypy --strict generated

test: setup check-generated lint check-dist browser sphinxbio
	$(BIN)/pytest -q -n auto

# Debian's chromium and chromium-driver, for the dashboard's test in a real headless browser (selenium drives it).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

# The official Sphinx client in a virtual environment of its own (it pins pydantic 2.7.1), for its interception test.
SPHINXBIO := .venv-sphinxbio/.installed-sphinxbio-0.1.1
sphinxbio: $(SPHINXBIO)
$(SPHINXBIO):
	rm -rf .venv-sphinxbio && $(PYTHON) -m venv .venv-sphinxbio
	.venv-sphinxbio/bin/python -m pip install --quiet --disable-pip-version-check "sphinxbio==0.1.1"
	@touch $@

# The sdists and wheels of HEAD (labspecs, labsdk, labmock) into dist/, from a clean export (tools/packaging).
dist: setup
	$(PY) tools/packaging/dists.py --out dist

# Those wheels installed into fresh venvs outside the checkout: import every client, serve a mock, one SDK call.
check-dist: setup
	$(PY) tools/packaging/check.py

demo: setup
	$(PY) tools/demo/tour.py

mock: setup
	$(BIN)/labmock serve all --host 127.0.0.1 --port 8000

bench: setup
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	@test -x .bench/node_modules/.bin/prism || npm install --silent --no-audit --no-fund --prefix .bench @stoplight/prism-cli@5.16.0
	$(PY) tools/bench/run.py
	$(PY) tools/bench/startup.py
	$(PY) tools/bench/opcodes.py
	$(PY) tools/bench/goals.py
	$(PY) tools/bench/faults.py

clean:
	rm -rf $(VENV) .venv-sphinxbio $(SBPACK_VENV) .mypy_cache .ruff_cache .pytest_cache .bench dist
