"""Rasa as a service: train (cached by content), start on loopback, reuse a running one, stop what we started.

Rasa lives in its own virtual environment (.venv-rasa; its pins clash with the application's), so it is
only ever run as a program. A server we start is recorded in <data>/rasa/server.json so the next command
can reuse it; `calldrill bot start` leaves one running for a whole session of drills.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from core.errors import BotUnavailable
from core.scenario import ScenarioSet, load_scenarios
from core.settings import data_dir, settings
from nlu.compiler import compile_project

START_TIMEOUT_S = 180.0


def _home() -> Path:
    home = data_dir() / "rasa"
    (home / "logs").mkdir(parents=True, exist_ok=True)
    return home


@contextlib.contextmanager
def _locked(name: str) -> Iterator[None]:
    """Serialise training and starting across processes (two drills opened at once)."""
    with open(_home() / f"{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _rasa_env(project: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        PYTHONPATH=str(project),
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="3",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        PYTHONWARNINGS="ignore",
    )
    return env


def _python() -> Path:
    python = settings().rasa_python
    if not python.exists():
        raise BotUnavailable(
            f"找不到 Rasa 的运行环境（{python.parent.parent}）。请先运行 `make setup` 创建它，"
            "或用 CALLDRILL_RASA_VENV 指向已有的环境。"
        )
    return python


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@dataclass(frozen=True)
class TrainedBot:
    digest: str
    project: Path
    model: Path


def train(scenarios: ScenarioSet | None = None) -> TrainedBot:
    """Compile the scenarios and train, unless a model of exactly this content exists already."""
    scenarios = scenarios or load_scenarios()
    home = _home()
    with tempfile.TemporaryDirectory(dir=home) as tmp:
        digest = compile_project(scenarios, Path(tmp))
        project = home / "projects" / digest
        if not project.exists():
            project.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, project)
            os.mkdir(tmp)  # so the TemporaryDirectory cleanup finds what it made
    model = home / "models" / f"{digest}.tar.gz"
    with _locked(f"train-{digest}"):
        if model.exists():
            return TrainedBot(digest, project, model)
        python = _python()
        log = home / "logs" / f"train-{digest}.log"
        with open(log, "w") as out:
            result = subprocess.run(
                [
                    str(python),
                    "-m",
                    "rasa",
                    "train",
                    "--fixed-model-name",
                    digest,
                    "--out",
                    str(model.parent),
                    "--quiet",
                ],
                cwd=project,
                env=_rasa_env(project),
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        if result.returncode != 0 or not model.exists():
            raise BotUnavailable(
                f"客户机器人训练失败（退出码 {result.returncode}）。日志：{log}\n{_tail(log)}"
            )
    return TrainedBot(digest, project, model)


def _endpoints_args() -> list[str]:
    """Scale-out: several Rasa servers share one tracker and lock store through Rasa's own endpoints.yml."""
    endpoints = settings().rasa_endpoints
    return ["--endpoints", str(Path(endpoints).resolve())] if endpoints else []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serves(url: str, model: Path) -> bool:
    try:
        status = httpx.get(f"{url}/status", timeout=2.0).json()
    except (httpx.HTTPError, ValueError):
        return False
    return Path(status.get("model_file") or "").name == model.name


@dataclass
class BotServer:
    url: str
    pid: int | None
    model: Path

    def stop(self) -> None:
        if self.pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGTERM)
            for _ in range(50):
                os.kill(self.pid, 0)
                time.sleep(0.1)
            os.killpg(self.pid, signal.SIGKILL)
        state = _home() / "server.json"
        with contextlib.suppress(FileNotFoundError, ValueError):
            if json.loads(state.read_text()).get("pid") == self.pid:
                state.unlink()
        self.pid = None


def _running(model: Path) -> BotServer | None:
    state = _home() / "server.json"
    try:
        saved = json.loads(state.read_text())
    except (FileNotFoundError, ValueError):
        return None
    if _serves(saved["url"], model):
        return BotServer(saved["url"], saved["pid"], model)
    return None


