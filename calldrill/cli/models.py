"""`calldrill models`: the speech models of voice drills."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("models")
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
@click.option(
    "--voices",
    is_flag=True,
    help="The offline customer voices (Kokoro, Chinese) instead: --from takes the .tgz of "
    "`npm pack kokoro-js@1.2.1` or a folder of the .bin files.",
)
def models_fetch(large, source, url, sha256, voices) -> None:
    """Download, verify and install the Mandarin vosk model (or, with --voices, Kokoro's voices)."""
    from simulator.voice.asr.models import LARGE_CN, SMALL_CN, fetch

    if voices:
        from simulator.voice.tts.kokoro import OFFICIAL_URL, download_voices, install_voices

        if source:
            click.echo(f"从 {source} 安装 Kokoro 中文音色……")
            path = install_voices(source)
        else:
            path = download_voices(
                url=url or OFFICIAL_URL, progress=lambda name: click.echo(f"  下载 {name}")
            )
        click.echo(f"Kokoro 中文音色已校验并安装：{path}")
        return

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
