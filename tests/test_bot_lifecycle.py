"""Issue 14, item 4: a bot server we start never outlives what it serves, and it wants a token.

Each test has a data directory of its own (records, token) and reuses the run's trained model.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from commandline import calldrill

from core.errors import BotUnavailable
from nlu import service
from nlu.client import BotClient, token_for

pytestmark = pytest.mark.rasa

REPO = Path(__file__).resolve().parent.parent

OWNER = """
import sys, time
from pathlib import Path
from nlu.service import TrainedBot, start
server, _ = start(TrainedBot(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
print(server.url, server.pid, flush=True)
time.sleep(600)
"""


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))
    monkeypatch.delenv("CALLDRILL_RASA_URL", raising=False)
    monkeypatch.delenv("CALLDRILL_RASA_TOKEN", raising=False)
    return tmp_path


class Owner:
    """Another process (a `calldrill` command, an app replica) that starts a private server."""

    def __init__(self, home: Path, bot: service.TrainedBot):
        env = {**os.environ, "CALLDRILL_HOME": str(home)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", OWNER, bot.digest, str(bot.project), str(bot.model)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = self.process.stdout.readline().split()
        assert line, f"the owner process exited with {self.process.wait()}"
        self.url, self.server_pid = line[0], int(line[1])

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()


@pytest.fixture
def owner(home, trained_bot) -> Iterator[Owner]:
    o = Owner(home, trained_bot)
    yield o
    if o.process.poll() is None:
        o.kill()
    _wait_gone(o.server_pid, 15)
    assert not _alive(o.server_pid)  # never leave one behind


def _alive(pid: int) -> bool:
    """Running, not a zombie (an exited orphan waits for init to reap it, which may be slow here)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait_gone(pid: int, seconds: float) -> float:
    started = time.monotonic()
    while _alive(pid) and time.monotonic() - started < seconds:
        time.sleep(0.1)
    return time.monotonic() - started


def test_a_private_server_dies_with_its_parent_even_on_sigkill(owner: Owner):
    assert _alive(owner.server_pid)
    assert httpx.get(f"{owner.url}/version", timeout=5).status_code == 200
    owner.kill()
    took = _wait_gone(owner.server_pid, 10)
    assert not _alive(owner.server_pid), "the Rasa server outlived its parent by 10 s"
    assert took < 5, f"the Rasa server took {took:.1f} s to follow its parent"


def test_status_lists_every_server_and_the_next_start_reaps_the_dead(home, owner, trained_bot):
    shared, started = service.start(trained_bot, shared=True)
    try:
        assert started
        model = trained_bot.model.name
        result = calldrill("bot", "status")
        assert result.exit_code == 0, result.output
        assert result.output == (
            f"本数据目录（{home}）启动的客户机器人服务：\n"
            f"- {owner.url}  进程 {owner.server_pid}  模型 {model}  "
            f"私有（属于进程 {owner.process.pid}）  正常应答\n"
            f"- {shared.url}  进程 {shared.pid}  模型 {model}  共用  正常应答\n"
        )

        owner.kill()
        _wait_gone(owner.server_pid, 10)
        assert calldrill("bot", "status").output == (
            f"本数据目录（{home}）启动的客户机器人服务：\n"
            f"- {owner.url}  进程 {owner.server_pid}  模型 {model}  "
            f"私有（属于进程 {owner.process.pid}）  已退出（下次启动时清除记录）\n"
            f"- {shared.url}  进程 {shared.pid}  模型 {model}  共用  正常应答\n"
        )

        result = calldrill("bot", "start")  # reuses the shared server, reaps the dead record
        assert result.output == f"客户机器人服务已在运行：{shared.url}\n"
        assert calldrill("bot", "status").output == (
            f"本数据目录（{home}）启动的客户机器人服务：\n"
            f"- {shared.url}  进程 {shared.pid}  模型 {model}  共用  正常应答\n"
        )
    finally:
        assert calldrill("bot", "stop").output == "客户机器人服务已停止。\n"
    assert not _alive(shared.pid)
    assert calldrill("bot", "status").output == (
        "没有正在运行的客户机器人服务。练习时会自动启动一个；"
        "也可以用 `calldrill bot start` 启动一个供之后的练习共用。\n"
    )


def test_a_private_server_whose_owner_vanished_is_stopped_at_the_next_start(home, trained_bot):
    """If the watchdog could not act (say, it was stopped), the record still lets us clean up."""
    server, _ = service.start(trained_bot)
    try:
        record = service._records_dir() / f"{server.pid}.json"
        dead = subprocess.Popen(["true"])
        dead.wait()
        record.write_text(
            record.read_text().replace(f'"owner": {os.getpid()}', f'"owner": {dead.pid}')
        )
        reaped = service.reap()
        assert [(r.pid, r.shared, r.owner) for r in reaped] == [(server.pid, False, dead.pid)]
        _wait_gone(server.pid, 10)
        assert not _alive(server.pid)
        assert service.servers() == []
    finally:
        server.stop()


def test_the_api_wants_the_data_directory_token_and_it_is_never_shown(home, owner):
    token_path = home / "rasa" / "token"
    token = token_path.read_text()
    assert token_path.stat().st_mode & 0o777 == 0o600
    assert len(token) >= 40

    for params in ({}, {"token": "wrong"}):
        answer = httpx.post(f"{owner.url}/model/parse", json={"text": "您好"}, params=params)
        assert answer.status_code == 401
        assert httpx.get(f"{owner.url}/status", params=params).status_code == 401
        tracker = httpx.get(f"{owner.url}/conversations/x/tracker", params=params)
        assert tracker.status_code == 401
    # no input channel: Rasa's REST webhook does not check the token, so it is not served at all
    assert httpx.post(f"{owner.url}/webhooks/rest/webhook", json={}).status_code == 404

    with BotClient(owner.url) as client:  # the product's client finds the token itself
        client.start_call("lifecycle-1", "absent_colleague", {"colleague": "王工"})
        turn = client.say("lifecycle-1", "您好，旭日装饰客服中心，请问有什么可以帮您？")
    assert turn.lines and turn.lines[0].node == "ask_for_colleague"
    assert "王工" in turn.lines[0].text

    # nowhere to be read by others: not on the command line `ps` shows, not in the log
    cmdline = Path(f"/proc/{owner.server_pid}/cmdline").read_bytes().decode()
    assert token not in cmdline and str(token_path) in cmdline
    for log in (home / "rasa" / "logs").glob("*.log"):
        assert token not in log.read_text(errors="replace"), log
    assert token not in calldrill("bot", "status").output


def test_a_server_of_another_data_directory_named_by_url(home, owner, tmp_path, monkeypatch):
    """CALLDRILL_RASA_URL: the token of a loopback server we started is found; a wrong one is said."""
    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path / "other"))
    monkeypatch.setenv("CALLDRILL_RASA_URL", owner.url)
    assert service.ensure_bot() == owner.url
    assert BotClient(owner.url).parse("您好")[0]

    monkeypatch.setenv("CALLDRILL_RASA_TOKEN", "not-the-token")
    with pytest.raises(BotUnavailable) as e:
        service.ensure_bot()
    assert e.value.message == (
        f"CALLDRILL_RASA_URL 指定的客户机器人服务 {owner.url} 拒绝了请求（HTTP 401）：令牌不对或缺少令牌。"
        "请把 CALLDRILL_RASA_TOKEN 设为该服务启动时的 --auth-token。"
    )
    with pytest.raises(BotUnavailable) as e:
        BotClient(owner.url).parse("您好")
    assert e.value.message == (
        f"客户机器人服务（{owner.url}）拒绝了请求：HTTP 401，令牌不对或缺少令牌。"
        "如果它是 CALLDRILL_RASA_URL 指定的服务，请把 CALLDRILL_RASA_TOKEN 设为它启动时的 --auth-token。"
    )
    monkeypatch.setenv("CALLDRILL_RASA_TOKEN", (home / "rasa" / "token").read_text())
    assert BotClient(owner.url).parse("您好")[0]


