"""Virtual sound devices: a private PulseAudio server with two null sinks, for machines without sound
hardware (tests, benchmarks, CI).

    speaker  ← the drill plays here (default sink); its monitor is what the trainee hears
    mic      ← the far end plays the trainee's voice here; its monitor is the drill's microphone

The "far end" (`far_end()`) is a `Duplex` wired the other way round: what it plays goes into the
drill's microphone, what it records is the drill's loudspeaker. Both sides keep their own sample
clocks, so a test knows to the millisecond when it spoke and when it heard the customer.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from simulator.voice.audio import Duplex
from simulator.voice.pcm import RATE

SPEAKER = "calldrill_speaker"
MIC = "calldrill_mic"


class PulseUnavailable(RuntimeError):
    pass


class VirtualSoundDevices:
    def __init__(self, rate: int = RATE):
        self.rate = rate
        self.process: subprocess.Popen | None = None
        self.tmp: Path | None = None
        self._saved_env: dict[str, str | None] = {}

    @property
    def socket(self) -> Path:
        assert self.tmp is not None
        return self.tmp / "runtime" / "native"

    @property
    def env(self) -> dict[str, str]:
        return {"PULSE_SERVER": f"unix:{self.socket}"}

    def start(self) -> VirtualSoundDevices:
        program = shutil.which("pulseaudio")
        if program is None or shutil.which("pactl") is None:
            raise PulseUnavailable(
                "pulseaudio/pactl not installed (requirements/apt.txt: pulseaudio, pulseaudio-utils)"
            )
        self.tmp = Path(tempfile.mkdtemp(prefix="calldrill-pulse-"))
        (self.tmp / "runtime").mkdir()
        (self.tmp / "home").mkdir()
        env = {
            **os.environ,
            "XDG_RUNTIME_DIR": str(self.tmp / "runtime"),
            "HOME": str(self.tmp / "home"),
        }
        sinks = [
            f"module-null-sink sink_name={name} rate={self.rate} channels=1 "
            f"sink_properties=device.description={name}"
            for name in (SPEAKER, MIC)
        ]
        command = [
            program,
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--use-pid-file=no",
            "--system=no",
            f"--log-target=file:{self.tmp / 'pulse.log'}",
            f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
            *(f"--load={sink}" for sink in sinks),
        ]
        self.process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                log = (self.tmp / "pulse.log").read_text(errors="replace")[-500:]
                self.stop()
                raise PulseUnavailable(f"pulseaudio exited: {log}")
            if self.socket.exists() and self._pactl("info").returncode == 0:
                break
            time.sleep(0.05)
        else:
            self.stop()
            raise PulseUnavailable("pulseaudio did not start within 10 s")
        self._pactl("set-default-sink", SPEAKER)
        self._pactl("set-default-source", f"{MIC}.monitor")
        return self

    def _pactl(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["pactl", *args],
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=10,
        )

    def activate(self) -> None:
        """Point this process (PortAudio's ALSA pulse plugin) at the server."""
        for key, value in self.env.items():
            self._saved_env.setdefault(key, os.environ.get(key))
            os.environ[key] = value
        import sounddevice as sd

        sd._terminate()
        sd._initialize()

    def deactivate(self) -> None:
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved_env.clear()

    def far_end(self) -> Duplex:
        """The trainee's mouth (plays into the drill's microphone) and ears (hears its loudspeaker)."""
        saved = {k: os.environ.get(k) for k in ("PULSE_SINK", "PULSE_SOURCE")}
        os.environ["PULSE_SINK"] = MIC
        os.environ["PULSE_SOURCE"] = f"{SPEAKER}.monitor"
        try:
            duplex = Duplex(rate=self.rate, queue_input=False)
            duplex.start()
            duplex.wait_ready()
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        return duplex

    def stop(self) -> None:
        self.deactivate()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                shutil.rmtree(self.tmp)
            self.tmp = None

    def __enter__(self) -> VirtualSoundDevices:
        self.start()
        self.activate()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
