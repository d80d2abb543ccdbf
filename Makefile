# The two commands of the README:
#   make app     set up everything on a fresh machine (environments, bot), open the web app
#   make test    the test suite (what CI runs)
SCENARIO ?= absent_colleague
PYTEST_ARGS ?=
PORT ?= 8501
DEMO ?= 1

.PHONY: setup app drill test test-fast bench lint
setup:
	@bash scripts/setup.sh

app: setup
	.venv/bin/calldrill web --port $(PORT) $(if $(filter 1,$(DEMO)),--demo,)

drill: setup
	.venv/bin/calldrill practice $(SCENARIO)

test: setup
	.venv/bin/ruff check core nlu simulator scoring storage calldrill ui tests bench
	.venv/bin/lint-imports
	.venv/bin/python -m pytest $(PYTEST_ARGS)

# The fast tier: no Rasa server, browser, PostgreSQL, sound server or speech model (under two minutes).
test-fast: setup
	.venv/bin/ruff check core nlu simulator scoring storage calldrill ui tests bench
	.venv/bin/lint-imports
	.venv/bin/python -m pytest -m "not slow" $(PYTEST_ARGS)

bench: setup
	.venv/bin/python -m bench

lint: setup
	.venv/bin/ruff check --fix core nlu simulator scoring storage calldrill ui tests bench
	.venv/bin/ruff format core nlu simulator scoring storage calldrill ui tests bench
