"""Rasa as a service: train (cached by content), start on loopback, reuse a running one, stop what we started.

Rasa lives in its own virtual environment (.venv-rasa; its pins clash with the application's), so it is
only ever run as a program. `calldrill bot start` leaves a *shared* server running for a whole session of
drills (<data>/rasa/server.json says which, so the next command reuses it); any other server we start is
*private* to the process that started it and never outlives it:

- Parent death. A private server runs under `_BOOTSTRAP`, a few lines of Python in Rasa's interpreter
  that watch the starting process through a pidfd (Linux ≥ 5.3; a getppid poll elsewhere) and take the
  server's process group down when it exits, SIGKILL included. PR_SET_PDEATHSIG is not used: it fires
  when the *thread* that forked exits, and the web app starts bots from short-lived page threads.
- Records. Every server started here, shared or private, has a record in <data>/rasa/servers/<pid>.json
  (url, pid, model, shared, owner); `calldrill bot status` lists them, and the next `start` reaps the
  records of servers that are gone and stops a private server whose owner is gone.
- Token. Every server is started with `--auth-token`, the data directory's token (<data>/rasa/token,
  mode 0600, made on first use). It reaches Rasa through the bootstrap reading that file, so it is not
  on a command line that `ps` shows, and it is never printed or logged. Servers are started without
  input channels (an empty credentials file): Rasa's REST webhook does not check the token, and the
  client does not need it (nlu.client). The loopback port is entered in `nlu.client.local_index()` so
  other CallDrill processes of this OS user find the token.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import httpx

from core.errors import BotUnavailable
from core.scenario import ScenarioSet, load_scenarios
from core.settings import data_dir, settings
from nlu.client import BotClient, auth_params, local_index, token_file
from nlu.compiler import compile_project

START_TIMEOUT_S = 180.0
WARM_UP_LINE = "您好"


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
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV")) and k != "CALLDRILL_RASA_TOKEN"
    }
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


def _endpoints_args(name: str) -> list[str]:
    """Where the server keeps its conversations (Rasa's endpoints.yml).

    Scale-out: CALLDRILL_RASA_ENDPOINTS, one file for several servers sharing a tracker and a lock
    store. Otherwise a SQLite tracker store of this server's own (<data>/rasa/trackers/NAME.db), so
    conversations are on disk, not in the server's memory (Rasa's default keeps every conversation in
    memory for the server's life); a private server's file goes when the server is stopped or reaped.
    """
    endpoints = settings().rasa_endpoints
    if endpoints:
        return ["--endpoints", str(Path(endpoints).resolve())]
    trackers = _home() / "trackers"
    trackers.mkdir(exist_ok=True)
    config = trackers / f"{name}.yml"
    config.write_text(
        "tracker_store:\n  type: SQL\n  dialect: sqlite\n"
        f"  db: {json.dumps(str(trackers / f'{name}.db'))}\n",
        encoding="utf-8",
    )
    return ["--endpoints", str(config)]


def _drop_trackers(name: str) -> None:
    for suffix in (".yml", ".db", ".db-journal", ".db-wal", ".db-shm"):
        (_home() / "trackers" / f"{name}{suffix}").unlink(missing_ok=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- the token ------------------------------------------------------------------------------------


def data_token() -> Path:
    """The data directory's token file, made on first use (mode 0600, 256 random bits)."""
    path = token_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
        return path
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(secrets.token_urlsafe(32))
    return path


def _index(port: int, add: bool) -> None:
    index = local_index()
    if index is None:
        return
    entry = index / str(port)
    if add:
        tmp = index / f".{port}.{os.getpid()}"
        tmp.write_text(str(token_file()), encoding="utf-8")
        os.replace(tmp, entry)
    elif entry.exists() and entry.read_text(encoding="utf-8").strip() == str(token_file()):
        entry.unlink(missing_ok=True)


# --- the bootstrap: parent-death watchdog and the token, then `rasa` as usual -----------------------

_RULE_LOOKUP = """\
# RulePolicy finds the rules that apply to a turn by scanning every rule of the model, three times a
# turn (1,696 compiled rules: about 4,000 rule keys). Two exact shortcuts, same answers:
# 1. Rasa caches the JSON decoding of a rule key in an LRU of 1,000 entries; a scan over 4,000 keys
#    evicts every entry before it is used again. Unbounded here (the keys are the model's, fixed).
# 2. A rule whose last state names a previous action can only apply when the conversation's last
#    state has that same action, so the first step of the scan looks only at the rules indexed under
#    the conversation's last action (plus the rules that name none), then checks them as Rasa does.
import functools
from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION, SHOULD_NOT_BE_SET
RulePolicy._rule_key_to_state = staticmethod(
    functools.lru_cache(maxsize=None)(RulePolicy._rule_key_to_state.__wrapped__)
)
_indexes = {}
def _index_of(lookup):
    found = _indexes.get(id(lookup))
    if found is not None and found[0] is lookup and found[1] == len(lookup):
        return found[2], found[3]
    general, by_action = set(), {}
    for key in lookup:
        states = RulePolicy._rule_key_to_state(key)
        action = (states[-1].get(PREVIOUS_ACTION) or {}).get("action_name") if states else None
        if isinstance(action, str) and action and action != SHOULD_NOT_BE_SET:
            by_action.setdefault(action, set()).add(key)
        else:
            general.add(key)
    _indexes[id(lookup)] = (lookup, len(lookup), general, by_action)
    return general, by_action
def _get_possible_keys(self, lookup, states):
    if not states:
        return set(lookup.keys())
    general, by_action = _index_of(lookup)
    last_action = (states[-1].get(PREVIOUS_ACTION) or {}).get("action_name")
    candidates = general | by_action.get(last_action, set())
    possible = set()
    for key in candidates:
        if self._is_rule_applicable(key, 0, states[-1]):
            possible.add(key)
    for i, state in enumerate(reversed(states)):
        if i:
            possible = {k for k in possible if self._is_rule_applicable(k, i, state)}
    return possible
RulePolicy._get_possible_keys = _get_possible_keys
"""

_SQLITE_TRACKERS = """\
# A server's own SQLite tracker store (see _endpoints_args) is thrown away with the server: written
# in WAL mode without a sync at every commit (measured sequentially: trigger_intent p50 / p95
# 19 / 22 ms instead of 23 / 40 ms; Rasa's in-memory store, which never lets go of a
# conversation, 15 / 18 ms).
from sqlalchemy import event as _sa_event
from sqlalchemy.engine import Engine as _SaEngine
@_sa_event.listens_for(_SaEngine, "connect")
def _sqlite_without_sync(connection, _record):
    if type(connection).__module__.startswith("sqlite3"):
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.close()
"""

_BOOTSTRAP = (
    """\
import os, signal, sys, threading, time
parent, token_file, *args = sys.argv[1:]
parent = int(parent)
def down():
    pgid = os.getpgrp()
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            pass
        time.sleep(2)
def watch():
    try:
        fd = os.pidfd_open(parent)
    except (AttributeError, OSError):
        fd = None
    if fd is not None and os.getppid() == parent:
        import select
        select.select([fd], [], [])
    while os.getppid() == parent:
        time.sleep(0.5)
    down()
if parent:
    threading.Thread(target=watch, name="calldrill-parent-watch", daemon=True).start()
with open(token_file, encoding="utf-8") as f:
    token = f.read().strip()
sys.argv = ["rasa", *args, f"--auth-token={token}"]  # "=": a token may start with "-"
del token
"""
    + _RULE_LOOKUP
    + _SQLITE_TRACKERS
    + """
from rasa.__main__ import main
main()
"""
)


def _bootstrap() -> Path:
    """`_BOOTSTRAP` as a file of the data directory (so `ps` shows a file name, not the program),
    alone in its directory (Python puts a script's directory first on the import path)."""
    path = _home() / "boot" / "calldrill_rasa_boot.py"
    path.parent.mkdir(exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != _BOOTSTRAP:
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(_BOOTSTRAP, encoding="utf-8")
        os.replace(tmp, path)
    return path


# --- servers and their records ----------------------------------------------------------------------


@dataclass
class BotServer:
    url: str
    pid: int | None
    model: Path
    shared: bool = False
    owner: int | None = None
    """The process a private server belongs to (and dies with); None for a shared one."""

    def stop(self) -> None:
        if self.pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGTERM)
            for _ in range(50):
                if _exited(self.pid):
                    break
                time.sleep(0.1)
            else:
                os.killpg(self.pid, signal.SIGKILL)
        _forget(self.pid, self.url)
        self.pid = None


def _exited(pid: int) -> bool:
    """Gone, or a zombie (reaped here when it is our child)."""
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] == "Z"


