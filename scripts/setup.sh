#!/usr/bin/env bash
# Creates everything CallDrill needs on a fresh machine; fast and silent when all is up to date.
#   - Debian packages listed in requirements/apt.txt
#   - .venv       the application (modern Python 3.11 stack)
#   - .venv-rasa  Rasa 3.6.21 in its own environment, pinned by nlu/requirements-rasa.lock
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

stamp_ok() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }

# --- Debian packages ---------------------------------------------------------------------------
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' requirements/apt.txt)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- application environment -------------------------------------------------------------------
app_hash=$(cat pyproject.toml | sha256sum | cut -c1-16)
if ! stamp_ok .venv/.calldrill-stamp "$app_hash"; then
  say "creating the application environment (.venv)"
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/pip install -q -e '.[dev]' 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import core, nlu, simulator, scoring, storage, calldrill"
  echo "$app_hash" > .venv/.calldrill-stamp
fi

# --- the offline Mandarin voice (Kokoro) and listener (whisper-base) ------------------------------
bash scripts/setup_voice.sh

# --- Rasa environment --------------------------------------------------------------------------
rasa_hash=$(cat nlu/requirements-rasa.lock | sha256sum | cut -c1-16)
if ! stamp_ok .venv-rasa/.calldrill-stamp "$rasa_hash"; then
  say "creating Rasa's environment (.venv-rasa); this takes a few minutes the first time"
  rm -rf .venv-rasa
  "$PY" -m venv .venv-rasa
  .venv-rasa/bin/pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv-rasa/bin/pip install -q --no-deps --ignore-requires-python rasa==3.6.21 rasa-sdk==3.6.2 2>&1 | grep -v "^WARNING: Location" || true
  .venv-rasa/bin/pip install -q --no-deps -r nlu/requirements-rasa.lock 2>&1 | grep -v "^WARNING: Location" || true
  RASA_TELEMETRY_ENABLED=false .venv-rasa/bin/python -c "import rasa, rasa_sdk, pypinyin; assert rasa.__version__ == '3.6.21', rasa.__version__"
  echo "$rasa_hash" > .venv-rasa/.calldrill-stamp
fi
