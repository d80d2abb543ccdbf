"""The call record of ../shared/spec/call-record.md, version 1: the seam between a live call and everything after it."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core import limits
from core.errors import CallRecordError

Speaker = Literal["trainee", "customer"]


class _Event(BaseModel):
    # Producers may add optional fields (audio, asr_confidence, intents, audio_condition…);
    # consumers ignore what they do not know, so unknown keys are kept, not rejected. Times and
    # confidences are finite numbers: NaN and Infinity are refused (JSON has neither).
    model_config = ConfigDict(extra="allow", frozen=True, allow_inf_nan=False)

    t: Annotated[float, Field(ge=0)]


class Ring(_Event):
    type: Literal["ring"] = "ring"


class Pickup(_Event):
    type: Literal["pickup"] = "pickup"


class Utterance(_Event):
    type: Literal["utterance"] = "utterance"
    speaker: Speaker
    end: float
    text: str
    intents: list[str] | None = None
    asr_confidence: float | None = None
    audio_condition: str | None = None
    live_text: str | None = None
    """Voice calls: what the live recogniser heard, when the second pass replaced `text`."""

    @model_validator(mode="after")
    def _ends_after_start(self) -> Utterance:
        if self.end < self.t:
            raise ValueError(f"end {self.end} is before t {self.t}")
        return self


class HoldStart(_Event):
    type: Literal["hold_start"] = "hold_start"


class HoldEnd(_Event):
    type: Literal["hold_end"] = "hold_end"


class Hangup(_Event):
    type: Literal["hangup"] = "hangup"
    by: Speaker


Event = Annotated[
    Ring | Pickup | Utterance | HoldStart | HoldEnd | Hangup, Field(discriminator="type")
]


class Trainee(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    id: str
    work_id: str


class CallRecord(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    version: Literal[1]
    scenario: str
    trainee: Trainee
    company: str
    events: list[Event]
    facts: dict[str, str] | None = None
    # Optional, ours: false when the call was half-duplex (push-to-talk in the browser), so who
    # talked over whom was not heard. Absent means both sides were heard at once (or typed).
    duplex: bool | None = None

    @model_validator(mode="after")
    def _events_in_order(self) -> CallRecord:
        for i in range(1, len(self.events)):
            if self.events[i].t < self.events[i - 1].t:
                raise ValueError(
                    f"event {i} at t={self.events[i].t} comes before event {i - 1} at t={self.events[i - 1].t}"
                )
        return self

    def to_json(self) -> str:
        return self.model_dump_json(indent=2, exclude_none=True)

    def utterances(self, speaker: Speaker | None = None) -> list[tuple[int, Utterance]]:
        return [
            (i, e)
            for i, e in enumerate(self.events)
            if isinstance(e, Utterance) and (speaker is None or e.speaker == speaker)
        ]


_FIELD_WORDS = {
    "missing": "必填，但没有提供",
    "literal_error": "取值不对",
    "union_tag_invalid": "未知的事件类型",
    "union_tag_not_found": "缺少 type 字段",
    "float_parsing": "应为数字（秒）",
    "float_type": "应为数字（秒）",
    "string_type": "应为文字",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "greater_than_equal": "不能为负数",
    "finite_number": "应为有限的数字（不能是 NaN 或 Infinity）",
}


def parse_call_record(data: Any, source: str = "通话记录") -> CallRecord:
    """Validate a decoded call record; every problem is named by its JSON path."""
    if isinstance(data, dict) and "version" in data and data["version"] != 1:
        raise CallRecordError(
            f'{source}：不支持的版本 {data["version"]!r}。本程序读取 call-record.md 第 1 版（"version": 1）。'
        )
    try:
        return CallRecord.model_validate(data)
    except ValidationError as e:
        lines = []
        for err in e.errors(include_url=False)[:5]:
            path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(
                "."
            )
            words = _FIELD_WORDS.get(err["type"])
            if err["type"] == "value_error":
                words = _order_words(err["msg"])
            detail = words or err["msg"]
            lines.append(f"{source}：字段“{path or '（整个记录）'}”{detail}。")
        raise CallRecordError(
            "\n".join(lines) + "\n请按 call-record.md 第 1 版修正后再试。"
        ) from None


def _order_words(msg: str) -> str:
    if m := re.search(r"event (\d+) at t=(\S+) comes before event (\d+) at t=(\S+)", msg):
        i, t, j, u = m.groups()
        return f"：事件没有按时间顺序排列（events[{i}] 的 t={t} 早于它前面的 events[{j}] 的 t={u}）"
    if m := re.search(r"end (\S+) is before t (\S+)", msg):
        return f"：语句的结束时间早于开始时间（end={m.group(1)}，t={m.group(2)}）"
    return "：" + msg


class _NotARecordNumber(ValueError):
    """Raised from inside json.loads for a number no call record has (named in `message`)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _constant(name: str) -> float:
    raise _NotARecordNumber(
        f"文件里有 {name}：通话记录里的数字必须是有限的数，不能是 NaN、Infinity 或 -Infinity。"
        "请改成实际的秒数。"
    )


