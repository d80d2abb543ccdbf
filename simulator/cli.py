"""`calldrill`: a thin command line over the library. Only here do errors become words on screen."""

from __future__ import annotations

import contextlib
import os
import random
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import click

from scoring.cert_cli import cert_group
from scoring.cli import score_command
from scoring.demo import demo_command
from scoring.users_cli import users_group
from simulator.callrecord import Trainee
from simulator.clickgroup import ReportingGroup
from simulator.config import data_dir
from simulator.errors import InputError
from simulator.scenario import fill, load_scenarios


@click.group(cls=ReportingGroup)
def main() -> None:
    """CallDrill (话务实训): phone-answering drills against a simulated customer."""


def write_atomically(path: Path, text: str) -> None:
    """A record is either written whole or not at all, even if the drill is killed mid-write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(f.name, path)


@main.command()
@click.argument("scenario_id")
@click.option(
    "--script",
    "script",
    type=click.Path(path_type=Path),
    help="Trainee lines from a file, one per line.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), help="Where to write the call record (JSON)."
)
@click.option("--trainee", "trainee_id", default="demo", show_default=True, help="Trainee id.")
@click.option(
    "--work-id", default="3", show_default=True, help="The work number the trainee answers with."
)
@click.option("--seed", type=int, help="Draw the scenario's facts reproducibly.")
@click.option(
    "--scenarios",
    "scenario_dir",
    type=click.Path(path_type=Path),
    help="Scenario folder (default: scenarios/).",
)
@click.option(
    "--voice/--text",
    default=False,
    help="Voice call through microphone and speakers, or typed (default: --text).",
)
@click.option(
    "--asr-model",
    type=click.Path(path_type=Path),
    help="vosk model directory (default: CALLDRILL_ASR_MODEL, else the fetched Mandarin model).",
)
@click.option("--input-device", help="Microphone (sounddevice name or number).")
@click.option("--output-device", help="Loudspeaker (sounddevice name or number).")
@click.option("--subtitles", is_flag=True, help="Voice: also print what the customer says.")
def practice(
    scenario_id,
    script,
    out,
    trainee_id,
    work_id,
    seed,
    scenario_dir,
    voice,
    asr_model,
    input_device,
    output_device,
    subtitles,
) -> None:
    """Play one practice call of SCENARIO_ID in the terminal (typed, or spoken with --voice)."""
    from nlu.service import ensure_bot
    from simulator.botclient import BotClient

    scenarios = load_scenarios([scenario_dir] if scenario_dir else None)
    scenario = scenarios.get(scenario_id)
    trainee = Trainee(id=trainee_id, work_id=work_id)
    if voice and script:
        raise InputError("--script 用于文字练习；语音练习（--voice）请直接对着麦克风说话。")
    if not voice and not script and not sys.stdin.isatty():
        raise InputError("标准输入不是终端。无人值守时请用 --script 文件 提供学员的话。")
    # Everything that can be missing is checked before the bot is prepared (that takes a while).
    play = (
        _voice_call(asr_model, _device(input_device), _device(output_device), subtitles)
        if voice
        else _text_call(script)
    )
    rng = random.Random(seed)
    facts = scenario.draw_facts(rng)
    click.echo(f"场景：{scenario.title}（{scenario.id}，第{scenario.version}版）")
    if scenario.brief:
        click.echo(f"说明：{fill(scenario.brief, facts)}")
    click.echo("正在准备客户机器人……")
    url = ensure_bot(scenarios)
    bot = BotClient(url)
    path = out or data_dir() / "calls" / f"{datetime.now():%Y%m%d-%H%M%S}-{scenario.id}.json"
    started_at = datetime.now(UTC)
    record = play(scenario, bot, trainee, facts, rng, path)
    bot.close()
    write_atomically(path, record.to_json())
    click.echo(f"通话结束，共 {len(record.events)} 个事件。通话记录已保存：{path}")
    _score_and_store(record, scenario, url, started_at)


def _text_call(script: Path | None):
    from simulator.session import CallSession
    from simulator.textmode import ScriptInput, TerminalInput, TerminalView

    trainee_input = ScriptInput(script) if script else TerminalInput()

    def play(scenario, bot, trainee, facts, rng, path):
        view = TerminalView(echo_trainee=bool(script))
        return CallSession(scenario, bot, trainee, facts, view, rng).run(trainee_input)

    return play


def _voice_call(asr_model, input_device, output_device, subtitles):
    from simulator.voice.asr.models import find_model
    from simulator.voice.asr.vosk import VoskAsr
    from simulator.voice.audio import KEY_HELP, Duplex, TerminalKeys, check_devices
    from simulator.voice.call import VoiceCall
    from simulator.voice.terminal import TerminalVoiceView
    from simulator.voice.tts import CustomerVoice

    model = find_model(asr_model)
    check_devices(input_device, output_device)

    def play(scenario, bot, trainee, facts, rng, path):
        click.echo(f"语音识别：vosk（{model.name}）")
        keys = TerminalKeys()
        call = VoiceCall(
            scenario,
            bot,
            trainee,
            facts,
            TerminalVoiceView(subtitles=subtitles),
            Duplex(input_device=input_device, output_device=output_device),
            VoskAsr(model),
            CustomerVoice(notify=click.echo),
            keys,
            recording=path.with_suffix(".wav"),
            rng=rng,
        )
        click.echo(f"电话响了……按回车接听，或直接说话接听。{KEY_HELP}")
        with keys.active():
            record = call.run()
        click.echo(f"通话录音（左声道学员，右声道客户）：{path.with_suffix('.wav')}")
        return record

    return play


def _score_and_store(record, scenario, bot_url: str, started_at: datetime) -> None:
    """The feedback a trainee expects right after the call, and the result kept for HR."""
    from scoring.acts import score_with_bot
    from scoring.format import format_report
    from scoring.storage import ScoredCall, Store, UnknownTrainee

    report = score_with_bot(record, scenario, bot_url)
    click.echo(format_report(report, record))
    with Store.open() as store:
        try:
            call_id = store.record_practice_call(
                record.trainee.id, ScoredCall(record, scenario, report, started_at)
            )
        except UnknownTrainee as e:
            click.echo(f"（成绩未保存：{e.message}）")
            return
    click.echo(f"成绩已保存（通话编号 {call_id}）。")


def _device(value: str | None) -> int | str | None:
    return int(value) if value is not None and value.isdigit() else value


@main.group()
def models() -> None:
    """Speech-recognition models for voice drills."""


@models.command("fetch")
@click.option(
    "--large", is_flag=True, help="The large Mandarin model (1.3 GB) instead of the small one."
)
@click.option(
    "--from",
    "source",
    type=click.Path(path_type=Path),
    help="Install from a zip downloaded elsewhere.",
)
@click.option("--url", help="Download from this address instead (a mirror).")
@click.option("--sha256", help="Expected SHA-256 of the zip file.")
def models_fetch(large, source, url, sha256) -> None:
    """Download, verify and install the Mandarin vosk model."""
    from simulator.voice.asr.models import LARGE_CN, SMALL_CN, fetch

    spec = LARGE_CN if large else SMALL_CN
    shown = [-1]

    def progress(done: int, total: int) -> None:
        if total and done * 10 // total != shown[0]:
            shown[0] = done * 10 // total
            click.echo(f"  {done / 1e6:.0f}/{total / 1e6:.0f} MB")

    click.echo(f"{'安装' if source else '下载'} {spec.name}（约 {spec.size_mb} MB）……")
    path = fetch(spec, source=source, url=url, sha256=sha256, progress=progress)
    click.echo(f"模型已校验并安装：{path}")


@models.command("status")
def models_status() -> None:
    """Which recognition model a voice drill would use."""
    from simulator.voice.asr.models import find_model

    click.echo(f"语音识别模型：{find_model()}")


@main.group()
def scenarios() -> None:
    """Scenario files."""


@scenarios.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def scenarios_validate(paths: tuple[Path, ...]) -> None:
    """Check scenario files (default: the scenarios/ folder)."""
    loaded = load_scenarios(list(paths) or None)
    for s in loaded.scenarios:
        click.echo(f"✓ {s.source}：{s.id}（{s.title}），{len(s.nodes)} 个节点")
    click.echo(f"{len(loaded.scenarios)} 个场景全部有效。")


@main.group()
def bot() -> None:
    """The customer bot (Rasa service)."""


@bot.command("train")
def bot_train() -> None:
    """Train the bot for the current scenarios (skipped when already trained)."""
    from nlu.service import train

    trained = train()
    click.echo(f"客户机器人模型：{trained.model}")


@bot.command("start")
def bot_start() -> None:
    """Start the bot and leave it running for the following drills."""
    from nlu.service import start, train

    server, started = start(train(), shared=True)
    click.echo(f"客户机器人服务{'已启动' if started else '已在运行'}：{server.url}")


@bot.command("stop")
def bot_stop() -> None:
    """Stop the bot started with `calldrill bot start`."""
    from nlu.service import stop_running

    click.echo("客户机器人服务已停止。" if stop_running() else "没有正在运行的客户机器人服务。")


@main.command()
@click.option("--port", default=8501, show_default=True, help="Port of the web app.")
@click.option(
    "--address", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: all)."
)
@click.option("--demo", is_flag=True, help="Fill an empty database with demo data first.")
@click.pass_context
def web(ctx: click.Context, port: int, address: str, demo: bool) -> None:
    """Open the web app (trainees, trainers, HR): trains and starts the bot, then serves the app."""
    import subprocess

    from nlu.service import ensure_bot, start, train
    from scoring.accounts import Role
    from scoring.demo import DemoRefused, demo_command
    from scoring.storage import Store
    from simulator.config import rasa_url
    from ui.launch import streamlit_command

    if demo:
        try:
            ctx.invoke(demo_command, force=False, today_text=None)
        except DemoRefused as e:
            click.echo(f"（没有写入演示数据：{e.message}）")

    with Store.open() as store:
        admins = [u for u in store.users() if u.role is Role.ADMIN and u.active]
    if rasa_url():
        url = ensure_bot()
    else:
        click.echo("正在准备客户机器人（第一次需要训练，约半分钟）……")
        url = start(train(), shared=True)[0].url  # kept running: the app's pages find it
    click.echo(f"客户机器人服务：{url}")
    if not admins:
        click.echo(
            "还没有管理员账号。请另开一个终端创建：calldrill users add admin --name 管理员 --role admin"
        )
    shown = "127.0.0.1" if address in ("0.0.0.0", "::") else address
    click.echo(f"CallDrill 网页版：http://{shown}:{port}  （按 Ctrl+C 停止）")
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C stops Streamlit; nothing to report
        subprocess.run(streamlit_command(port, address), check=False)


main.add_command(cert_group, "cert")
main.add_command(score_command, "score")
main.add_command(users_group, "users")
main.add_command(demo_command, "demo")
