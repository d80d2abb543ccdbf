"""The turn-end decision: the words before a pause say whether the trainee is done (turnend.py), and
the endpointer waits accordingly on real (Kokoro) speech."""

from __future__ import annotations

import numpy as np
import pytest

from bench.turnset import heldout, load_plan, trim
from simulator.voice.asr.base import AsrResult, Recognizer
from simulator.voice.asr.endpoint import EndpointConfig, Endpointer, TurnEnd
from simulator.voice.pcm import RATE, resample
from simulator.voice.turnend import (
    Cue,
    TurnEndConfig,
    cue,
    silence_needed,
    trailing_digits,
    unfinished_number,
)

HOLD = [
    "嗯",
    "嗯，",
    "我 看 一下 那个",
    "就是",
    "他现在不在，就是说",
    "我们的",
    "您的电话是",
    "您记一下我们的热线",
    "您的订单号",
    "幺三八",
    "幺三八幺七二零",  # 7 of a mobile number's 11 digits
    "138",
    "四零零八八六",  # 6 of a hotline's 10
    "二零六五八八",  # 6 digits are never a whole number
    "您好旭日装饰",
    "您好，欢迎致电旭日装饰",
]
DONE = [
    "请问您贵姓？",
    "您方便留个电话吗",
    "那您的地址呢",
    "幺三八幺七二零五五六三对吧",
    "还有什么可以帮您的吗？",
    "还有什么可以帮您",
    "感谢您的来电，再见",
    "祝您生活愉快",
]
PLAIN = [
    "",
    "好的",
    "是的",  # 的 that ends a sentence
    "没问题",
    "请稍等",
    "他现在不在",
    "您的订单已经发货了",  # sentence-final 了 is a finished statement
    "您晚点再打过来吧",  # a bare 吧 is a suggestion, often followed by more
    "您好",  # a bare greeting can be a whole turn
    "您好旭日装饰，我是三号",
    "二零六五八八幺四",  # an 8-digit order number is complete
    "幺三八幺七二零五五六三",  # a whole mobile number
    "四零零八八六幺二三四",  # a whole hotline number
    "我是三号",
    "工号幺二零五为您服务",  # an introduction: 请问有什么可以帮您 follows
    "这个问",  # a mid-word hesitation has no cue in the words
]


@pytest.mark.parametrize("text", HOLD)
def test_unfinished_words_hold_the_turn(text):
    assert cue(text) is Cue.HOLD


@pytest.mark.parametrize("text", DONE)
def test_questions_and_closings_hand_the_turn_over(text):
    assert cue(text) is Cue.DONE


@pytest.mark.parametrize("text", PLAIN)
def test_other_words_get_the_plain_wait(text):
    assert cue(text) is Cue.PLAIN


def test_a_number_is_unfinished_when_shorter_than_the_kind_it_starts_like():
    assert unfinished_number("幺三八幺七二零五五六")  # 10 of 11
    assert not unfinished_number("13817205563")
    assert unfinished_number("400886123") and not unfinished_number("4008861234")
    assert unfinished_number("206588") and not unfinished_number("2065881")
    assert not unfinished_number("")


def test_digits_are_counted_at_the_end_only():
    assert trailing_digits("您的电话是幺三八") == 3
    assert trailing_digits("工号1205") == 4
    assert trailing_digits("三号") == 0
    assert trailing_digits("") == 0


def test_the_needed_silence_follows_the_cue():
    config = TurnEndConfig(plain=0.7, done=0.25, hold=1.6)
    assert silence_needed("那个", config) == 1.6
    assert silence_needed("他现在不在", config) == 0.7
    assert silence_needed("请问您贵姓？", config) == 0.25


def test_the_endpointer_never_waits_less_on_a_done_cue_than_its_plain_wait():
    endpointer = Endpointer(_Words([], 0), EndpointConfig(end_silence=0.2, done_silence=0.3))
    assert endpointer.turn_end.done == 0.2


def test_the_turn_set_is_big_enough_and_split_by_a_fixed_rule():
    turns = load_plan()
    assert len(turns) >= 300
    assert all(t.heldout == heldout(int(t.id[1:])) for t in turns)
    assert sum(t.heldout for t in turns) == 96  # 30% of 320
    pauses = [p.pause for t in turns for p in t.pieces[:-1]]
    assert min(pauses) >= 0.3 and max(pauses) <= 1.5
    assert all(t.pieces[-1].pause == 0 for t in turns)
    kinds = {p.kind for t in turns for p in t.pieces}
    assert kinds == {"filler", "clause", "number", "digits", "word", ""}


