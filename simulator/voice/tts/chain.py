"""The customer's voice: engines tried in order, lines cached on disk, the user told which voice speaks.

Order: edge-tts (online) → Kokoro (offline Mandarin, installed by `make setup`) → piper (when a
Chinese voice file is configured) → espeak-ng (always there, hard to understand: the chain says so).
An engine that fails once is skipped for the rest of the process, so a dead network costs one timeout,
not one per line. Lines are cached by (text, engine voice, settings) as WAV in <data>/cache/tts/; a
cached line is used before any engine is asked (`CustomerVoice.speak`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

from core.errors import TtsUnavailable
from core.settings import data_dir, settings
from simulator.voice.pcm import Clip, read_wav, write_wav
from simulator.voice.tts.base import TtsEngine, VoiceSettings
from simulator.voice.tts.edge import EdgeTts
from simulator.voice.tts.espeak import EspeakTts
from simulator.voice.tts.kokoro import KokoroTts
from simulator.voice.tts.piper import PiperTts, configured_voice


def default_engines(online: bool = True) -> list[TtsEngine]:
    engines: list[TtsEngine] = [EdgeTts()] if online else []
    kokoro = KokoroTts()
    if kokoro.available():
        engines.append(kokoro)
    voice = configured_voice()
    if voice is not None:
        engines.append(PiperTts(voice))
    engines.append(EspeakTts())
    return engines


def engines_from_env() -> list[TtsEngine]:
    """CALLDRILL_TTS=offline skips edge-tts (no network wait at all); anything else keeps it."""
    return default_engines(online=not settings().tts_offline)


class CustomerVoice:
    """Speaks customer lines through the first engine that works; thread-safe."""

    def __init__(
        self,
        engines: list[TtsEngine] | None = None,
        cache_dir: Path | None = None,
        notify: Callable[[str], None] | None = None,
    ):
        self.engines = engines if engines is not None else engines_from_env()
        self.cache_dir = cache_dir or data_dir() / "cache" / "tts"
        self.notify = notify or (lambda message: None)
        self.failed: dict[str, str] = {}  # engine name → why it was dropped
        self.announced: str | None = None
        self.last_engine: str | None = None
        self.last_label = ""  # the voice in use, in words (what `notify` was told)
        self.synthesised = 0  # lines this voice had to synthesise (not found in the cache)
        self._stop_warming = threading.Event()
        self._warming: threading.Thread | None = None
        self._lock = threading.Lock()

    def cache_path(self, engine: TtsEngine, text: str, settings: VoiceSettings) -> Path:
        key = json.dumps(
            [engine.name, engine.voice_id(settings), asdict(settings), text], ensure_ascii=False
        )
        digest = hashlib.sha256(key.encode()).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.wav"

    def _live(self) -> list[TtsEngine]:
        with self._lock:
            return [e for e in self.engines if e.name not in self.failed]

    def _announce(self, engine: TtsEngine, settings: VoiceSettings) -> None:
        with self._lock:
            self.last_engine = engine.name
            self.last_label = engine.label(settings)
            if self.announced == engine.name:
                return
            self.announced = engine.name
            reasons = "；".join(f"{name}：{why}" for name, why in self.failed.items())
        prefix = f"（{reasons}）" if reasons else ""
        self.notify(f"客户语音：{engine.label(settings)}{prefix}")

    def _cached_line(self, text: str, settings: VoiceSettings) -> tuple[TtsEngine, Path] | None:
        """The first live engine, in the chain's order, that has this line on disk, and the file."""
        for engine in self._live():
            path = self.cache_path(engine, text, settings)
            if path.exists():
                return engine, path
        return None

    def cached_file(self, text: str, settings: VoiceSettings) -> Path | None:
        """Where the line is kept on disk (see `speak`), when it is there."""
        found = self._cached_line(text, settings)
        return found[1] if found else None

    def speak(self, text: str, settings: VoiceSettings) -> Clip:
        """The line as audio (engine's own rate); raises TtsUnavailable only if every engine fails.

        A line on disk is used before any engine is asked to make it: that of the first engine in
        the chain's order that has it. So a line made ahead (calldrill/voices.py) costs a call no
        synthesis and no network wait, even when it was made by a later engine of the chain (the
        set was prepared offline, and edge-tts, first in the chain, is unreachable or hangs).
        """
        found = self._cached_line(text, settings)
        if found is not None:
            engine, path = found
            try:
                clip = read_wav(path)
                self._announce(engine, settings)
                return clip
            except (OSError, ValueError, EOFError):
                path.unlink(missing_ok=True)
        for engine in self._live():
            path = self.cache_path(engine, text, settings)
            try:
                clip = engine.synthesize(text, settings)
            except TtsUnavailable as e:
                with self._lock:
                    self.failed.setdefault(engine.name, e.message)
                continue
            with self._lock:
                self.synthesised += 1
            with contextlib.suppress(OSError):  # a read-only data dir only costs speed
                write_wav(path, clip.samples, clip.rate)
            self._announce(engine, settings)
            return clip
        reasons = "；".join(f"{name}：{why}" for name, why in self.failed.items())
        raise TtsUnavailable(f"没有可用的语音合成引擎（{reasons}）。可以用 --text 进行文字练习。")

    def warm(self, lines: Iterable[tuple[str, VoiceSettings]]) -> threading.Thread:
        """Synthesise lines the call may need in the background, so replies start sooner."""
        self._stop_warming.clear()

        def run() -> None:
            for text, voice in lines:
                if self._stop_warming.is_set():
                    return
                try:
                    self.speak(text, voice)
                except TtsUnavailable:
                    return

        thread = self._warming = threading.Thread(target=run, name="tts-warm", daemon=True)
        thread.start()
        return thread

    def stop_warming(self, timeout: float = 30.0) -> None:
        """Stop after the line being made: a process must not exit while the ONNX runtime works
        in another thread (it aborts the process)."""
        self._stop_warming.set()
        if self._warming is not None:
            self._warming.join(timeout)