@dataclass(frozen=True)
class ServerRecord:
    """One server this data directory started, as `calldrill bot status` lists it."""

    url: str
    pid: int
    model: str
    shared: bool
    owner: int | None
    started: str
    alive: bool = False
    answers: bool = False


def _records_dir() -> Path:
    path = _home() / "servers"
    path.mkdir(exist_ok=True)
    return path


def _record(server: BotServer) -> None:
    record = ServerRecord(
        url=server.url,
        pid=server.pid or 0,
        model=str(server.model),
        shared=server.shared,
        owner=server.owner,
        started=datetime.now().astimezone().isoformat(timespec="seconds"),
    )
    data = {k: v for k, v in asdict(record).items() if k not in ("alive", "answers")}
    tmp = _records_dir() / f".{server.pid}.tmp"
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, _records_dir() / f"{server.pid}.json")


def _forget(pid: int, url: str) -> None:
    (_records_dir() / f"{pid}.json").unlink(missing_ok=True)
    state = _home() / "server.json"
    with contextlib.suppress(FileNotFoundError, ValueError):
        if json.loads(state.read_text()).get("pid") == pid:
            state.unlink()
    with contextlib.suppress(ValueError):
        port = int(url.rsplit(":", 1)[1])
        _index(port, add=False)
        _drop_trackers(f"server-{port}")