class _Words(Recognizer):
    """Knows the words: the pieces that ended before the sample the caller says it is at."""

    def __init__(self, pieces: list[tuple[int, str]], lag: int):
        self.pieces, self.lag, self.now, self.last = pieces, lag, 0, ""

    def accept(self, samples):
        said = [text for at, text in self.pieces if at + self.lag <= self.now]
        text = said[-1] if said else ""
        if text != self.last:
            self.last = text
            return text
        return None

    def finish(self):
        return AsrResult(self.last)


def _ends(samples: np.ndarray, words: _Words, config: EndpointConfig) -> list[int]:
    endpointer = Endpointer(words, config)
    n = endpointer.frame_len
    ends = []
    for i in range(len(samples) // n):
        words.now = (i + 1) * n
        for event in endpointer.push(samples[i * n : (i + 1) * n], i):
            if isinstance(event, TurnEnd):
                ends.append(event.decided_frame * n)
    return ends


@pytest.mark.models
def test_a_trainee_who_pauses_a_second_after_nage_is_not_answered_before_finishing():
    from simulator.voice.tts.base import VoiceSettings
    from simulator.voice.tts.kokoro import KokoroTts

    tts = KokoroTts()

    def say(text: str) -> np.ndarray:
        clip = tts.synthesize(text, VoiceSettings(voice="zf_xiaobei"))
        return trim(resample(clip.samples, clip.rate, RATE))

    first, second = say("您的订单我查了一下，那个"), say("师傅明天上午过去")
    lead, pause, tail = (np.zeros(int(RATE * s), np.float32) for s in (0.5, 1.0, 2.5))
    noise = np.random.default_rng(0).normal(0, 1e-3, RATE).astype(np.float32)
    lead = lead + noise[: len(lead)]
    samples = np.concatenate([lead, first, pause, second, tail])
    paused_at = len(lead) + len(first)
    real_end = paused_at + len(pause) + len(second)
    texts = [
        (paused_at, "您的订单我查了一下，那个"),
        (real_end, "您的订单我查了一下，那个师傅明天上午过去"),
    ]

    ends = _ends(samples, _Words(texts, lag=RATE // 5), EndpointConfig())
    assert len(ends) == 1, (
        f"turn ended at {[e / RATE for e in ends]} s; real end {real_end / RATE} s"
    )
    assert real_end <= ends[0] <= real_end + RATE  # after the real end, within a second

    # The same audio under the plain 0.6 s silence rule is cut off in the pause: the words matter.
    fixed = EndpointConfig(end_silence=0.6, filler_silence=0.6, done_silence=0.6)
    cut = _ends(samples, _Words(texts, lag=RATE // 5), fixed)
    assert cut and paused_at < cut[0] < paused_at + len(pause)


class _Peeks(Recognizer):
    """Gives no partial text while speaking (like whisper) but tells the words when asked."""

    def __init__(self, *words: str):
        self.words, self.asked = words, 0

    def accept(self, samples):
        return None

    def peek(self):
        self.asked += 1
        return self.words[min(self.asked, len(self.words)) - 1]

    def finish(self):
        return AsrResult(self.words[-1])


def _speechlike(seconds: float) -> np.ndarray:
    return (0.2 * np.random.default_rng(1).standard_normal(int(RATE * seconds))).astype(np.float32)


def _frames_to_ends(samples: np.ndarray, recognizer: Recognizer, config: EndpointConfig) -> list:
    endpointer = Endpointer(recognizer, config)
    n = endpointer.frame_len
    return [
        i
        for i in range(len(samples) // n)
        for e in endpointer.push(samples[i * n : (i + 1) * n], i)
        if isinstance(e, TurnEnd)
    ]


def test_a_recogniser_without_partials_is_asked_once_per_pause_when_configured():
    quiet = np.zeros(RATE // 2, np.float32)
    pause = np.zeros(RATE, np.float32)  # 1 s after 那个
    samples = np.concatenate([quiet, _speechlike(1.0), pause, _speechlike(0.8), quiet, quiet])
    asked = _Peeks("我看一下那个", "我看一下那个他现在不在")
    ends = _frames_to_ends(samples, asked, EndpointConfig(peek_silence=0.2))
    assert len(ends) == 1 and ends[0] > (0.5 + 1.0 + 1.0 + 0.8) * 50  # after the second stretch
    assert asked.asked == 2  # the pause inside the turn and the one at its end
    never = _Peeks("我看一下那个", "我看一下那个他现在不在")
    assert len(_frames_to_ends(samples, never, EndpointConfig())) == 2  # cut off in the pause
    assert never.asked == 0
