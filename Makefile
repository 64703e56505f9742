# The two commands a newcomer needs: `make demo` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
HAND_WRITTEN := overlays tools tests specs
# sbpack (the vendor's CWL deployer the Seven Bridges e2e tests drive) lives in its own venv: see its pins' file.
SBPACK_VENV := .venv-sbpack
SBPACK_PINS := tests/e2e/sbpack/requirements.txt
SBPACK_STAMP := $(SBPACK_VENV)/.installed

.PHONY: setup generate check-generated lint test demo mock bench clean

setup: $(STAMP) $(SBPACK_STAMP)

# Re-installs only when the dependencies or the set of generated clients change; otherwise a no-op.
# (a new generated client package also needs a re-install: the editable finder maps packages at install time)
$(STAMP): pyproject.toml $(wildcard generated/*/__init__.py)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

$(SBPACK_STAMP): $(SBPACK_PINS)
	@test -x $(SBPACK_VENV)/bin/python || $(PYTHON) -m venv $(SBPACK_VENV)
	$(SBPACK_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r $(SBPACK_PINS)
	@touch $@

# The generated clients, then the sync face of labsdk and its mirrored tests (derived from their _async sources).
generate: setup
	$(PY) tools/codegen/generate.py
	$(PY) tools/codegen/unasync.py

check-generated: setup
	$(PY) tools/codegen/generate.py --check
	$(PY) tools/codegen/unasync.py --check

lint: setup
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)
	$(BIN)/mypy --strict overlays/labsdk tools tests specs
	$(BIN)/mypy --strict generated

test: setup check-generated lint
	$(BIN)/pytest -q

demo: setup
	$(PY) tools/demo/tour.py

mock: setup
	$(BIN)/labmock serve all --host 127.0.0.1 --port 8000

bench: setup
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	@test -x .bench/node_modules/.bin/prism || npm install --silent --no-audit --no-fund --prefix .bench @stoplight/prism-cli@5.16.0
	$(PY) tools/bench/run.py

clean:
	rm -rf $(VENV) $(SBPACK_VENV) .mypy_cache .ruff_cache .pytest_cache .bench