def _process_alive(pid: int, model: str) -> bool:
    """The pid still runs our Rasa for this model (not a later process that got the same pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return model.encode() in cmdline and b"run" in cmdline


def _owner_alive(pid: int | None) -> bool:
    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def servers() -> list[ServerRecord]:
    """Every server this data directory started and has not reaped yet, oldest first."""
    found = []
    for path in sorted(_records_dir().glob("*.json")):
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            record = ServerRecord(**saved)
        except (OSError, ValueError, TypeError):
            continue
        alive = _process_alive(record.pid, record.model)
        answers = alive and _serves(record.url, Path(record.model))
        found.append(ServerRecord(**{**asdict(record), "alive": alive, "answers": answers}))
    return sorted(found, key=lambda r: (r.started, r.pid))


def reap() -> list[ServerRecord]:
    """Forget servers that are gone; stop private ones whose owner is gone. Returns what was reaped."""
    reaped = []
    for record in servers():
        orphan = record.alive and not record.shared and not _owner_alive(record.owner)
        if record.alive and not orphan:
            continue
        if orphan:
            BotServer(record.url, record.pid, Path(record.model)).stop()
        _forget(record.pid, record.url)
        reaped.append(record)
    for tmp in _records_dir().glob(".*.tmp"):
        with contextlib.suppress(OSError, ValueError):
            if not _owner_alive(int(tmp.name.split(".")[1])):
                tmp.unlink()
    return reaped


def _serves(url: str, model: Path) -> bool:
    try:
        status = httpx.get(f"{url}/status", params=auth_params(url), timeout=2.0).json()
    except (httpx.HTTPError, ValueError):
        return False
    return Path(status.get("model_file") or "").name == model.name


def _running(model: Path) -> BotServer | None:
    state = _home() / "server.json"
    try:
        saved = json.loads(state.read_text())
    except (FileNotFoundError, ValueError):
        return None
    if _serves(saved["url"], model):
        return BotServer(saved["url"], saved["pid"], model, shared=True)
    return None


def start(bot: TrainedBot, shared: bool = False, fresh: bool = False) -> tuple[BotServer, bool]:
    """A server for this model: the shared one if running, else a new one (True if new).

    Only a shared server (`calldrill bot start`) is recorded for other processes to reuse; a private
    one belongs to the process that started it, which stops it, so no one else may depend on it, and
    it dies with that process. `fresh`: always a new private one (a server started with endpoints of
    its own, CALLDRILL_RASA_ENDPOINTS, must not be the shared one, which has the default stores).
    """
    with _locked("server"):
        reap()
        running = None if fresh else _running(bot.model)
        if running:
            return running, False
        state = _home() / "server.json"
        if shared:
            with contextlib.suppress(FileNotFoundError, ValueError, KeyError):
                old = json.loads(state.read_text())
                BotServer(old["url"], old["pid"], bot.model).stop()
        server, process, log = _spawn(bot, shared)
        _record(server)
        _index(int(server.url.rsplit(":", 1)[1]), add=True)
        _wait_ready(server, process, log)
        _warm(server)
        if shared:
            record = {"url": server.url, "pid": process.pid, "model": str(bot.model)}
            state.write_text(json.dumps(record))
        return server, True


def _no_channels() -> Path:
    """An empty credentials file: the HTTP API only (token-checked), no unauthenticated webhook."""
    path = _home() / "credentials-api-only.yml"
    if not path.exists():
        path.write_text("{}\n", encoding="utf-8")
    return path


def _spawn(bot: TrainedBot, shared: bool) -> tuple[BotServer, subprocess.Popen, Path]:
    """`rasa run` for this model on a free loopback port, in a process group of its own."""
    port = _free_port()
    log = _home() / "logs" / f"server-{port}.log"
    owner = None if shared else os.getpid()
    command = [str(_python()), str(_bootstrap()), str(owner or 0), str(data_token())]
    command += ["run", "--enable-api", "-m", str(bot.model), "-i", "127.0.0.1", "-p", str(port)]
    command += ["--credentials", str(_no_channels())]
    with open(log, "w") as out:
        process = subprocess.Popen(
            [*command, *_endpoints_args(f"server-{port}")],
            cwd=bot.project,
            env=_rasa_env(bot.project),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    server = BotServer(f"http://127.0.0.1:{port}", process.pid, bot.model, shared, owner)
    return server, process, log


def serve_here(bot: TrainedBot, host: str, port: int) -> None:
    """`calldrill bot serve`: this process becomes a Rasa server, for a service manager to run.

    Same bootstrap as the servers we start (token, rule lookup, no webhook), no parent watchdog, no
    record: the service manager owns it. The token is CALLDRILL_RASA_TOKEN when set (every server
    behind one load balancer needs the same one), else the data directory's; it reaches the
    bootstrap through a pipe, never the command line or the environment.
    """
    python = _python()
    token = settings().rasa_token or data_token().read_text(encoding="utf-8").strip()
    read, write = os.pipe()
    os.write(write, token.encode())
    os.close(write)
    os.set_inheritable(read, True)
    command = [str(python), str(_bootstrap()), "0", f"/dev/fd/{read}"]
    command += ["run", "--enable-api", "-m", str(bot.model), "-i", host, "-p", str(port)]
    command += ["--credentials", str(_no_channels()), *_endpoints_args(f"serve-{port}")]
    os.chdir(bot.project)
    os.execve(python, command, _rasa_env(bot.project))


def _wait_ready(server: BotServer, process: subprocess.Popen, log: Path) -> None:
    """Until the server answers with its model; BotUnavailable with the log's tail otherwise."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _forget(process.pid, server.url)
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


