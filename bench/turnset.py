"""The Mandarin turn-taking set: trainee turns built from Kokoro speech with known pauses.

Each turn is a list of spoken pieces with a chosen pause after each one (0.3-1.5 s inside a turn),
so the true end of the turn is known to the sample. The plan (texts, voices, pauses, split) is
`tests/data/turns/turns.json`, written by `python -m bench.turnset plan`; the piece audio is
synthesised once per (voice, text) and cached under var/turns/ (`python -m bench.turnset audio`),
so the repository holds only text. See tests/data/turns/README.md.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulator.voice.pcm import RATE, resample

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "tests" / "data" / "turns" / "turns.json"
CACHE = ROOT / "var" / "turns" / "pieces"
VOICES = ("zf_xiaobei", "zf_xiaoyi", "zm_yunxi", "zm_yunjian")
LEAD_S = 0.5  # quiet before the turn (the endpointer learns the room's level)
TAIL_S = 2.5  # quiet after the true end (room for the slowest decision)
NOISE_DBFS = -62.0  # a faint room noise: digital silence is not what a microphone gives
SEED = 11

# Pause kinds and the range of their lengths in seconds (uniform, seeded).
PAUSES = {
    "filler": (0.5, 1.5),  # after 嗯/那个/就是: thinking
    "clause": (0.3, 0.8),  # between two clauses
    "number": (0.4, 1.2),  # before a number is read out
    "digits": (0.3, 0.9),  # between digit groups of a number
    "word": (0.4, 1.2),  # mid-word hesitation
}

GREETINGS = [["您好旭日装饰"], ["您好", "旭日装饰"], ["您好欢迎致电旭日装饰"]]
INTROS = ["我是三号", "我是七号客服", "工号幺二零五为您服务"]
FILLERS = ["嗯", "那个", "就是", "呃"]
BODIES = [
    "他现在不在",
    "请稍等",
    "我帮您查一下",
    "您的订单已经发货了",
    "师傅明天上午过去",
    "我们会尽快给您回电话",
    "这边已经给您登记好了",
    "好的",
    "没问题",
    "您晚点再打过来吧",
]
QUESTIONS = [
    "请问您贵姓？",
    "您方便留个电话吗？",
    "您是想改预约时间吗？",
    "还有什么可以帮您的吗？",
    "您看这样可以吗？",
    "那您的地址呢？",
]
CLOSINGS = ["感谢您的来电，再见", "还有什么可以帮您的吗？", "祝您生活愉快，再见"]
NUMBER_LEADS = ["您的电话是", "您的订单号是", "您记一下我们的热线"]
NUMBERS = [
    ["幺三八", "幺七二零", "五五六三"],
    ["二零六五", "八八幺四"],
    ["四零零", "八八六", "幺二三四"],
]
NUMBER_TAILS = ["对吧？", "对吗？", ""]
HESITATIONS = [
    ("这个问", "题我记下来了"),
    ("我们的安", "装师傅明天过去"),
    ("您说的是", "卫生间漏水吧？"),
]


@dataclass(frozen=True)
class Piece:
    text: str
    pause: float  # seconds of silence after this piece (0 after the last)
    kind: str  # the pause kind ("" after the last piece)


@dataclass(frozen=True)
class Turn:
    id: str
    voice: str
    pieces: tuple[Piece, ...]
    heldout: bool

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


def heldout(number: int) -> bool:
    """The fixed split: turns 7, 8 and 9 of every ten are held out (30%)."""
    return number % 10 >= 7


def _shape(rng: random.Random) -> list[tuple[str, str]]:
    """One turn as (text, pause kind after it) pairs; the last kind is ""."""
    pick = rng.choice
    kind = pick(
        ["greet", "greet", "filler", "filler", "clauses", "number", "number", "word", "single"]
        + ["single", "question", "closing"]
    )
    out: list[tuple[str, str]] = []
    if kind == "greet":
        for part in pick(GREETINGS):
            out.append((part, "clause"))
        out.append((pick(INTROS), "clause"))
        if rng.random() < 0.5:
            out.append(("请问有什么可以帮您？", "clause"))
    elif kind == "filler":
        for _ in range(rng.choice([1, 1, 2])):
            out.append((pick(FILLERS), "filler"))
        out.append((pick(BODIES + QUESTIONS), "clause"))
        if rng.random() < 0.3:
            out.append((pick(FILLERS), "filler"))
            out.append((pick(BODIES), "clause"))
    elif kind == "clauses":
        out.append((pick(BODIES), "clause"))
        out.append((pick(BODIES + QUESTIONS), "clause"))
    elif kind == "number":
        out.append((pick(NUMBER_LEADS), "number"))
        for group in pick(NUMBERS):
            out.append((group, "digits"))
        tail = pick(NUMBER_TAILS)
        if tail:
            out[-1] = (out[-1][0], "clause")
            out.append((tail, "clause"))
    elif kind == "word":
        if rng.random() < 0.5:
            out.append((pick(FILLERS), "filler"))
        head, rest = pick(HESITATIONS)
        out.append((head, "word"))
        out.append((rest, "clause"))
    elif kind == "question":
        out.append((pick(BODIES), "clause"))
        out.append((pick(QUESTIONS), "clause"))
    elif kind == "closing":
        if rng.random() < 0.5:
            out.append((pick(BODIES), "clause"))
        out.append((pick(CLOSINGS), "clause"))
    else:
        out.append((pick(BODIES + QUESTIONS), "clause"))
    out[-1] = (out[-1][0], "")
    return out


def make_plan(count: int = 320) -> list[Turn]:
    rng = random.Random(SEED)
    turns = []
    for n in range(count):
        pieces = []
        for text, kind in _shape(rng):
            pause = round(rng.uniform(*PAUSES[kind]), 2) if kind else 0.0
            pieces.append(Piece(text, pause, kind))
        turns.append(Turn(f"t{n:03d}", VOICES[n % len(VOICES)], tuple(pieces), heldout(n)))
    return turns


def write_plan(path: Path = PLAN) -> None:
    rows = [
        {
            "id": t.id,
            "voice": t.voice,
            "heldout": t.heldout,
            "pieces": [[p.text, p.pause, p.kind] for p in t.pieces],
        }
        for t in make_plan()
    ]
    path.write_text(
        "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n",
        encoding="utf-8",
    )


def load_plan(path: Path = PLAN) -> list[Turn]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        Turn(
            r["id"],
            r["voice"],
            tuple(Piece(text, pause, kind) for text, pause, kind in r["pieces"]),
            r["heldout"],
        )
        for r in rows
    ]


def trim(x: np.ndarray, floor_dbfs: float = -45.0) -> np.ndarray:
    """Cut the synthesiser's quiet edges (10 ms frames under `floor_dbfs`) so pauses are exact."""
    hop = RATE // 100
    n = len(x) // hop
    if n == 0:
        return x
    frames = x[: n * hop].reshape(n, hop).astype(np.float64)
    level = 10 * np.log10(np.mean(frames**2, axis=1) + 1e-12)
    loud = np.flatnonzero(level > floor_dbfs)
    if len(loud) == 0:
        return x
    return x[loud[0] * hop : (loud[-1] + 1) * hop]


