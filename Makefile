# The two commands of the README:
#   make drill   set up everything on a fresh machine (environments, bot) and open a practice call
#   make test    the test suite (what CI runs)
SCENARIO ?= absent_colleague
PYTEST_ARGS ?=

.PHONY: setup drill test bench lint
setup:
	@bash scripts/setup.sh

drill: setup
	.venv/bin/calldrill practice $(SCENARIO)

test: setup
	.venv/bin/ruff check simulator scoring nlu ui tests bench
	.venv/bin/python -m pytest $(PYTEST_ARGS)

bench: setup
	.venv/bin/python -m bench

lint: setup
	.venv/bin/ruff check --fix simulator scoring nlu ui tests bench
	.venv/bin/ruff format simulator scoring nlu ui tests bench