def test_a_token_goes_only_to_the_server_it_was_made_for(home, monkeypatch):
    monkeypatch.setenv("CALLDRILL_RASA_URL", "http://bots.example:5005")
    monkeypatch.setenv("CALLDRILL_RASA_TOKEN", "s3cret")
    assert token_for("http://bots.example:5005/") == "s3cret"
    assert token_for("http://elsewhere.example:5005") is None
    assert token_for("http://127.0.0.1:9") is None  # no CallDrill server was started there


def test_bot_serve_runs_a_server_in_the_foreground_with_the_deployment_token(home, trained_bot):
    """`calldrill bot serve`: what a service manager runs on each Rasa host of a deployment."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token = "deployment-token-" + os.urandom(8).hex()
    # the data directory of the trained model, so that `serve` finds it trained
    env = {
        **os.environ,
        "CALLDRILL_HOME": str(trained_bot.model.parent.parent.parent),
        "CALLDRILL_RASA_TOKEN": token,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "calldrill", "bot", "serve", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read()
            try:
                if httpx.get(f"{url}/status", params={"token": token}).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        assert (
            httpx.get(f"{url}/status", params={"token": token})
            .json()["model_file"]
            .endswith(trained_bot.model.name)
        )
        assert httpx.get(f"{url}/status").status_code == 401
        # the process became the server (exec): the token is in neither its command line nor its
        # environment
        assert token.encode() not in Path(f"/proc/{process.pid}/cmdline").read_bytes()
        assert token.encode() not in Path(f"/proc/{process.pid}/environ").read_bytes()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)