def _cache_path(voice: str, text: str) -> Path:
    key = hashlib.sha256(f"{voice}\n{text}".encode()).hexdigest()[:16]
    return CACHE / voice / f"{key}.npy"


def piece_audio(voice: str, text: str, tts=None) -> np.ndarray:
    """A piece said by `voice`, 16 kHz float32, edges trimmed; synthesised once and cached."""
    path = _cache_path(voice, text)
    if path.is_file():
        return np.load(path).astype(np.float32) / 32768.0
    if tts is None:
        from simulator.voice.tts.kokoro import KokoroTts

        tts = KokoroTts()
    from simulator.voice.tts.base import VoiceSettings

    clip = tts.synthesize(text, VoiceSettings(voice=voice))
    audio = trim(resample(clip.samples, clip.rate, RATE))
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, (np.clip(audio, -1, 1) * 32767).astype(np.int16))
    return audio


@dataclass(frozen=True)
class TurnAudio:
    samples: np.ndarray  # 16 kHz float32: lead quiet, the turn, tail quiet
    end: int  # sample index one past the turn's last spoken sample
    pause_texts: tuple[tuple[int, str], ...]  # (sample where each pause starts, text said so far)


def render(turn: Turn, tts=None) -> TurnAudio:
    """The whole turn on one clock, with faint seeded room noise under everything."""
    parts = [np.zeros(int(LEAD_S * RATE), dtype=np.float32)]
    pauses = []
    said = ""
    at = len(parts[0])
    for piece in turn.pieces:
        audio = piece_audio(turn.voice, piece.text, tts)
        parts.append(audio)
        at += len(audio)
        said += piece.text
        pauses.append((at, said))
        gap = np.zeros(int(round(piece.pause * RATE)), dtype=np.float32)
        parts.append(gap)
        at += len(gap)
    end = pauses[-1][0]
    parts.append(np.zeros(int(TAIL_S * RATE), dtype=np.float32))
    samples = np.concatenate(parts)
    seed = int(hashlib.sha256(turn.id.encode()).hexdigest()[:8], 16)
    noise = np.random.default_rng(seed).normal(0, 10 ** (NOISE_DBFS / 20), len(samples))
    return TurnAudio((samples + noise).astype(np.float32), end, tuple(pauses))


def synthesise_all(turns: list[Turn]) -> None:
    from simulator.voice.tts.kokoro import KokoroTts

    tts = KokoroTts()
    todo = sorted({(t.voice, p.text) for t in turns for p in t.pieces})
    for i, (voice, text) in enumerate(todo):
        piece_audio(voice, text, tts)
        print(f"{i + 1}/{len(todo)} {voice} {text}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["plan"]:
        write_plan()
    elif sys.argv[1:] == ["audio"]:
        synthesise_all(load_plan())
    else:
        print("usage: python -m bench.turnset plan|audio")
