"""`calldrill transcribe CALL.json [--out NEW.json] [--model DIR] [--audio WAV]`: the second, accurate
pass over a voice call's recording; the scorer then judges its text (`live_text` keeps the live one)."""

from __future__ import annotations

from pathlib import Path

import click

from core.callrecord import read_call_record


@click.command("transcribe")
@click.argument("call_file", metavar="CALL.json", type=click.Path(path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Write the new record here (default: replace CALL.json).",
)
@click.option(
    "--model",
    type=click.Path(path_type=Path),
    help="A faster-whisper model directory (default: whisper-base, installed by the setup).",
)
@click.option(
    "--audio",
    type=click.Path(path_type=Path),
    help="The call's stereo WAV (default: the record's `audio` field).",
)
def transcribe_command(call_file: Path, out: Path | None, model: Path | None, audio: Path | None):
    """Recognise the trainee's speech in a voice call's recording again, accurately."""
    from calldrill.cli.practice import write_atomically
    from simulator.voice.secondpass import recording_of, transcribe_call

    record = read_call_record(call_file)
    wav = audio or recording_of(record, call_file)
    new = transcribe_call(record, wav, model)
    changed = sum(
        1 for _, u in new.utterances("trainee") if u.live_text is not None and u.live_text != u.text
    )
    target = out or call_file
    write_atomically(target, new.to_json())
    total = len(new.utterances("trainee"))
    click.echo(
        f"已转写学员的 {total} 句话，其中 {changed} 句与通话中的实时识别不同。已保存：{target}"
    )