def start(bot: TrainedBot, shared: bool = False) -> tuple[BotServer, bool]:
    """A server for this model: the shared one if running, else a new one (True if new).

    Only a shared server (`calldrill bot start`) is recorded for other processes to reuse; a private
    one belongs to the process that started it, which stops it, so no one else may depend on it.
    """
    with _locked("server"):
        running = _running(bot.model)
        if running:
            return running, False
        state = _home() / "server.json"
        if shared:
            with contextlib.suppress(FileNotFoundError, ValueError, KeyError):
                old = json.loads(state.read_text())
                BotServer(old["url"], old["pid"], bot.model).stop()
        server, process, log = _spawn(bot)
        _wait_ready(server, process, log)
        if shared:
            record = {"url": server.url, "pid": process.pid, "model": str(bot.model)}
            state.write_text(json.dumps(record))
        return server, True


def _spawn(bot: TrainedBot) -> tuple[BotServer, subprocess.Popen, Path]:
    """`rasa run` for this model on a free loopback port, in a process group of its own."""
    port = _free_port()
    log = _home() / "logs" / f"server-{port}.log"
    command = [str(_python()), "-m", "rasa", "run", "--enable-api", "-m", str(bot.model)]
    command += ["-i", "127.0.0.1", "-p", str(port), "--credentials", "credentials.yml"]
    with open(log, "w") as out:
        process = subprocess.Popen(
            [*command, *_endpoints_args()],
            cwd=bot.project,
            env=_rasa_env(bot.project),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return BotServer(f"http://127.0.0.1:{port}", process.pid, bot.model), process, log


def _wait_ready(server: BotServer, process: subprocess.Popen, log: Path) -> None:
    """Until the server answers with its model; BotUnavailable with the log's tail otherwise."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BotUnavailable(
                f"客户机器人服务启动失败（退出码 {process.returncode}）。日志：{log}\n{_tail(log)}"
            )
        if "No agent loaded" in _tail(log, 50):
            server.stop()
            raise BotUnavailable(
                f"客户机器人服务无法加载模型 {server.model}。请运行 `calldrill bot train` 重新训练。"
                f"日志：{log}\n{_tail(log)}"
            )
        if _serves(server.url, server.model):
            return
        time.sleep(0.5)
    server.stop()
    raise BotUnavailable(
        f"客户机器人服务在 {START_TIMEOUT_S:.0f} 秒内没有就绪。日志：{log}\n{_tail(log)}"
    )


def shared_server() -> BotServer | None:
    """The server `calldrill bot start` left running, if it still answers."""
    state = _home() / "server.json"
    try:
        saved = json.loads(state.read_text())
        url, pid, model = saved["url"], saved["pid"], Path(saved.get("model", ""))
    except (FileNotFoundError, ValueError, KeyError):
        return None
    return BotServer(url, pid, model) if _serves(url, model) else None


def stop_running() -> bool:
    """Stop the server recorded in server.json (from `calldrill bot start`); False if none."""
    state = _home() / "server.json"
    try:
        saved = json.loads(state.read_text())
    except (FileNotFoundError, ValueError):
        return False
    BotServer(saved["url"], saved["pid"], Path(saved.get("model", ""))).stop()
    return True


def ensure_bot(scenarios: ScenarioSet | None = None) -> str:
    """The URL of a Rasa server for the current scenarios; one started here is stopped at exit."""
    external = settings().rasa_url
    if external:
        try:
            httpx.get(f"{external}/status", timeout=5.0).raise_for_status()
        except httpx.HTTPError as e:
            raise BotUnavailable(
                f"无法连接 CALLDRILL_RASA_URL 指定的客户机器人服务 {external}（{e.__class__.__name__}）。"
                "请确认服务已启动，或删除该环境变量让程序自行启动。"
            ) from None
        return external
    server, started = start(train(scenarios))
    if started:
        atexit.register(server.stop)
    return server.url
