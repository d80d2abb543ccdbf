"""The Rasa service: cached training, clear messages when it cannot run."""

from __future__ import annotations

import time

import pytest

from core.errors import BotUnavailable
from nlu import service

pytestmark = pytest.mark.rasa


def test_unchanged_scenarios_are_never_retrained(trained_bot):
    before = trained_bot.model.stat().st_mtime_ns
    started = time.perf_counter()
    again = service.train()
    assert again.model == trained_bot.model
    assert again.model.stat().st_mtime_ns == before
    assert time.perf_counter() - started < 5


def test_missing_rasa_environment_says_what_to_run(monkeypatch, tmp_path):
    monkeypatch.setenv("CALLDRILL_RASA_VENV", str(tmp_path / "nowhere"))
    with pytest.raises(BotUnavailable) as e:
        service._python()
    assert e.value.message == (
        f"找不到 Rasa 的运行环境（{tmp_path / 'nowhere'}）。请先运行 `make setup` 创建它，"
        "或用 CALLDRILL_RASA_VENV 指向已有的环境。"
    )


def test_server_that_cannot_start_reports_its_log(trained_bot, tmp_path):
    broken = service.TrainedBot("broken", trained_bot.project, tmp_path / "missing.tar.gz")
    with pytest.raises(BotUnavailable) as e:
        service.start(broken)
    assert e.value.message.startswith(
        f"客户机器人服务无法加载模型 {tmp_path / 'missing.tar.gz'}。请运行 `calldrill bot train` 重新训练。日志："
    )


def test_unreachable_external_server(monkeypatch):
    monkeypatch.setenv("CALLDRILL_RASA_URL", "http://127.0.0.1:9")
    with pytest.raises(BotUnavailable) as e:
        service.ensure_bot()
    assert e.value.message == (
        "无法连接 CALLDRILL_RASA_URL 指定的客户机器人服务 http://127.0.0.1:9（ConnectError）。"
        "请确认服务已启动，或删除该环境变量让程序自行启动。"
    )


def test_shared_server_is_reused_and_private_ones_are_not_recorded(trained_bot):
    shared, started = service.start(trained_bot, shared=True)
    try:
        assert started
        again, started_again = service.start(trained_bot)
        assert (again.url, started_again) == (shared.url, False)
        # a server for endpoints of its own (tests/cluster.py) is never the shared one
        fresh, started_fresh = service.start(trained_bot, fresh=True)
        fresh.stop()
        assert started_fresh and fresh.url != shared.url
    finally:
        assert service.stop_running()
    private, started = service.start(trained_bot)
    try:
        assert started and not (service._home() / "server.json").exists()
    finally:
        private.stop()


def test_a_token_that_starts_with_a_dash_still_starts_the_server(
    trained_bot, monkeypatch, tmp_path
):
    """token_urlsafe gives a leading "-" one time in 64; `-t -abc` made Rasa refuse to start."""
    from nlu.client import BotClient

    monkeypatch.setenv("CALLDRILL_HOME", str(tmp_path))
    token = tmp_path / "rasa" / "token"
    token.parent.mkdir()
    token.write_text("-" + "x" * 42, encoding="utf-8")
    token.chmod(0o600)
    server, started = service.start(trained_bot)
    try:
        assert started
        with BotClient(server.url) as bot:
            assert bot.parse("你好")[0]
    finally:
        server.stop()