def _warm(server: BotServer) -> None:
    """One parse before the first caller's: a fresh server loads its tokenizer's dictionary then
    (about 1 s), which the trainee's first line of the first call would otherwise wait for."""
    bot = BotClient(server.url)
    try:
        bot.parse(WARM_UP_LINE)
    finally:
        bot.close()


def shared_server() -> BotServer | None:
    """The server `calldrill bot start` left running, if it still answers."""
    state = _home() / "server.json"
    try:
        saved = json.loads(state.read_text())
        url, pid, model = saved["url"], saved["pid"], Path(saved.get("model", ""))
    except (FileNotFoundError, ValueError, KeyError):
        return None
    return BotServer(url, pid, model, shared=True) if _serves(url, model) else None


def stop_running() -> bool:
    """Stop the server recorded in server.json (from `calldrill bot start`); False if none."""
    state = _home() / "server.json"
    try:
        saved = json.loads(state.read_text())
    except (FileNotFoundError, ValueError):
        return False
    BotServer(saved["url"], saved["pid"], Path(saved.get("model", "")), shared=True).stop()
    return True


def ensure_bot(scenarios: ScenarioSet | None = None) -> str:
    """The URL of a Rasa server for the current scenarios; one started here is stopped at exit."""
    external = settings().rasa_url
    if external:
        try:
            response = httpx.get(f"{external}/status", params=auth_params(external), timeout=5.0)
            if response.status_code in (401, 403):
                raise BotUnavailable(
                    f"CALLDRILL_RASA_URL 指定的客户机器人服务 {external} 拒绝了请求"
                    f"（HTTP {response.status_code}）：令牌不对或缺少令牌。请把 CALLDRILL_RASA_TOKEN "
                    "设为该服务启动时的 --auth-token。"
                )
            response.raise_for_status()
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
