"""`calldrill practice`: a drill in the terminal, typed or spoken; scored and stored at the end."""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import click

from calldrill.practice import finish_practice
from core import limits
from core.callrecord import Trainee
from core.errors import InputError, ScriptError
from core.scenario import fill, load_scenarios
from core.settings import data_dir
from scoring.format import format_report
from storage import Store


def write_atomically(path: Path, text: str) -> None:
    """A record is either written whole or not at all, even if the drill is killed mid-write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(f.name, path)


@click.command("practice")
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
    help="Live recogniser: a vosk or faster-whisper model directory (default: CALLDRILL_ASR_MODEL, "
    "else the fetched Mandarin vosk model, else whisper-base).",
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
    from nlu.client import BotClient
    from nlu.service import ensure_bot

    scenarios = load_scenarios([scenario_dir] if scenario_dir else None)
    scenario = scenarios.get(scenario_id)
    if problem := limits.work_id_problem(work_id):
        raise InputError(f"--work-id {work_id}：{problem}")
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
    if script:
        check_script_limits(script)

    def play(scenario, bot, trainee, facts, rng, path):
        view = TerminalView(echo_trainee=bool(script))
        return CallSession(scenario, bot, trainee, facts, view, rng).run(trainee_input)

    return play


def check_script_limits(script: Path) -> None:
    """Every line of a script within the limits of a call, named by its line (before the bot)."""
    said = 0
    for number, raw in enumerate(script.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(("#", "/hangup", "/pickup")):
            continue
        said += 1
        if said > limits.CALL_MAX_TURNS:
            raise ScriptError(
                f"{script} 第{number}行：脚本超过了每通电话最多 {limits.CALL_MAX_TURNS} 轮的上限"
                "（说的话和 /hold 都算一轮）。请删减后再试。"
            )
        if not line.startswith("/") and (problem := limits.utterance_problem(line)):
            raise ScriptError(f"{script} 第{number}行：{problem}")


def _voice_call(asr_model, input_device, output_device, subtitles):
    from simulator.voice.asr.choose import live_engine
    from simulator.voice.audio import KEY_HELP, Duplex, TerminalKeys, check_devices
    from simulator.voice.call import VoiceCall
    from simulator.voice.terminal import TerminalVoiceView
    from simulator.voice.tts import CustomerVoice

    engine = live_engine(asr_model)
    check_devices(input_device, output_device)

    def play(scenario, bot, trainee, facts, rng, path):
        click.echo(f"语音识别：{engine.description}")
        keys = TerminalKeys()
        call = VoiceCall(
            scenario,
            bot,
            trainee,
            facts,
            TerminalVoiceView(subtitles=subtitles),
            Duplex(input_device=input_device, output_device=output_device),
            engine,
            CustomerVoice(notify=click.echo),
            keys,
            recording=path.with_suffix(".wav"),
            rng=rng,
        )
        click.echo(f"电话响了……按回车接听，或直接说话接听。{KEY_HELP}")
        with keys.active():
            record = call.run()
        click.echo(f"通话录音（左声道学员，右声道客户）：{path.with_suffix('.wav')}")
        return _second_pass(record, path.with_suffix(".wav"))

    return play


def _second_pass(record, recording: Path):
    """Score what the accurate recogniser hears in the recording, not the live guess."""
    from simulator.voice.secondpass import transcribe_call

    if not record.utterances("trainee"):
        return record
    click.echo("正在用更准确的离线识别重新转写您的录音，用于评分……")
    return transcribe_call(record, recording)


def _score_and_store(record, scenario, bot_url: str, started_at: datetime) -> None:
    """The feedback a trainee expects right after the call, and the result kept for HR."""
    with Store.open() as store:
        result = finish_practice(store, record, scenario, bot_url, started_at)
    click.echo(format_report(result.report, record))
    if result.call_id is None:
        click.echo(f"（成绩未保存：{result.not_stored}）")
    else:
        click.echo(f"成绩已保存（通话编号 {result.call_id}）。")


def _device(value: str | None) -> int | str | None:
    return int(value) if value is not None and value.isdigit() else value
