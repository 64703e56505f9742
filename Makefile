# The two commands a newcomer needs: `make demo` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
HAND_WRITTEN := overlays tools tests specs

.PHONY: setup generate check-generated lint test demo mock bench browser clean

setup: $(STAMP)

# Re-installs only when the dependencies or the set of generated clients change; otherwise a no-op.
# (a new generated client package also needs a re-install: the editable finder maps packages at install time)
$(STAMP): pyproject.toml $(wildcard generated/*/__init__.py)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
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

test: setup check-generated lint browser
	$(BIN)/pytest -q

# Debian's chromium and chromium-driver, for the dashboard's test in a real headless browser (selenium drives it).
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null)

demo: setup
	$(PY) tools/demo/tour.py

mock: setup
	$(BIN)/labmock serve all --host 127.0.0.1 --port 8000

bench: setup
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	@test -x .bench/node_modules/.bin/prism || npm install --silent --no-audit --no-fund --prefix .bench @stoplight/prism-cli@5.16.0
	$(PY) tools/bench/run.py
	$(PY) tools/bench/startup.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .bench