def _number(text: str) -> str:
    if len(text) > limits.NUMBER_MAX_CHARS:
        raise _NotARecordNumber(
            f"数字“{text[:12]}…”有 {len(text)} 位，太长了，不是通话记录里会有的数字"
            f"（时间以秒计，最多写 {limits.NUMBER_MAX_CHARS} 位）。请检查文件。"
        )
    return text


def _int(text: str) -> int:
    return int(_number(text))


def _float(text: str) -> float:
    value = float(_number(text))
    if not math.isfinite(value):
        raise _NotARecordNumber(
            f"数字 {text} 超出范围：通话记录里的数字必须是有限的数，不能是 NaN 或 Infinity。"
            "请改成实际的秒数。"
        )
    return value


def _depth(data: Any) -> int:
    """How deeply objects and lists nest in decoded JSON (walked without recursion)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, depth)
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, depth + 1) for child in children)
    return deepest


def decode_call_record(text: str, source: str) -> Any:
    """JSON of a call record, refused with a message when it nests, or has numbers, no record has."""
    try:
        data = json.loads(text, parse_constant=_constant, parse_int=_int, parse_float=_float)
    except _NotARecordNumber as e:
        raise CallRecordError(f"{source}：{e.message}") from None
    except json.JSONDecodeError as e:
        raise CallRecordError(
            f"{source}：不是合法的 JSON（第{e.lineno}行第{e.colno}列：{e.msg}）。"
        ) from None
    except RecursionError:
        data = None
        depth = limits.CALL_RECORD_MAX_DEPTH + 1
    else:
        depth = _depth(data)
    if depth > limits.CALL_RECORD_MAX_DEPTH:
        raise CallRecordError(
            f"{source}：JSON 的对象和列表嵌套超过 {limits.CALL_RECORD_MAX_DEPTH} 层，"
            "不是通话记录的结构（通话记录通常只有四层）。请按 call-record.md 第 1 版检查文件。"
        )
    return data


def check_record_limits(record: CallRecord, source: str) -> CallRecord:
    """A record a real call could have made: not too many events or turns, no overlong line."""
    problems = []
    if len(record.events) > limits.CALL_MAX_EVENTS:
        problems.append(
            f"共有 {len(record.events)} 个事件，超过了每通电话最多 {limits.CALL_MAX_EVENTS} 个的上限"
        )
    said = len(record.utterances("trainee"))
    if said > limits.CALL_MAX_TURNS:
        problems.append(f"学员说了 {said} 句，超过了每通电话最多 {limits.CALL_MAX_TURNS} 句的上限")
    for i, u in record.utterances():
        if len(u.text) > limits.UTTERANCE_MAX_CHARS:
            problems.append(
                f"字段“events[{i}].text”有 {len(u.text)} 个字，"
                f"超过了每句最多 {limits.UTTERANCE_MAX_CHARS} 个字的上限"
            )
            break
    if problems:
        raise CallRecordError(
            f"{source}：" + "；".join(problems) + "。真实的通话不会这么长，没有评分。请检查文件。"
        )
    return record


def read_call_record(path: Path) -> CallRecord:
    """A call record file, checked against call-record.md version 1 and the limits of core.limits."""
    try:
        size = path.stat().st_size
        if size > limits.CALL_RECORD_MAX_BYTES:
            raise CallRecordError(
                f"{path}：文件有 {limits.size_words(size)}，超过了通话记录最大 "
                f"{limits.size_words(limits.CALL_RECORD_MAX_BYTES)} 的上限"
                "（真实的通话记录只有几 KB）。请检查是否选错了文件。"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CallRecordError(f"{path}：文件不存在。请检查路径。") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CallRecordError(
            f"{path}：无法读取（{e.__class__.__name__}）。通话记录应为 UTF-8 编码的 JSON。"
        ) from None
    data = decode_call_record(text, str(path))
    return check_record_limits(parse_call_record(data, str(path)), str(path))
